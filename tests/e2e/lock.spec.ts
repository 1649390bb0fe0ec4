/**
 * No typed word is lost, whatever locks the app. Every lock path, with words typed 0, 50 and 200 ms
 * before it, in the letter (Lexical) and in a text area: afterwards the words are in the workbook.
 * Main-process paths (File menu, powerMonitor, quit, a crashed renderer) run through the same
 * functions electron/main/index.ts calls (see `h.main` in the harness).
 */
import { describe, expect, it } from 'vitest';
import { LOCKED_AFTER_PROBLEM } from '../../shared/guidance/lockTexts';
import { fillableDisk, useHarness, type SpecHarness } from './harness';

const DELAYS = [0, 50, 200] as const;
/** Generous: a busy 2-core machine may take a while; nothing here measures speed. */
const POLL = { timeout: 30_000, interval: 50 };

const FIELDS = {
  letter: { section: 'The disclosure letter', label: 'Your disclosure letter' },
  textArea: { section: 'After the disclosure', label: 'My plan for the day of the disclosure' },
} as const;
type Field = keyof typeof FIELDS;

type Path =
  | 'Lock button'
  | 'Ctrl+L'
  | 'Quick hide button'
  | 'Quick hide shortcut'
  | 'File › Lock'
  | 'File › Quick hide'
  | 'system lock screen'
  | 'suspend'
  | 'quit';

const PATHS: readonly Path[] = [
  'Lock button',
  'Ctrl+L',
  'Quick hide button',
  'Quick hide shortcut',
  'File › Lock',
  'File › Quick hide',
  'system lock screen',
  'suspend',
  'quit',
];
const HIDES = new Set<Path>(['Quick hide button', 'Quick hide shortcut', 'File › Quick hide']);

const pause = (ms: number) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());
let counter = 0;
/** A word that appears nowhere else, so finding it proves these very keystrokes were saved. */
const uniqueWord = () => `kept${(counter += 1)}word`;

async function startTyping(h: SpecHarness, field: Field) {
  const { section, label } = FIELDS[field];
  await h.openSection(section);
  const target = field === 'letter' ? h.page.getByRole('textbox', { name: label }) : h.page.getByLabel(label);
  await target.click();
  await h.page.keyboard.press('Control+End');
}

async function trigger(h: SpecHarness, path: Path): Promise<void> {
  switch (path) {
    case 'Lock button':
      return h.page.getByRole('button', { name: 'Lock', exact: true }).click();
    case 'Ctrl+L':
      return h.page.keyboard.press('Control+L');
    case 'Quick hide button':
      return h.page.getByRole('button', { name: 'Quick hide' }).click();
    case 'Quick hide shortcut':
      return h.page.keyboard.press('Control+Shift+H');
    case 'File › Lock':
      return h.main.menu[0]?.click();
    case 'File › Quick hide':
      return h.main.menu[1]?.click();
    case 'system lock screen':
      h.main.powerMonitor.emit('lock-screen');
      return;
    case 'suspend':
      h.main.powerMonitor.emit('suspend');
      return;
    case 'quit':
      expect(await h.main.quit()).toBe('quit');
  }
}

/** Wait for the lock to finish, leave the neutral screen if there is one, unlock, read the saved content. */
async function savedAfterUnlocking(h: SpecHarness, hides: boolean): Promise<string> {
  await expect.poll(() => h.services.workbooks.isUnlocked('disclosing'), POLL).toBe(false);
  if (hides) {
    await h.page.getByRole('button', { name: 'Continue' }).click();
  }
  await h.unlockViaUi('disclosing');
  return JSON.stringify(h.services.workbooks.content('disclosing'));
}

describe('every lock keeps the words typed just before it', () => {
  const h = useHarness({ width: 1280, height: 800 }, async (h) => {
    await h.createWorkbookViaUi('disclosing', 'Sam');
  });

  for (const path of PATHS) {
    for (const field of ['letter', 'textArea'] as const) {
      it(`${path}, typing in the ${field === 'letter' ? 'letter' : 'text area'}`, async () => {
        for (const delay of DELAYS) {
          await startTyping(h, field);
          const word = uniqueWord();
          await h.page.keyboard.type(` ${word}`);
          await pause(delay);
          await trigger(h, path);
          const saved = await savedAfterUnlocking(h, HIDES.has(path));
          expect(saved, `${path}, ${field}, ${delay} ms`).toContain(word);
          // Said nothing about unsaved changes: everything was saved.
          expect(await h.page.getByText('could not be saved').count()).toBe(0);
        }
      });
    }
  }

  it('quick hide covers the window in the same frame as the key press, and the title turns neutral', async () => {
    await startTyping(h, 'letter');
    const word = uniqueWord();
    await h.page.keyboard.type(` ${word}`);
    const atOnce = await h.page.evaluate(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'H', ctrlKey: true, shiftKey: true, bubbles: true }));
      // Checked synchronously: before any save, lock or message could have happened.
      const cover = document.querySelector('[data-testid="quick-hide-cover"]');
      return { coverOpen: cover?.matches(':popover-open') === true };
    });
    expect(atOnce).toEqual({ coverOpen: true });
    // Right after it is painted, the app beneath takes no input (keys meanwhile are still saved).
    await expect.poll(() => h.page.evaluate(() => document.querySelector('.app-body')?.hasAttribute('inert')), POLL).toBe(true);
    await h.screenshot('lock-01-quick-hide-cover');
    await expect.poll(() => h.main.windowTitle(), POLL).toBe('Workbook');
    await expect.poll(() => h.services.workbooks.isUnlocked('disclosing'), POLL).toBe(false);
    await h.page.getByRole('button', { name: 'Continue' }).waitFor();
    expect(await h.page.locator('body').innerText()).not.toMatch(/Disclosure|Sam|kept/);
    // The title stays neutral (discreet mode is off) until the person leaves the neutral screen.
    expect(h.main.windowTitle()).toBe('Workbook');
    await h.page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => h.main.windowTitle(), POLL).toBe('Disclosure Workbook');
    await h.unlockViaUi('disclosing');
    expect(JSON.stringify(h.services.workbooks.content('disclosing'))).toContain(word);
  });

  it('a crashed renderer locks everything at once and the window says the last seconds may be lost', async () => {
    await startTyping(h, 'textArea');
    const savedBefore = uniqueWord();
    await h.page.keyboard.type(` ${savedBefore}`);
    await h.waitForSaved();
    await h.page.keyboard.type(` ${uniqueWord()}`);
    const cdp = await h.page.context().newCDPSession(h.page);
    await cdp.send('Page.crash').catch(() => undefined);
    await expect.poll(() => h.services.workbooks.isUnlocked('disclosing'), POLL).toBe(false);
    await expect.poll(() => h.main.reloads, POLL).toBe(1);
    await expect
      .poll(
        () =>
          h.page
            .getByText(LOCKED_AFTER_PROBLEM)
            .count()
            .catch(() => 0),
        POLL,
      )
      .toBe(1);
    expect(LOCKED_AFTER_PROBLEM).toMatch(/last few seconds of writing may not have been saved/);
    await h.screenshot('lock-02-after-renderer-crash');
    // Everything saved before the crash is there.
    await h.unlockViaUi('disclosing');
    expect(JSON.stringify(h.services.workbooks.content('disclosing'))).toContain(savedBefore);
  });
});

describe('the idle lock keeps the words typed just before the quiet minutes began', () => {
  const h = useHarness({ width: 1280, height: 800, prefs: { autoLockMinutes: 1 } }, async (h) => {
    await h.createWorkbookViaUi('disclosing', 'Sam');
    // Time in the page is moved by the test from here on (it flows normally unless paused).
    await h.page.clock.install();
  });

  for (const field of ['letter', 'textArea'] as const) {
    it(`idle lock, typing in the ${field === 'letter' ? 'letter' : 'text area'}`, async () => {
      for (const delay of DELAYS) {
        await startTyping(h, field);
        await h.page.clock.pauseAt((await h.page.evaluate(() => Date.now())) + 1000);
        const word = uniqueWord();
        await h.page.keyboard.type(` ${word}`);
        await h.page.clock.runFor(delay);
        // Jump over the quiet minute: the editor's and autosave's timers do not get to save first.
        await h.page.clock.fastForward(60_000);
        await h.page.clock.resume();
        await h.page.getByText('locked after a quiet while').waitFor();
        const saved = await savedAfterUnlocking(h, false);
        expect(saved, `idle, ${field}, ${delay} ms`).toContain(word);
      }
    });
  }
});

describe('when the save before a lock does not succeed (a full disk)', () => {
  const disk = fillableDisk();
  const h = useHarness({ width: 1280, height: 800, fs: disk.fs }, async (h) => {
    await h.createWorkbookViaUi('disclosing', 'Sam');
  });

  it('File › Lock and the lock screen keep the workbook open and ask; suspend locks and says so', async () => {
    await startTyping(h, 'textArea');
    disk.full = true;
    const word = uniqueWord();
    await h.page.keyboard.type(` ${word}`);
    const dialog = h.page.getByRole('alertdialog');

    // File › Lock: the same question as the Lock button, nothing typed is dropped.
    h.main.menu[0]?.click();
    await dialog.waitFor();
    expect(h.services.workbooks.isUnlocked('disclosing')).toBe(true);
    expect(await dialog.innerText()).toMatch(/not been saved yet/);
    await h.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // The lock screen: the person is away, so the question covers the workbook completely.
    h.main.powerMonitor.emit('lock-screen');
    await dialog.waitFor();
    expect(await dialog.getAttribute('class')).toContain('covers-workbook');
    expect(h.services.workbooks.isUnlocked('disclosing')).toBe(true);
    await h.screenshot('lock-03-unsaved-question-covers-workbook');

    // Suspend always locks, and says plainly that the latest changes could not be saved.
    h.main.powerMonitor.emit('suspend');
    await expect.poll(() => h.services.workbooks.isUnlocked('disclosing'), POLL).toBe(false);
    await h.page.getByText('The most recent changes could not be saved').waitFor();
    disk.full = false;
  });
});
