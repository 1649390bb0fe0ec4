/**
 * Everyday use: the window holds still (only the content pane scrolls), removals can be undone,
 * the keyboard reaches everything, and the large samples behave.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/workbook/schema';
import { buildSample } from '../../shared/workbook/samples';
import { PARTNER_PASSPHRASE, PASSPHRASE, startHarness, unlockViaUi, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ width: 1280, height: 800 });
  // Both workbooks, filled with the large samples, written through the real service.
  for (const [role, passphrase] of [
    ['disclosing', PASSPHRASE],
    ['partner', PARTNER_PASSPHRASE],
  ] as const) {
    const { content } = await h.services.workbooks.create(role, 'Sample', passphrase);
    const sample = buildSample(role, 'large', new Date());
    await h.services.workbooks.save(role, { ...sample, createdAt: content.createdAt, savedAt: content.savedAt });
    await h.services.workbooks.lock(role);
  }
  await h.reload();
});
afterAll(() => h?.close());

const passphraseOf = (role: Role) => (role === 'disclosing' ? PASSPHRASE : PARTNER_PASSPHRASE);

/** The document never grows past the window and never scrolls; the header stays at the top. */
async function expectShellStill(page: Page, where: string) {
  const state = await page.evaluate(() => {
    const doc = document.scrollingElement ?? document.documentElement;
    const header = document.querySelector('.shell-header')?.getBoundingClientRect();
    const shell = document.querySelector('.shell');
    return {
      docHeight: doc.scrollHeight,
      docWidth: doc.scrollWidth,
      viewportHeight: window.innerHeight,
      viewportWidth: window.innerWidth,
      scrollTop: doc.scrollTop,
      shellScrollTop: shell?.scrollTop ?? -1,
      headerTop: header?.top ?? -1,
    };
  });
  expect({ where, ...state }).toEqual({
    where,
    docHeight: state.viewportHeight,
    docWidth: state.viewportWidth,
    viewportHeight: state.viewportHeight,
    viewportWidth: state.viewportWidth,
    scrollTop: 0,
    shellScrollTop: 0,
    headerTop: 0,
  });
}

async function sectionTitles(page: Page): Promise<string[]> {
  return page
    .getByRole('navigation', { name: 'Sections' })
    .locator('button.nav-item')
    .evaluateAll((buttons) =>
      buttons.map((b) => (b.querySelector('span:not(.visually-hidden):not(.progress-dot)')?.textContent ?? '').trim()),
    );
}

describe('the window holds still', () => {
  for (const role of ['disclosing', 'partner'] as const) {
    it(`${role}: every section keeps the header in view after wheel and Tab`, async () => {
      await h.services.workbooks.lockAll();
      await h.reload();
      await unlockViaUi(h, role, passphraseOf(role));
      const page = h.page;
      const titles = await sectionTitles(page);
      expect(titles.length).toBeGreaterThan(5);
      for (const title of titles) {
        await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: title }).click();
        await page.getByRole('heading', { level: 2, name: title }).waitFor();
        await expectShellStill(page, `${role} ${title} opened`);
        // Wheel over the section list, then over the content.
        const nav = await page.locator('.shell-nav').boundingBox();
        if (nav) await page.mouse.move(nav.x + nav.width / 2, nav.y + nav.height / 2);
        for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 1500);
        const main = await page.locator('.shell-main').boundingBox();
        if (main) await page.mouse.move(main.x + main.width / 2, main.y + main.height / 2);
        for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 1500);
        await expectShellStill(page, `${role} ${title} after wheel`);
        // Tab through the section.
        await page.locator('.shell-main h2').first().focus();
        for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
        await expectShellStill(page, `${role} ${title} after Tab`);
      }
    });
  }

  it('"Show in the letter" moves the letter, not the window', async () => {
    await h.services.workbooks.lockAll();
    await h.reload();
    await unlockViaUi(h, 'disclosing', PASSPHRASE);
    const page = h.page;
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Letter' }).click();
    const editor = page.getByRole('textbox', { name: /letter/i }).first();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' It was because you were never home.');
    await page.getByRole('button', { name: 'Show the notes' }).click();
    const shows = page.getByRole('button', { name: 'Show in the letter' });
    await shows.last().click();
    await expectShellStill(page, 'after Show in the letter (last)');
    await shows.first().click();
    await expectShellStill(page, 'after Show in the letter (first)');
    await h.screenshot('everyday-01-letter-show-in-letter');
  });
});
