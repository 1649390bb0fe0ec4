/**
 * Typing in a long letter repaints what a key changes, not the letter's whole box (issue 16,
 * typing latency). Counted, never timed: Chromium's own paint-invalidation records (CDP tracing,
 * devtools.timeline.invalidationTracking) while keys are typed at the end of the large sample's
 * letter. A focus ring drawn around the text itself (as tall as the letter) was invalidated with
 * every key, and with it a screenful of raster; the ring now sits on the scroll box, which keeps
 * its size while the text grows. And every key laid out the whole screen around the letter (its
 * grid, the section, the shell); a full box is now contained, a relayout boundary.
 */
import type { CDPSession } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openWorkbook, useHarness } from './harness';

const h = useHarness({ width: 1280, height: 800 }, async (h) => {
  await openWorkbook(h, 'disclosing', { sample: 'large' });
  await h.reload();
  await h.unlockViaUi('disclosing');
});

interface TraceEvent {
  name: string;
  ph: string;
  args?: { client?: string; reason?: string; beginData?: { partialLayout?: boolean } };
}

/** Chromium's trace while `action` runs: paint invalidations and layouts. */
async function traceDuring(cdp: CDPSession, action: () => Promise<void>) {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-blink.invalidation',
    transferMode: 'ReportEvents',
  });
  await action();
  await cdp.send('Tracing.end');
  await complete;
  return {
    invalidations: events
      .filter((e) => e.name === 'InvalidateDisplayItemClient')
      .map((e) => ({ client: e.args?.client ?? '', reason: e.args?.reason ?? '' })),
    /** Each layout: whether it started at a relayout boundary inside the page (partial) or at the page. */
    layouts: events.filter((e) => e.name === 'Layout' && e.ph === 'X').map((e) => e.args?.beginData?.partialLayout === true),
  };
}

describe('typing at the end of a long letter', () => {
  it('repaints no box around the whole text and lays out only the scroll box with each key; the focus ring shows on the box', async () => {
    const page = h.page;
    await h.openSection('The disclosure letter');
    const box = page.locator('.rte-scroll').first();
    const text = box.locator('.rte-content');
    await text.waitFor();
    expect(await box.evaluate((el) => el.scrollHeight > el.clientHeight * 2)).toBe(true);
    await text.focus();
    await page.keyboard.press('Control+End');
    await expect.poll(() => box.evaluate((el) => el.scrollTop), { timeout: 30_000 }).toBeGreaterThan(0);

    // The focus ring: on the scroll box (3px, inside its edge), none on the text itself.
    const ring = await page.evaluate(() => {
      const scroll = getComputedStyle(document.querySelector('.rte-scroll')!);
      const content = getComputedStyle(document.querySelector('.rte-content')!);
      return {
        scroll: `${scroll.outlineStyle} ${scroll.outlineWidth} ${scroll.outlineOffset}`,
        content: content.outlineStyle,
      };
    });
    expect(ring).toEqual({ scroll: 'solid 3px -3px', content: 'none' });

    const cdp = await page.context().newCDPSession(page);
    const typed = 'Then I went home. ';
    const { invalidations, layouts } = await traceDuring(cdp, async () => {
      for (const ch of typed) {
        await page.keyboard.type(ch);
        // One frame per key, as for a person typing.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
      }
    });
    await cdp.detach();
    await expect.poll(() => text.evaluate((el, t) => el.textContent?.trimEnd().endsWith(t) ?? false, typed.trimEnd())).toBe(true);

    // Each key repaints the caret and the line typed in (and the language notes' marks); never
    // an outline or a box shadow, which would repaint the whole visible letter.
    expect(invalidations.filter((i) => i.reason === 'caret').length).toBeGreaterThanOrEqual(typed.length / 2);
    expect(invalidations.filter((i) => /rte/.test(i.client) && /outline|shadow|background/i.test(i.reason))).toEqual([]);
    // And each key lays out the scroll box's content only, never the whole screen (the box is a
    // relayout boundary once the letter fills it). A few whole-page layouts may come from elsewhere
    // (the toolbar's Undo turning on, the save status, the word count after a pause).
    expect(await box.evaluate((el) => el.classList.contains('rte-scroll-full'))).toBe(true);
    expect(layouts.length).toBeGreaterThanOrEqual(typed.length / 2);
    expect(layouts.filter((partial) => !partial).length).toBeLessThanOrEqual(Math.floor(layouts.length / 3));
    await h.screenshot('letter-typing-01-focus-ring-on-scroll-box');
  }, 240_000);
});

/**
 * On a busy computer the key after End (or a click) can reach the page before the browser tells
 * the editor that the caret moved (the `selectionchange` event comes later, as an ordinary task).
 * Here that event is held back while Ctrl+End and the next key are pressed: the key must still act
 * at the end of the letter (renderer/editor/plugins/caretSync.ts). Before the fix, Enter and the
 * words after it landed at the start of the first heading, where the caret had been.
 */
describe('a key right after the caret moved', () => {
  /** Blocks of the letter, as text; Lexical's own caret is in `heading` (it saw the click there). */
  async function caretInFirstHeading() {
    const page = h.page;
    await h.openSection('The disclosure letter');
    const text = page.locator('.rte-scroll .rte-content').first();
    const heading = text.locator('h2').first();
    await heading.click({ position: { x: 2, y: 4 } });
    // Lexical has taken the click's caret (its selection points into the heading).
    await expect
      .poll(() =>
        text.evaluate((el) => {
          const editor = (
            el as unknown as { __lexicalEditor: { getEditorState(): { _selection: { anchor: { key: string } } | null } } }
          ).__lexicalEditor;
          const key = editor.getEditorState()._selection?.anchor.key;
          const h2 = el.querySelector('h2');
          const nodes = h2 ? [h2, ...h2.querySelectorAll('*')] : [];
          return !!key && nodes.some((n) => Object.entries(n).some(([k, v]) => k.startsWith('__lexicalKey') && v === key));
        }),
      )
      .toBe(true);
    const blocks = () => text.evaluate((el) => [...el.children].map((b) => b.textContent));
    return { page, text, blocks, heading: await heading.textContent() };
  }

  /** Presses `keys` with the browser's selectionchange held back (as when the page is busy). */
  async function pressBeforeSelectionChange(keys: string[]) {
    const page = h.page;
    await page.evaluate(() => {
      const hold = (event: Event) => event.stopImmediatePropagation();
      (window as unknown as { __hold: typeof hold }).__hold = hold;
      window.addEventListener('selectionchange', hold, true);
    });
    for (const key of keys) await page.keyboard.press(key);
    await page.evaluate(() =>
      window.removeEventListener('selectionchange', (window as unknown as { __hold: () => void }).__hold, true),
    );
  }

  it('Enter after Ctrl+End starts a new paragraph at the end, and the words go there', async () => {
    const { page, blocks, heading } = await caretInFirstHeading();
    const before = await blocks();
    await pressBeforeSelectionChange(['Control+End', 'Enter']);
    await page.keyboard.type('At the end.');
    await expect.poll(blocks, { timeout: 30_000 }).toEqual([...before, 'At the end.']);
    expect(before).toContain(heading);
  });

  it('Backspace after Ctrl+End removes the letter’s last character, not one before the heading', async () => {
    const { blocks } = await caretInFirstHeading();
    const before = await blocks();
    await pressBeforeSelectionChange(['Control+End', 'Backspace']);
    const last = before.at(-1) ?? '';
    await expect.poll(blocks, { timeout: 30_000 }).toEqual([...before.slice(0, -1), last.slice(0, -1)]);
  });
});
