/**
 * A long letter scrolls inside the editor's box (.rte-scroll): the box must be reachable and
 * scrollable by keyboard (axe: scrollable-region-focusable), here with the large sample's letter.
 */
import { describe, expect, it } from 'vitest';
import { openWorkbook, useHarness } from './harness';

const h = useHarness({ width: 1280, height: 800 }, async (h) => {
  await openWorkbook(h, 'disclosing', { sample: 'large' });
  await h.reload();
  await h.unlockViaUi('disclosing');
});

describe('the letter’s scroll box', () => {
  it('a long letter: axe finds nothing serious (the box is in the tab order) and the keyboard scrolls it', async () => {
    const page = h.page;
    await h.openSection('The disclosure letter');
    const box = page.locator('.rte-scroll').first();
    await box.locator('.rte-content').waitFor();
    // Longer than its box: the box scrolls.
    expect(await box.evaluate((el) => el.scrollHeight > el.clientHeight * 2)).toBe(true);
    await h.expectAccessible('the letter, long');
    await h.screenshot('letter-scroll-01-long-letter');

    // From the editor's toolbar, Tab reaches the text (a bounded number of presses), and the keyboard scrolls the box.
    await page.getByRole('toolbar').first().locator('button, select').last().focus();
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.classList.contains('rte-content') === true);
    }
    expect(reached).toBe(true);
    expect(await box.evaluate((el) => el.scrollTop)).toBe(0);
    await page.keyboard.press('Control+End');
    await expect.poll(() => box.evaluate((el) => el.scrollTop), { timeout: 30_000 }).toBeGreaterThan(0);
    await h.screenshot('letter-scroll-02-end-by-keyboard');
  }, 240_000);
});
