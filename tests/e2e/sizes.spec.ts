/**
 * Every screen fits from 1280x800 down to the window's minimum size (900x620, electron/main/window.ts),
 * in both themes: nothing scrolls or is cut off sideways, the letter toolbar and its shortcut hint
 * fit, the Pause dialog keeps its size between its two tabs with its button in view, and every
 * field wears the form kit's style.
 * Screenshots of each go to test-results/screenshots/sizes-*.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openWorkbook, sectionTitles, useHarness } from './harness';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
  { width: 900, height: 620 },
] as const;
const THEMES = ['light', 'dark'] as const;

const h = useHarness({ width: 1280, height: 800 }, async (h) => {
  await openWorkbook(h, 'disclosing', { sample: 'large' });
  await openWorkbook(h, 'partner', { sample: 'large' });
});

/** Elements wider than their box (content cut off or scrolling sideways), and a document wider than the window. */
function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth) found.push(`document ${doc.scrollWidth} > ${window.innerWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.matches('input, textarea, select, .visually-hidden, .visually-hidden *, script, style')) continue;
      if (el.closest('[hidden], .visually-hidden')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const clips = style.overflowX !== 'visible';
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // A box that scrolls or clips sideways, or one that runs past the window's right edge.
      if ((clips && el.scrollWidth > el.clientWidth + 1) || box.right > window.innerWidth + 1) {
        const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
        // Name what sticks out: the deepest element running past this box's right edge.
        const edge = Math.min(box.right, window.innerWidth);
        const culprit = [...el.querySelectorAll<HTMLElement>('*')]
          .filter((c) => c.getBoundingClientRect().right > edge + 1 && c.getBoundingClientRect().width > 0)
          .pop();
        const what = culprit ? ` by ${culprit.tagName.toLowerCase()}.${String(culprit.className).split(' ').join('.')}` : '';
        found.push(
          `${name} (${Math.round(el.scrollWidth)} in ${Math.round(el.clientWidth)}, right ${Math.round(box.right)})${what}`,
        );
      }
    }
    return [...new Set(found)].slice(0, 10);
  });
}

/**
 * Fields that look like the browser's bare default instead of the form kit's (a border with rounded
 * corners and room inside): an input without a type attribute once slipped past every style.
 */
function unstyledFields(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not([type=file]):not([type=range]), select, textarea',
      ),
    ]
      .filter((el) => el.getBoundingClientRect().width > 0 && !el.closest('.visually-hidden, [hidden]'))
      .filter((el) => {
        const style = getComputedStyle(el);
        return parseFloat(style.borderTopLeftRadius) < 4 || parseFloat(style.paddingLeft) < 6;
      })
      .map((el) => {
        const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null;
        return `${el.tagName.toLowerCase()} "${(label ?? el.getAttribute('aria-label') ?? '').trim()}"`;
      }),
  );
}

async function checkAllSizes(page: Page, name: string, theme: string, shoot = true) {
  expect({ where: `${name} ${theme}`, unstyled: await unstyledFields(page) }).toEqual({
    where: `${name} ${theme}`,
    unstyled: [],
  });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect({ where: `${name} ${size.width}x${size.height} ${theme}`, overflow: await sidewaysOverflow(page) }).toEqual({
      where: `${name} ${size.width}x${size.height} ${theme}`,
      overflow: [],
    });
    if (shoot) await h.screenshot(`sizes-${theme}-${size.width}x${size.height}-${name}`);
  }
  await page.setViewportSize(SIZES[0]);
}

const safeName = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

async function withTheme(theme: (typeof THEMES)[number]) {
  await h.services.workbooks.lockAll();
  h.services.preferences.set({ theme });
  await h.reload();
  await h.page.locator('.workbook-card').first().waitFor();
}

describe('every screen fits from 1280x800 down to 900x620', () => {
  for (const theme of THEMES) {
    it(`screens around the workbooks (${theme})`, async () => {
      await withTheme(theme);
      let page = h.page;
      await checkAllSizes(page, 'home', theme);
      await page.getByRole('button', { name: /^Unlock Disclosure workbook/ }).click();
      await page.getByLabel('Passphrase').waitFor();
      await checkAllSizes(page, 'unlock', theme);
      await page.getByRole('button', { name: 'Back' }).click();
      for (const [button, heading, name] of [
        ['Settings', 'Settings', 'settings'],
        ['Help', 'Help', 'help'],
        ['About', /About/, 'about'],
        ['For therapists: make the session document', 'Make the session document', 'therapist'],
      ] as const) {
        await page.getByRole('button', { name: button, exact: true }).click();
        await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
        await checkAllSizes(page, name, theme);
        await h.reload();
        page = h.page;
        await page.locator('.workbook-card').first().waitFor();
      }
    });

    for (const role of ['disclosing', 'partner'] as const) {
      it(`every section of the ${role} workbook, search and Pause (${theme})`, async () => {
        await withTheme(theme);
        const page = h.page;
        await h.unlockViaUi(role);
        const titles = await sectionTitles(page);
        expect(titles.length).toBeGreaterThan(5);
        for (const title of titles) {
          await page
            .getByRole('navigation', { name: 'Sections' })
            .getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
            .click();
          // This section's own heading: the one before stays until the next section's code has loaded.
          await page.locator('.shell-main h2').filter({ hasText: title }).first().waitFor();
          await checkAllSizes(page, `${role}-${safeName(title)}`, theme);
        }

        // The letter's toolbar at 1024x700: one block, no divider starting a row, the hint whole.
        if (role === 'disclosing') {
          await page
            .getByRole('navigation', { name: 'Sections' })
            .getByRole('button', { name: /letter/i })
            .first()
            .click();
          await page.locator('.rte-toolbar').first().waitFor();
          await page.setViewportSize({ width: 1024, height: 700 });
          const toolbar = await page.evaluate(() => {
            const bar = document.querySelector<HTMLElement>('.rte-toolbar')!;
            const barBox = bar.getBoundingClientRect();
            const groups = [...bar.querySelectorAll<HTMLElement>('.rte-group')].map((g) => g.getBoundingClientRect());
            const hint = document.querySelector<HTMLElement>('.rte-shortcuts');
            return {
              groupsInside: groups.every((g) => g.left >= barBox.left && g.right <= barBox.right + 0.5),
              dividerStartingRow: [...bar.querySelectorAll<HTMLElement>('.rte-group')].some(
                (g) => parseFloat(getComputedStyle(g).borderLeftWidth) > 0 && g.getBoundingClientRect().left - barBox.left < 24,
              ),
              hintWhole: !hint || hint.scrollWidth <= hint.clientWidth + 1,
            };
          });
          expect(toolbar).toEqual({ groupsInside: true, dividerStartingRow: false, hintWhole: true });
          await page.setViewportSize(SIZES[0]);
        }

        // Search, in place of the section list.
        await page.keyboard.press('Control+f');
        await page.getByRole('searchbox').fill('the');
        await page.getByTestId('search-status').filter({ hasText: /match/ }).waitFor();
        await checkAllSizes(page, `${role}-search`, theme);
        await page.keyboard.press('Escape');

        // Pause: the same size on both tabs, its button in view, at every size.
        await page.getByRole('button', { name: 'Pause' }).click();
        const dialog = page.locator('dialog.pause-overlay');
        await dialog.waitFor();
        for (const size of SIZES) {
          await page.setViewportSize(size);
          const measure = async () =>
            page.evaluate(() => {
              const d = document.querySelector('dialog.pause-overlay')!.getBoundingClientRect();
              const b = [...document.querySelectorAll<HTMLElement>('dialog.pause-overlay button')]
                .find((x) => x.textContent?.includes('Return to my workbook'))!
                .getBoundingClientRect();
              return {
                box: [Math.round(d.left), Math.round(d.top), Math.round(d.width), Math.round(d.height)],
                buttonInView: b.top >= 0 && b.bottom <= window.innerHeight && b.bottom <= d.bottom,
              };
            });
          await dialog.getByRole('button', { name: 'Breathe slowly' }).click();
          const breathe = await measure();
          await h.screenshot(`sizes-${theme}-${size.width}x${size.height}-${role}-pause-breathe`);
          await dialog.getByRole('button', { name: 'Ground yourself' }).click();
          const ground = await measure();
          await h.screenshot(`sizes-${theme}-${size.width}x${size.height}-${role}-pause-ground`);
          expect({ size, breathe: breathe.box, ground: ground.box }).toEqual({ size, breathe: breathe.box, ground: breathe.box });
          expect([breathe.buttonInView, ground.buttonInView]).toEqual([true, true]);
          expect(await sidewaysOverflow(page)).toEqual([]);
        }
        await page.setViewportSize(SIZES[0]);
        await dialog.getByRole('button', { name: 'Return to my workbook' }).click();

        // Delete this workbook: the dialog with its passphrase and typed words (Escape leaves it).
        await page
          .getByRole('navigation', { name: 'Sections' })
          .getByRole('button', { name: 'This workbook', exact: true })
          .click();
        await page.getByRole('button', { name: 'Delete this workbook…' }).click();
        const deleteDialog = page.getByRole('alertdialog', { name: 'Delete this workbook' });
        await deleteDialog.waitFor();
        await checkAllSizes(page, `${role}-delete-dialog`, theme);
        await page.keyboard.press('Escape');
        await expect.poll(() => deleteDialog.count()).toBe(0);

        // Quick hide: the plain screen.
        await page.getByRole('button', { name: 'Quick hide', exact: true }).click();
        await page.getByRole('button', { name: 'Continue' }).waitFor();
        await checkAllSizes(page, `${role}-quick-hide`, theme);
        await page.getByRole('button', { name: 'Continue' }).click();
      });
    }
  }
});
