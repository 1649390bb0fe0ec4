/**
 * The sections added for the weeks after a disclosure: After the disclosure (both workbooks),
 * the no-contact and restitution letters (disclosing) and the partner's polygraph page, plus the
 * discloser's polygraph definitions. Real input, keyboard where it matters, axe on each, a
 * screenshot of each (test-results/screenshots/after-*.png), and lock/unlock keeps everything.
 */
import { describe, expect, it } from 'vitest';
import { PARTNER_PASSPHRASE, PASSPHRASE, focusLandsOn, useHarness } from './harness';

const h = useHarness({ width: 1280, height: 860 });

describe('after the disclosure', () => {
  it('disclosing: plans the first 72 hours and the debrief', async () => {
    await h.createWorkbookViaUi('disclosing', 'Jordan', PASSPHRASE);
    const page = h.page;
    await h.openSection('After the disclosure');
    const first = page.getByRole('group', { name: 'The first 72 hours' });
    await first.getByLabel('Where each of us sleeps').fill('The spare room for the first week.');
    await first.getByLabel('Our stop signal').fill('My partner says pause; I leave the room.');
    await page.getByRole('group', { name: 'The debrief' }).getByLabel('When the debrief session is').fill('Thursday at 4');
    await page
      .getByText(/A later round of clarifying questions/)
      .first()
      .waitFor();
    await h.waitForSaved();
    expect(h.disclosing().sections.afterDisclosure.answers).toMatchObject({
      sleeping: 'The spare room for the first week.',
      debriefDate: 'Thursday at 4',
    });
    await h.screenshot('after-01-disclosing-plan');
    await h.expectAccessible('after (disclosing)');
  });

  it('disclosing: a no-contact letter with review, approval and sent dates, written in the shared editor', async () => {
    const page = h.page;
    await h.openSection('No-contact letters');
    await page.getByText('Send nothing until your partner has approved it.').waitFor();
    await page.getByRole('button', { name: 'Add a no-contact letter' }).click();
    // Focus lands in the new letter's first field: keyboard users can type there without a click.
    await focusLandsOn(page, 'INPUT');
    await page.keyboard.type('K.');
    await page.getByRole('heading', { level: 3, name: 'No-contact letter to K.' }).waitFor();
    const editor = page.getByRole('textbox', { name: 'No-contact letter to K.' });
    await editor.click();
    await page.keyboard.type('I am ending all contact with you.');
    await expect
      .poll(() => JSON.stringify(h.disclosing().sections.noContact.letters[0]?.letter.current ?? null))
      .toContain('ending all contact');
    await page.getByLabel('Review with my therapist').selectOption('reviewed');
    // A sent date without the partner's approval gets a gentle word, gone once approval is ticked.
    const sentNote = page.getByTestId('sent-before-approval');
    expect(await sentNote.count()).toBe(0);
    await page.getByLabel('Sent on').fill('21 February');
    await sentNote.waitFor();
    expect(await sentNote.innerText()).toMatch(/worth bringing to your therapist/);
    await sentNote.scrollIntoViewIfNeeded();
    await h.screenshot('after-02a-sent-before-approval');
    await page.getByLabel('My partner has approved it').check();
    await expect.poll(() => sentNote.count()).toBe(0);
    await page.getByLabel('Sent on').fill('');
    await page.getByLabel('Approved on').fill('20 February');
    await h.waitForSaved();
    expect(h.disclosing().sections.noContact.letters[0]).toMatchObject({
      recipient: 'K.',
      review: 'reviewed',
      partnerApproved: true,
      approvedOn: '20 February',
      sentOn: '',
    });
    await h.screenshot('after-02-no-contact');
    await h.expectAccessible('no-contact');
  });

  it('disclosing: the restitution letter follows the fixed impact-letter areas, with drafts', async () => {
    const page = h.page;
    await h.openSection('Restitution letter');
    await page.getByText(/The areas of your partner’s impact letter \(12\)/).click();
    await page.getByRole('button', { name: 'Start a part about promises and vows in my letter' }).click();
    const editor = page.getByRole('textbox', { name: 'My restitution letter' });
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' I broke the promise of honesty I made to you.');
    await expect.poll(() => JSON.stringify(h.disclosing().sections.restitutionLetter.current)).toContain('promise of honesty');
    await page.getByRole('button', { name: 'Save as draft 1' }).click();
    await expect.poll(() => h.disclosing().sections.restitutionLetter.drafts.length).toBe(1);
    await h.screenshot('after-03-restitution');
    await h.expectAccessible('restitution');
  });

  it('disclosing: polygraph questions gain definitions, exam date and examiner, and the tell-your-therapist-first note', async () => {
    const page = h.page;
    await h.openSection('Polygraph questions');
    await page.getByText('If you remember anything new before the exam, tell your therapist first.').waitFor();
    await page.getByLabel('Date of the exam').fill('3 March');
    await page.getByLabel('Examiner').fill('A. Examiner');
    await page.getByRole('button', { name: 'Add a question' }).click();
    await focusLandsOn(page, 'INPUT');
    await page.keyboard.type('Is your written disclosure complete and true?');
    await page.getByLabel(/What the words in this question mean \(question 1\)/).fill('"Complete" covers every category.');
    await h.waitForSaved();
    expect(h.disclosing().sections.polygraph).toMatchObject({
      examDate: '3 March',
      examiner: 'A. Examiner',
      questions: [{ definitions: '"Complete" covers every category.' }],
    });
    await h.screenshot('after-04-polygraph-definitions');
    await h.expectAccessible('polygraph (disclosing)');
    await h.lockViaUi();
  });

  it('partner: the polygraph page is optional and keeps suggested questions private unless included', async () => {
    await h.createWorkbookViaUi('partner', 'Riley', PARTNER_PASSPHRASE);
    const page = h.page;
    await h.openSection('Polygraph, if it is used');
    await page.getByRole('button', { name: 'Add a question' }).click();
    await focusLandsOn(page, 'TEXTAREA');
    await page.keyboard.type('Have you told me about everyone?');
    await page.getByLabel('How, where and from whom I want to hear the result').fill('From my therapist, in the office.');
    await expect.poll(() => page.getByLabel('Include my suggested questions when I share').isChecked()).toBe(false);
    await h.waitForSaved();
    expect(h.partner().sections.polygraph).toMatchObject({
      questions: [{ text: 'Have you told me about everyone?' }],
      includeQuestions: false,
      hearResult: 'From my therapist, in the office.',
    });
    await h.screenshot('after-05-partner-polygraph');
    await h.expectAccessible('polygraph (partner)');

    await h.openSection('After the disclosure');
    await page
      .getByRole('group', { name: 'The first 72 hours' })
      .getByLabel('Who is with me')
      .fill('My sister, the first two nights.');
    await expect.poll(() => page.getByText(/a second packet goes to your therapist first/).count()).toBe(1);
    await h.waitForSaved();
    await h.screenshot('after-06-partner-plan');
    await h.expectAccessible('after (partner)');
  });

  it('keeps all of it after lock and unlock', async () => {
    await h.lockViaUi();
    await h.unlockViaUi('partner', PARTNER_PASSPHRASE);
    let p = h.page;
    await h.openSection('After the disclosure');
    expect(await p.getByLabel('Who is with me').inputValue()).toBe('My sister, the first two nights.');
    await h.lockViaUi();
    await h.unlockViaUi('disclosing', PASSPHRASE);
    p = h.page;
    await h.openSection('No-contact letters');
    expect(await p.getByLabel('My partner has approved it').isChecked()).toBe(true);
    expect(await p.getByRole('textbox', { name: 'No-contact letter to K.' }).innerText()).toContain('ending all contact');
    await h.openSection('Restitution letter');
    expect(await p.getByRole('textbox', { name: 'My restitution letter' }).innerText()).toContain('promise of honesty');
    await h.openSection('After the disclosure');
    expect(await p.getByLabel('Our stop signal').inputValue()).toBe('My partner says pause; I leave the room.');
  });
});
