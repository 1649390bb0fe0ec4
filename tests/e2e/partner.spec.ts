/**
 * The partner's workbook, end to end: every section with realistic input, keyboard and drag
 * reordering, the pause screen, lock/unlock and a window restart, an axe check on every section,
 * and a screenshot of each (test-results/screenshots/partner-*.png).
 */
import { describe, expect, it } from 'vitest';
import { buildSample } from '../../shared/workbook/samples';
import type { PartnerWorkbook } from '../../shared/workbook/schema';
import { PARTNER_PASSPHRASE, useHarness } from './harness';

const h = useHarness({ width: 1280, height: 900 });

const OWN_QUESTION = 'Was the weekend away in March connected to any of this?';
const GRAPHIC_QUESTION = 'What exactly did you do sexually with them, in detail?';

describe("partner's workbook", () => {
  it('creates the workbook and shows Before you begin, with a safety check that informs and never blocks', async () => {
    await h.createWorkbookViaUi('partner', 'Riley');
    const page = h.page;
    await page.getByRole('heading', { level: 2, name: 'Before you begin' }).waitFor();
    await expect.poll(() => page.getByText('What the disclosure session is usually like').count()).toBe(1);
    await h.screenshot('partner-01-before-you-begin');
    await h.expectAccessible('before you begin');

    await page.getByLabel('I am afraid for my safety.').check();
    const notice = page.getByTestId('safety-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('988 Suicide & Crisis Lifeline');
    expect(await notice.innerText()).toContain('1-800-799-7233');
    await h.screenshot('partner-02-safety-notice');
    await h.expectAccessible('safety notice');
    // Informs, never blocks: the path onward is still there.
    await page.getByLabel('I am afraid for my safety.').uncheck();
    await expect.poll(() => notice.count()).toBe(0);
    await page.getByLabel(/I have read this page/).check();
    await h.waitForSaved();
    expect(h.partner().sections.beforeYouBegin.read).toBe(true);
  });

  it('builds a question list from my own words and the bank, with a gentle note on graphic detail', async () => {
    const page = h.page;
    await page.getByRole('button', { name: 'Go on to my questions, when I am ready' }).click();
    await page.getByRole('heading', { level: 2, name: 'My questions' }).waitFor();
    await h.expectAccessible('questions (empty)');

    const own = page.locator('form', { has: page.getByRole('heading', { name: 'Write my own question' }) });
    // An empty question gets a kind message and nothing is added.
    await own.getByRole('button', { name: 'Add to my list' }).click();
    await expect.poll(() => own.getByRole('status').innerText()).toMatch(/Write your question first/);
    await own.getByLabel('My question').fill(OWN_QUESTION);
    await own.getByLabel('Topic').selectOption('suspicions');
    await own.getByRole('button', { name: 'Add to my list' }).click();
    // The next own question starts from the default topic, not the one chosen for the last.
    await expect.poll(() => own.getByLabel('Topic').inputValue()).toBe('scope');

    const bank = page.getByRole('region', { name: 'Sample questions' });
    // Closed by default: one calm sentence, then topics; no sample question is on screen until a topic is opened.
    await expect.poll(() => bank.getByTestId('bank-before').innerText()).toMatch(/Pause is always here/);
    expect(await bank.locator('details.bank-topic').count()).toBe(12);
    expect(await bank.locator('details.bank-topic[open]').count()).toBe(0);
    expect(
      await bank
        .getByRole('button', { name: /^Add to my list: / })
        .filter({ visible: true })
        .count(),
    ).toBe(0);
    await bank.scrollIntoViewIfNeeded();
    await h.screenshot('partner-03c-question-bank-closed');
    await bank.getByLabel('Search the sample questions').fill('our bed');
    await bank.getByRole('button', { name: 'Add to my list: Did anything happen in our bed?' }).click();
    await bank.getByRole('button', { name: 'On my list: Did anything happen in our bed?' }).waitFor();
    await bank.getByLabel('Search the sample questions').fill('');
    await bank.getByTestId('bank-topic-health').locator('summary').click();
    await bank.getByTestId('bank-topic-health').scrollIntoViewIfNeeded();
    await h.screenshot('partner-03d-question-bank-topic-open');
    await bank.getByRole('button', { name: /^Add to my list: Should I be tested/ }).click();

    await own.getByLabel('My question').fill(GRAPHIC_QUESTION);
    await own.getByRole('button', { name: 'Add to my list' }).click();

    const cards = page.locator('.question-card');
    await expect.poll(() => cards.count()).toBe(4);
    // The graphic-detail note appears under the graphic question only, and nothing is blocked.
    await expect.poll(() => cards.nth(3).getByTestId('graphic-note').count()).toBe(1);
    expect(await cards.nth(0).getByTestId('graphic-note').count()).toBe(0);

    const first = cards.nth(0);
    await first.getByLabel('How much I want to know this').selectOption('needToKnow');
    await first.getByLabel('Where it stands').selectOption('ready');
    await first.getByText('Reflect on this question (optional)').click();
    await first.getByLabel('Why I want to know').fill('I need to stop doubting what I noticed.');
    await first.getByLabel('How I might feel hearing the answer').fill('Shaky, and maybe relieved.');
    await cards.nth(1).getByLabel('How much I want to know this').selectOption('needToKnow');
    await cards.nth(3).getByLabel('Where it stands').selectOption('setAside');

    const counts = page.getByTestId('question-counts');
    await expect.poll(() => counts.innerText()).toMatch(/4 questions on your list/);
    expect(await counts.getByRole('definition').allInnerTexts()).toEqual(['2', '0', '2', '0', '2', '1', '1']);
    await page.getByRole('heading', { level: 2, name: 'My questions' }).scrollIntoViewIfNeeded();
    await counts.scrollIntoViewIfNeeded();
    await h.screenshot('partner-03a-questions-counts-and-bank');
    await first.scrollIntoViewIfNeeded();
    await h.screenshot('partner-03-questions');
    await h.expectAccessible('questions');

    // Filtering by where a question stands keeps each question's place in the whole list;
    // the order can only be changed with all questions shown.
    const filter = page.getByLabel('Show', { exact: true });
    const labels = () => page.locator('.question-card .question-number').allInnerTexts();
    await filter.selectOption('setAside');
    await expect.poll(labels).toEqual(['Question 4 of 4']);
    expect(
      await cards
        .nth(0)
        .getByRole('button', { name: /^Move question/ })
        .count(),
    ).toBe(0);
    await expect
      .poll(() => page.getByTestId('question-filter-status').innerText())
      .toBe('Showing 1 of 4. To change the order, show all questions.');
    await filter.scrollIntoViewIfNeeded();
    await h.screenshot('partner-03b-questions-filtered');
    await h.expectAccessible('questions (filtered)');
    await filter.selectOption('draft');
    await expect.poll(labels).toEqual(['Question 2 of 4', 'Question 3 of 4']);
    await filter.selectOption('ready');
    await expect.poll(labels).toEqual(['Question 1 of 4']);
    expect(await cards.nth(0).locator('.question-text').inputValue()).toBe(OWN_QUESTION);
    // Marking it a draft while only ready ones are shown: it leaves the view, calmly explained.
    await cards.nth(0).getByLabel('Where it stands').selectOption('draft');
    await expect
      .poll(() => page.getByTestId('question-filter-status').innerText())
      .toBe('No questions are marked “Ready for my therapist” right now.');
    await expect.poll(() => cards.count()).toBe(0);
    await filter.selectOption('all');
    await expect.poll(() => cards.count()).toBe(4);
    await cards.nth(0).getByLabel('Where it stands').selectOption('ready');
    await expect.poll(() => page.getByRole('button', { name: 'Move question 2 up' }).count()).toBe(1);
  });

  it('reorders with the keyboard, announces the new position, and reorders by drag and drop', async () => {
    const page = h.page;
    const order = () =>
      page.locator('.question-card .question-text').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));

    await page.getByRole('button', { name: 'Move question 3 up' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('order-announcement').innerText()).toBe('Moved to position 2 of 4.');
    // Focus stays on the moved question's button, so Enter again keeps moving it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move question 2 up');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('order-announcement').innerText()).toBe('Moved to position 1 of 4.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move question 1 down');
    expect((await order())[0]).toMatch(/^Should I be tested/);

    // Drag the first question (by its handle) onto the lower half of the second one.
    await page.getByTestId('drag-1').evaluate((el) => el.closest('li')?.scrollIntoView({ block: 'start' }));
    const target = page.locator('.question-card').nth(1);
    const box = await target.boundingBox();
    const handle = await page.getByTestId('drag-1').boundingBox();
    if (!box || !handle) throw new Error('cards not laid out');
    // A point in the lower half of the target that is on screen (the card can be taller than the window).
    const mainBox = await page.locator('main').boundingBox();
    const dropY = Math.min(box.y + box.height - 8, (mainBox?.y ?? 0) + (mainBox?.height ?? 0) - 10);
    expect(dropY).toBeGreaterThan(box.y + box.height / 2);
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + 20, handle.y + 30, { steps: 5 });
    await page.mouse.move(box.x + 60, dropY, { steps: 10 });
    await page.mouse.up();
    await expect.poll(async () => (await order())[1]).toMatch(/^Should I be tested/);
    await expect.poll(() => page.getByTestId('order-announcement').innerText()).toBe('Moved to position 2 of 4.');
    await h.waitForSaved();
    const saved = h.partner().sections.questions.items.map((q) => q.text);
    expect(saved[0]).toBe(OWN_QUESTION);
    expect(saved[1]).toMatch(/^Should I be tested/);
  });

  it('keeps support people typed in by hand, with "safe to call at night"', async () => {
    const page = h.page;
    await h.openSection('My support people');
    await h.expectAccessible('support (empty)');
    await page.getByRole('button', { name: 'Add a support person or group' }).click();
    await page.getByLabel('Name').fill('Morgan');
    await page.getByLabel('How to reach them').fill('555-0101');
    await page.getByLabel('When they are usually available').fill('Evenings and weekends');
    await page.getByLabel('Safe to call at night').check();
    await page.getByLabel('Notes').fill('Listens without judging.');
    await page.getByRole('button', { name: 'Add a support person or group' }).click();
    await page.locator('.item-card').nth(1).getByLabel('Name').fill('Tuesday partner group');
    await page.locator('.item-card').nth(1).getByLabel('Who they are to me').selectOption('group');
    await page.locator('.item-card').nth(1).getByLabel('When they are usually available').fill('Tuesdays at 7 pm');
    await h.screenshot('partner-04-support');
    await h.expectAccessible('support');
  });

  it('writes boundaries, one marked to discuss with my therapist', async () => {
    const page = h.page;
    await h.openSection('Boundaries');
    await page.getByRole('button', { name: 'Add a boundary' }).click();
    await page.getByLabel('What I need to feel safe').fill('I need to sleep in a room of my own for now.');
    await page.getByLabel('What I will do if it is not respected').fill('I will stay with Morgan for a few nights.');
    await page.getByLabel('To discuss with my therapist').check();
    await h.screenshot('partner-05-boundaries');
    await h.expectAccessible('boundaries');
  });

  it('fills the safety and self-care plan for before, during and after', async () => {
    const page = h.page;
    await h.openSection('Safety and self-care plan');
    const before = page.getByRole('group', { name: 'Before the session' });
    await before.getByLabel('Who comes with me').fill('Morgan waits in the café next door.');
    await before.getByLabel('Who drives').fill('Morgan drives both ways.');
    await page
      .getByRole('group', { name: 'During the session' })
      .getByLabel('What helps my body calm down')
      .fill('Feet on the floor, a smooth stone in my pocket.');
    await h.screenshot('partner-06-safety-plan');
    await h.expectAccessible('safety plan');
    // The plan for after the session lives in After the disclosure since schema v5.
    await page.getByRole('button', { name: 'Go to After the disclosure' }).click();
    await page.getByRole('heading', { level: 2, name: 'After the disclosure' }).waitFor();
    const after = page.getByRole('group', { name: 'After the session' });
    await after.getByLabel('How I get home').fill('Morgan drives me home.');
    await after.getByLabel('What I will do that evening').fill('Soup and an old film at Morgan’s.');
    await h.expectAccessible('after the disclosure');
  });

  it('records a check-in and shows it in the chart and its text summary', async () => {
    const page = h.page;
    await h.openSection('Check-ins');
    await expect.poll(() => page.getByTestId('chart-summary').innerText()).toMatch(/No check-ins/);
    const group = (legend: string | RegExp) => page.getByRole('group', { name: legend });
    await group('How much has trouble sleeping affected you lately?').locator('label', { hasText: 'Quite a bit' }).click();
    await group('How much have thoughts or pictures you did not want come into your mind?')
      .locator('label', { hasText: 'Somewhat' })
      .click();
    await group('How much have you felt on guard, watchful or easily startled?').locator('label', { hasText: 'A lot' }).click();
    await group('How much have you felt numb, flat or cut off from things?').locator('label', { hasText: 'A little' }).click();
    await group('How much have you felt anxious, panicky or unable to settle?')
      .locator('label', { hasText: 'Quite a bit' })
      .click();
    // Keyboard: arrow keys move within the distress scale.
    const distress = group(/Overall, how much distress/);
    await distress.getByLabel('5', { exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByLabel('A note for myself (optional)').fill('Hard morning. A walk helped.');
    await expect.poll(() => page.getByTestId('chart-summary').innerText()).toMatch(/1 day with a check-in/);
    await expect.poll(() => page.getByTestId('trend-chart').getAttribute('data-points')).toBe('1');
    await h.waitForSaved();
    const entry = h.partner().sections.checkIns.entries[0];
    expect(entry).toMatchObject({ distress: 6, note: 'Hard morning. A walk helped.' });
    expect(entry?.ratings).toEqual({ sleep: 3, intrusiveThoughts: 2, hypervigilance: 4, numbness: 1, anxiety: 3 });
    await h.screenshot('partner-07-check-ins');
    await h.expectAccessible('check-ins');
  });

  it('writes the impact letter in the shared editor and saves a draft', async () => {
    const page = h.page;
    await h.openSection('Emotional impact letter');
    await page.getByText(/Areas your letter may cover/).click();
    await page.getByRole('heading', { name: 'My sense of reality' }).waitFor();
    const editor = page.getByRole('textbox', { name: 'My emotional impact letter' });
    await editor.click();
    await page.keyboard.type('Since I found out, I have stopped trusting my own memory of the last three years.');
    // Let the editor hand what was typed to the workbook first (see the report: clicking at once can
    // miss, because the editor's footer grows a line when the word count updates).
    await expect
      .poll(() => JSON.stringify(h.partner().sections.impactLetter.current))
      .toContain('stopped trusting my own memory');
    await page.getByRole('button', { name: 'Save as draft 1' }).click();
    await page.getByTestId('draft-1').waitFor();
    await expect.poll(() => h.partner().sections.impactLetter.drafts.length).toBe(1);
    await expect
      .poll(() => JSON.stringify(h.partner().sections.impactLetter.current))
      .toContain('stopped trusting my own memory');
    await h.screenshot('partner-08-impact-letter');
    await h.expectAccessible('impact letter');
  });

  it("shows the suggested country's crisis lines (United States here) as text, never as links, and keeps my local numbers", async () => {
    const page = h.page;
    await h.openSection('Crisis resources');
    const text = await page.locator('main').innerText();
    for (const s of [
      'Call or text 988',
      '1-800-799-7233',
      'text START to 88788',
      'Text HOME to 741741',
      'In immediate danger, call 911.',
    ]) {
      expect(text).toContain(s);
    }
    expect(await page.locator('a[href^="tel:"], a[href^="sms:"], a[href^="http"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Add a local number' }).click();
    await page.getByLabel('Name').fill('Riverside walk-in clinic');
    await page.getByLabel('Number or how to reach them').fill('555-0142');
    await page.getByLabel('Notes').fill('Weekdays 9 to 5');
    // The person marked safe to call at night is gathered here too.
    await page.getByRole('heading', { name: 'People I listed as safe to call at night' }).waitFor();
    await h.screenshot('partner-09-crisis');
    await h.expectAccessible('crisis');
  });

  it('opens Pause from the header and with Ctrl+Shift+P, with a pacer that respects reduced motion', async () => {
    const page = h.page;
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Pause' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('breathing-pacer').getAttribute('data-motion')).toBe('full');
    expect(await dialog.locator('.pacer-circle.animate').count()).toBe(1);
    await h.screenshot('partner-10-pause-breathe');
    await h.expectAccessible('pause');
    await dialog.getByRole('button', { name: 'Ground yourself' }).click();
    await dialog.getByRole('button', { name: 'Next step' }).click();
    await expect.poll(() => dialog.innerText()).toContain('Notice four things you can feel');
    await h.screenshot('partner-11-pause-ground');
    await h.expectAccessible('pause grounding');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    // The app setting alone turns motion off...
    await page.evaluate(() => {
      document.documentElement.dataset['reducedMotion'] = 'on';
    });
    await h.openSection('Boundaries');
    await page.keyboard.press('Control+Shift+P');
    await dialog.waitFor();
    expect(await dialog.getByTestId('breathing-pacer').getAttribute('data-motion')).toBe('reduced');
    expect(await dialog.locator('.pacer-circle.animate').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Return to my workbook' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await page.evaluate(() => {
      delete document.documentElement.dataset['reducedMotion'];
    });
    // ...and so does the system preference.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Need a moment? Pause' }).click();
    await dialog.waitFor();
    expect(await dialog.getByTestId('breathing-pacer').getAttribute('data-motion')).toBe('reduced');
    await page.keyboard.press('Escape');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('keeps everything after lock, a window restart and unlock', async () => {
    await h.waitForSaved();
    await h.lockViaUi();
    expect(h.services.workbooks.isUnlocked('partner')).toBe(false);
    await h.reload();
    await h.unlockViaUi('partner');
    const p = h.page;

    // The workbook reopens at the section the person left off in; go back to the first one.
    await h.openSection('Before you begin');
    expect(await p.getByLabel(/I have read this page/).isChecked()).toBe(true);

    await h.openSection('My questions');
    const texts = await p
      .locator('.question-card .question-text')
      .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    expect(texts).toEqual([
      OWN_QUESTION,
      expect.stringMatching(/^Should I be tested/),
      'Did anything happen in our bed?',
      GRAPHIC_QUESTION,
    ]);
    const first = p.locator('.question-card').first();
    expect(await first.getByLabel('Why I want to know').inputValue()).toBe('I need to stop doubting what I noticed.');
    expect(await first.getByLabel('Where it stands').inputValue()).toBe('ready');

    await h.openSection('My support people');
    expect(await p.locator('.item-card').first().getByLabel('Name').inputValue()).toBe('Morgan');
    expect(await p.locator('.item-card').first().getByLabel('Safe to call at night').isChecked()).toBe(true);
    expect(await p.locator('.item-card').nth(1).getByLabel('Who they are to me').inputValue()).toBe('group');

    await h.openSection('Boundaries');
    expect(await p.getByLabel('What I need to feel safe').inputValue()).toBe('I need to sleep in a room of my own for now.');
    expect(await p.getByRole('checkbox', { name: 'To discuss with my therapist' }).isChecked()).toBe(true);

    await h.openSection('After the disclosure');
    expect(await p.getByRole('group', { name: 'After the session' }).getByLabel('How I get home').inputValue()).toBe(
      'Morgan drives me home.',
    );

    await h.openSection('Check-ins');
    expect(await p.getByLabel('A note for myself (optional)').inputValue()).toBe('Hard morning. A walk helped.');
    expect(
      await p
        .getByRole('group', { name: /Overall, how much distress/ })
        .getByLabel('6', { exact: true })
        .isChecked(),
    ).toBe(true);

    await h.openSection('Emotional impact letter');
    expect(await p.getByRole('textbox', { name: 'My emotional impact letter' }).innerText()).toContain(
      'stopped trusting my own memory',
    );

    await h.openSection('Crisis resources');
    expect(await p.getByLabel('Number or how to reach them').inputValue()).toBe('555-0142');
  });

  it('handles the large sample: 300 questions and 90 days of check-ins', async () => {
    const sample = buildSample('partner', 'large', new Date()) as PartnerWorkbook;
    const current = h.partner();
    // Lock in the window first (so it cannot write its own copy back), then load the sample directly.
    await h.lockViaUi();
    await h.services.workbooks.unlock('partner', { method: 'passphrase', value: PARTNER_PASSPHRASE });
    await h.services.workbooks.save('partner', { ...sample, createdAt: current.createdAt, savedAt: current.savedAt });
    await h.services.workbooks.lockAll();
    await h.unlockViaUi('partner');
    const page = h.page;

    await h.openSection('My questions');
    await expect.poll(() => page.locator('.question-card').count()).toBe(300);
    await expect.poll(() => page.getByTestId('question-counts').innerText()).toMatch(/300 questions on your list/);
    await page.getByRole('button', { name: 'Move question 300 to the top' }).click();
    await expect.poll(() => page.getByTestId('order-announcement').innerText()).toBe('Moved to position 1 of 300.');
    await h.screenshot('partner-12-questions-large');

    await h.openSection('Check-ins');
    await page.getByLabel('Period').selectOption('13');
    await expect.poll(() => page.getByTestId('trend-chart').getAttribute('data-points')).toBe('90');
    await page.getByText('Show these numbers as a table').click();
    await expect.poll(() => page.locator('.trend-table tbody tr').count()).toBe(90);
    await page.getByTestId('trend-chart').scrollIntoViewIfNeeded();
    await h.screenshot('partner-13-check-ins-large');
    await h.expectAccessible('check-ins (large)');
  });
});
