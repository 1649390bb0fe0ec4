/**
 * "Things I may still want to look at" in the disclosing workbook's letter and answers screens:
 * the open items from shared/export/openItems.ts, each leading to where it can be done, and
 * following the writing (a category the letter comes to mention, a draft ticked as reviewed, an
 * answer written). It informs and never blocks. Real renderer, real services, axe, screenshots.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSample } from '../../shared/workbook/samples';
import type { DisclosingWorkbook } from '../../shared/workbook/schema';
import { expectAccessible, openSection, PASSPHRASE, startHarness, unlockViaUi, waitForSaved, type Harness } from './harness';

let h: Harness;
const saved = () => h.services.workbooks.content('disclosing') as DisclosingWorkbook;

beforeAll(async () => {
  h = await startHarness({ width: 1280, height: 800 });
  const sample = buildSample('disclosing', 'small') as DisclosingWorkbook;
  // One category not sure, one answered yes that the letter never mentions.
  for (const card of sample.sections.inventory.cards) {
    if (card.category === 'paidSex') {
      card.happened = 'notSure';
      // Written the wrong way round: an open item for the therapist's consistency check.
      card.firstTime = '2022';
      card.mostRecent = 'summer 2020';
    }
    if (card.category === 'voyeurismExhibitionism') {
      card.happened = 'yes';
      card.frequency = '';
      card.placesNote = '';
      card.firstTime = '';
      card.mostRecent = '';
      card.label = '';
    }
  }
  await h.services.workbooks.create('disclosing', 'Jordan', PASSPHRASE);
  await h.services.workbooks.save('disclosing', sample);
  await h.services.workbooks.lock('disclosing');
  await h.reload();
  await unlockViaUi(h, 'disclosing', PASSPHRASE);
});
afterAll(() => h?.close());

/** axe on the whole screen, the letter's scroll box included (its text is in the tab order: letterScroll.spec.ts). */
async function accessibleBesideTheEditor(where: string) {
  const result = await new AxeBuilder({ page: h.page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const panel = () => h.page.getByRole('complementary', { name: 'Things I may still want to look at' });
/** Follows an item's link (the button beside it, whose name ends with the item's words for screen readers). */
async function goFrom(itemId: string) {
  const button = panel().locator(`li[data-item="${itemId}"] button`);
  const text = (await panel().locator(`li[data-item="${itemId}"] > span`).innerText()).trim();
  expect(await button.textContent()).toMatch(new RegExp(`: ${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await button.click();
}
const itemTexts = async () => (await panel().locator('li > span').allInnerTexts()).map((t) => t.trim());

describe('open items beside the letter and above the answers', () => {
  it('the letter screen lists what is open, and follows the writing', async () => {
    await openSection(h.page, 'The disclosure letter');
    await panel().waitFor();
    await expect
      .poll(itemTexts)
      .toEqual([
        'Paid sex, escorts, massage: answered “not sure”',
        'Paid sex, escorts, massage: the most recent time is written as earlier than the first time',
        'Children and family: answered; details are to be reviewed with the therapist first',
        'The letter is not yet reviewed by the therapist',
        'Does the letter cover: Voyeurism or exhibitionism?',
      ]);
    await accessibleBesideTheEditor('letter open items');
    await panel().scrollIntoViewIfNeeded();
    await h.screenshot('open-items-01-letter');

    // Writing about it in the letter answers the question (after the editor's short pause).
    const editor = h.page.getByRole('textbox', { name: 'Your disclosure letter' });
    await editor.click();
    await h.page.keyboard.press('Control+End');
    await h.page.keyboard.press('Enter');
    await h.page.keyboard.type('I also exposed myself on webcam sites, which is voyeurism and exhibitionism.');
    await expect.poll(itemTexts, { timeout: 15_000 }).not.toContain('Does the letter cover: Voyeurism or exhibitionism?');
    // The letter is now newer than its last draft.
    await expect.poll(itemTexts).toContain('The working copy of the letter is newer than the last saved draft');

    // "Go to the drafts" leads to the newest draft's review tick; ticking it closes the item.
    await goFrom('letterReview');
    const focused = h.page.locator(':focus');
    // Focus moves after the next paint, which a busy machine can hold back.
    await expect.poll(() => focused.getAttribute('type')).toBe('checkbox');
    expect(
      await h.page.getByLabel('Draft 2 has been reviewed by my therapist').evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await focused.check();
    await expect.poll(itemTexts).not.toContain('The letter is not yet reviewed by the therapist');
    await waitForSaved(h.page);
    expect(saved().sections.letter.drafts.find((d) => d.number === 2)?.reviewedByTherapist).toBe(true);

    // Saving a new draft closes the working-copy item; the new draft is not reviewed yet, so that item comes back.
    await goFrom('workingCopy');
    await expect.poll(() => h.page.locator(':focus').innerText()).toMatch(/^Save as draft 3/);
    await h.page.keyboard.press('Enter');
    await expect.poll(itemTexts).not.toContain('The working copy of the letter is newer than the last saved draft');
    await expect.poll(itemTexts).toContain('The letter is not yet reviewed by the therapist');
    await panel().scrollIntoViewIfNeeded();
    await h.screenshot('open-items-02-letter-after-writing');

    // A category leads to the inventory.
    await goFrom('category:paidSex');
    await h.page.getByRole('heading', { level: 2, name: 'Inventory' }).waitFor();
  });

  it('the answers screen lists released questions without an answer, then answers not yet reviewed', async () => {
    await openSection(h.page, 'Answers to your partner’s questions');
    await panel().waitFor();
    await expect
      .poll(itemTexts)
      .toEqual(['4 released questions have no answer yet', '1 answer is not yet reviewed with the therapist']);
    await expectAccessible(h.page, 'answers open items');
    await h.screenshot('open-items-03-answers');

    // "Go to the first one" puts the focus in the first answer still to write; writing it moves it to "not reviewed".
    await goFrom('questions');
    const field = h.page.locator(':focus');
    await expect.poll(() => field.evaluate((el) => el.tagName)).toBe('TEXTAREA');
    const question = h.page.locator('li.dz-question', { has: field });
    const questionId = await question.getAttribute('data-question');
    await field.fill('Yes. I will say more about this in the session.');
    await expect
      .poll(itemTexts)
      .toEqual(['3 released questions have no answer yet', '2 answers are not yet reviewed with the therapist']);
    await goFrom('reviews');
    const tick = h.page.locator(':focus');
    await expect.poll(() => tick.getAttribute('type')).toBe('checkbox');
    await tick.check();
    await expect
      .poll(itemTexts)
      .toEqual(['3 released questions have no answer yet', '1 answer is not yet reviewed with the therapist']);
    await waitForSaved(h.page);
    expect(saved().sections.answers.answers[questionId!]?.text).toBe('Yes. I will say more about this in the session.');

    // Small window: the panel stays readable and nothing scrolls sideways.
    await h.page.setViewportSize({ width: 900, height: 620 });
    await panel().scrollIntoViewIfNeeded();
    expect(await h.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(h.page, 'answers open items, 900x620');
    await h.screenshot('open-items-04-answers-900x620');
  });
});
