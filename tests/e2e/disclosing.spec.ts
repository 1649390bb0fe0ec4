import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { DisclosingWorkbook } from '../../shared/workbook/schema';
import { PASSPHRASE, useHarness } from './harness';

const h = useHarness({ width: 1366, height: 900 });

const saved = () => h.services.workbooks.content('disclosing') as DisclosingWorkbook;

async function openSection(title: string) {
  await h.page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: title }).click();
  await h.page.getByRole('heading', { level: 2, name: title }).waitFor();
}

async function expectNoSeriousAxe(where: string) {
  const result = await new AxeBuilder({ page: h.page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('the disclosure workbook', () => {
  it('before you begin: readiness informs, scope is a setting', async () => {
    await h.createWorkbookViaUi('disclosing', 'Jordan', PASSPHRASE);
    await openSection('Before you begin');
    const legal = h.page.getByLabel(/may carry legal risk/);
    await legal.check();
    await h.page
      .getByText('Please review this with a lawyer and your therapist before writing any details or setting a date.')
      .waitFor();
    await h.page.getByLabel(/Full sexual history/).check();
    await h.page.getByLabel('I have read this page and know I can come back to it.').check();
    await expectNoSeriousAxe('before you begin');
    await h.screenshot('disclosing-01-before-you-begin');
    await h.waitForSaved();
    expect(saved().sections.beforeYouBegin).toMatchObject({ scope: 'fullHistory', read: true, readiness: { legalRisk: true } });
  });

  it('inventory: answers, totals, the legal notice and the test recommendation', async () => {
    await openSection('Inventory');
    // The illegal-behaviour card shows its notice before anything can be written.
    const illegal = h.page.locator('article[data-category=illegal]');
    expect(await illegal.getByRole('note').innerText()).toMatch(/lawyer and your therapist/);

    const porn = h.page.locator('article[data-category=pornography]');
    await porn.getByRole('button', { name: /Open/ }).click();
    await porn.getByLabel('Yes').check();
    await porn.getByLabel('First time').fill('2014');
    await porn.getByLabel('Most recent time').fill('late 2024');
    await porn.getByLabel('Money spent').fill('a lot, never added up');
    await porn.getByText(/your words are kept/).waitFor(); // kept as typed, with a calm note
    expect(await porn.getByLabel('Money spent').inputValue()).toBe('a lot, never added up');
    await porn.getByLabel('Money spent').fill('about 1,200');
    await porn.getByText('Read as $1,200.').waitFor();

    const affairs = h.page.locator('article[data-category=physicalAffairs]');
    await affairs.getByRole('button', { name: /Open/ }).click();
    await affairs.getByLabel('Yes').check();
    await affairs.getByLabel('How many people').fill('3');
    await affairs.getByLabel('Our bed').check();
    await affairs.getByRole('button', { name: 'Add a person' }).click();
    await affairs.getByLabel('Person 1').fill('a co-worker, R.');
    await affairs.getByLabel('There was sexual contact without protection').check();
    await expect.poll(() => affairs.getByRole('note', { name: 'Please get tested' }).innerText()).toMatch(/tested.*partner/s);

    const strip = h.page.locator('article[data-category=stripClubs]');
    await strip.getByRole('button', { name: /Open/ }).click();
    await strip.getByLabel('No', { exact: true }).check();

    await expect.poll(() => h.page.getByTestId('total-money').innerText()).toBe('$1,200');
    await expect.poll(() => h.page.getByTestId('total-people').innerText()).toBe('3');
    await expect.poll(() => h.page.getByTestId('total-categories').innerText()).toBe('2');
    await expectNoSeriousAxe('inventory');
    await h.screenshot('disclosing-02-inventory');
    await h.waitForSaved();
    const cards = saved().sections.inventory.cards;
    expect(cards.find((c) => c.category === 'pornography')).toMatchObject({
      happened: 'yes',
      firstTime: '2014',
      money: { low: 1200, high: null, currency: 'USD', text: 'about 1,200' },
    });
    expect(cards.find((c) => c.category === 'physicalAffairs')).toMatchObject({
      peopleCount: 3,
      unprotectedContact: true,
      places: ['ourBed'],
    });
  });

  it('timeline: entries typed with the keyboard come out in date order; delete and undo', async () => {
    await openSection('Timeline');
    const form = h.page.getByRole('form', { name: 'Add an entry' });
    for (const [date, text] of [
      ['2021', 'Met someone from an app at a hotel.'],
      ['spring 2019', 'Made my first dating app profile.'],
      ['late 2018', 'Started sexual chat with people online.'],
    ] as const) {
      await form.getByLabel('When').fill(date);
      await h.page.keyboard.press('Tab');
      await h.page.keyboard.press('Tab');
      await h.page.keyboard.type(text);
      await form.getByRole('button', { name: 'Add to the timeline' }).press('Enter');
    }
    const list = h.page.getByTestId('timeline-list');
    await expect.poll(() => list.locator('li').count()).toBe(3);
    const dates = await list.locator('.dz-entry-meta strong').allInnerTexts();
    expect(dates).toEqual(['late 2018', 'spring 2019', '2021']);
    await list.getByRole('button', { name: 'Delete entry from spring 2019' }).click();
    await expect.poll(() => list.locator('li').count()).toBe(2);
    await h.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => list.locator('li').count()).toBe(3);
    await h.page.getByRole('heading', { name: 'Entries by year' }).waitFor();
    const chartTable = h.page.getByRole('table', { name: 'Number of timeline entries per year and category' });
    expect(await chartTable.locator('tbody th').allTextContents()).toEqual(['2018', '2019', '2021']);
    // All three were typed without changing the category, so one column, one entry a year.
    expect(await chartTable.locator('thead th').allTextContents()).toEqual(['Year', 'Pornography']);
    expect(await chartTable.locator('tbody td').allTextContents()).toEqual(['1', '1', '1']);
    await expectNoSeriousAxe('timeline');
    await h.screenshot('disclosing-03-timeline');
  });

  it('lies: a gentle note on minimising, dismissed for this instance', async () => {
    await openSection('Lies and gaslighting');
    await h.page.getByRole('button', { name: 'Add a cover story' }).click();
    await h.page.getByLabel('When (cover story 1)').fill('2016 to 2024');
    await h.page
      .getByLabel('What I said or did (cover story 1)')
      .fill('I said I was working late. It was just a few times a year.');
    const notes = h.page.getByTestId('field-language-notes');
    await notes.waitFor();
    await h.screenshot('disclosing-04-lies');
    await expectNoSeriousAxe('lies');
    const before = await notes.locator('li').count();
    await notes
      .getByRole('button', { name: /Dismiss/ })
      .first()
      .click();
    await expect.poll(async () => ((await notes.count()) === 0 ? 0 : notes.locator('li').count())).toBe(before - 1);
    await h.waitForSaved();
    expect(saved().sections.lies.dismissedChecks.length).toBe(1);

    // What was kept back by saying nothing has its own place (since content version 8).
    await h.page.getByRole('heading', { level: 3, name: 'What I kept from you by saying nothing' }).waitFor();
    await h.page.getByRole('button', { name: 'Add an omission' }).click();
    await h.page.getByLabel('What I kept back (omission 1)').fill('I let you believe the conference trip was only for work.');
    await h.waitForSaved();
    expect(saved().sections.lies.items.map((i) => i.kind)).toEqual(['coverStory', 'omission']);
    await h.page.getByRole('heading', { level: 3, name: 'What I kept from you by saying nothing' }).scrollIntoViewIfNeeded();
    await h.screenshot('disclosing-04b-lies-omission');
  });

  it('letter: typing, formatting, word count, language note, drafts, compare', async () => {
    await openSection('The disclosure letter');
    const editor = h.page.getByRole('textbox', { name: 'Your disclosure letter' });
    await editor.click();
    // A heading shortcut works in a brand-new, empty letter, before anything is typed.
    await h.page.keyboard.press('Control+Alt+1');
    await h.page.keyboard.type('My disclosure');
    await h.page.keyboard.press('Enter');
    await h.page.keyboard.type('What I did');
    await h.page.keyboard.press('Control+Alt+2');
    await h.page.keyboard.press('Enter');
    await h.page.keyboard.type('From 2014 until late 2024 I watched pornography several times a week. ');
    await h.page.keyboard.press('Control+b');
    await h.page.keyboard.type('I lied to you about it.');
    await h.page.keyboard.press('Control+b');
    await h.page.keyboard.type(' You made me feel like I had to hide it.');
    await expect.poll(() => h.page.getByTestId('word-count').innerText()).toMatch(/^33 words/);
    await expect.poll(() => editor.locator('h1').innerText()).toBe('My disclosure');
    await expect.poll(() => editor.locator('h2').innerText()).toBe('What I did');
    await expect.poll(() => editor.locator('strong, .rte-bold').first().innerText()).toBe('I lied to you about it.');
    // The language check notices the blame, gently.
    await expect
      .poll(async () => Number(await h.page.getByTestId('language-note-count').getAttribute('data-count')))
      .toBeGreaterThan(0);
    await h.page.getByRole('button', { name: 'Show the notes' }).click();
    // The note is about the blaming sentence, not just any note (the worker's check of the last
    // sentence can arrive after an earlier count).
    const blameNote = h.page.locator('.rte-notes-list li').filter({ hasText: 'Blame' });
    await expect.poll(() => blameNote.count()).toBe(1);
    expect(await blameNote.innerText()).toContain('You made me');
    await expectNoSeriousAxe('letter');
    await h.screenshot('disclosing-05-letter');
    const count = Number(await h.page.getByTestId('language-note-count').getAttribute('data-count'));
    await h.page
      .locator('.rte-notes-list')
      .getByRole('button', { name: /Dismiss/ })
      .first()
      .click();
    await expect
      .poll(async () => Number((await h.page.getByTestId('language-note-count').getAttribute('data-count')) ?? 0))
      .toBe(count - 1);

    await h.page.getByRole('button', { name: 'Save as draft 1' }).click();
    await h.page.getByTestId('draft-1').waitFor();
    await editor.click();
    await h.page.keyboard.press('Control+End');
    await h.page.keyboard.press('Enter');
    await h.page.keyboard.type('The most recent time was in January 2024.');
    await h.page.getByRole('button', { name: 'Save as draft 2' }).click();
    await h.page.getByTestId('draft-2').waitFor();
    await h.page.getByLabel('Therapist’s feedback on draft 1').fill('Good start. Add the most recent date.');
    await h.page.getByLabel('Draft 1 has been reviewed by my therapist').check();
    await h.page.getByLabel('Earlier version').selectOption({ label: 'Draft 1' });
    await h.page.getByLabel('Later version').selectOption({ label: 'Draft 2' });
    await h.page.getByRole('button', { name: 'Compare', exact: true }).click();
    const added = await h.page.locator('.compare-text ins').allInnerTexts();
    expect(added.join(' ')).toContain('most recent time was in January 2024.');
    await h.page.locator('.compare').scrollIntoViewIfNeeded();
    await expectNoSeriousAxe('letter drafts');
    await h.screenshot('disclosing-06-letter-drafts');
    await h.waitForSaved();
    const letter = saved().sections.letter;
    expect(letter.drafts.map((d) => d.number)).toEqual([1, 2]);
    expect(letter.drafts[0]).toMatchObject({ reviewedByTherapist: true, feedback: 'Good start. Add the most recent date.' });
    expect(letter.dismissedChecks.length).toBe(1);
  });

  it('answers: a calm empty state before any questions arrive', async () => {
    await openSection('Answers to your partner’s questions');
    await h.page.getByRole('heading', { name: 'No questions yet, and that is expected' }).waitFor();
    await expectNoSeriousAxe('answers empty');
    await h.screenshot('disclosing-07-answers-empty');
  });

  it('polygraph and readiness', async () => {
    await openSection('Polygraph questions');
    await h.page.getByRole('button', { name: 'Add a question' }).click();
    // Focus moves to the new question's field on the next frame; type once it is there.
    await h.page.waitForFunction(() => document.activeElement instanceof HTMLInputElement);
    await h.page.keyboard.type('Is your written disclosure complete and true?');
    await expectNoSeriousAxe('polygraph');
    await h.screenshot('disclosing-08-polygraph');
    await openSection('Readiness and care');
    await h.page.getByLabel('A date and place for the disclosure session are agreed.').check();
    await h.page.getByLabel('Date and place of the session').fill('12 February, 10:00');
    await expectNoSeriousAxe('readiness');
    await h.screenshot('disclosing-09-readiness');
    // The day-of plan lives in After the disclosure since schema v5.
    await h.page.getByRole('button', { name: 'Go to After the disclosure' }).click();
    await h.page.getByRole('heading', { level: 2, name: 'After the disclosure' }).waitFor();
    await h.page.getByLabel('My plan for the day of the disclosure').fill('Call my sponsor before and after.');
    await h.waitForSaved();
  });

  it('text typed in the letter right before Ctrl+L survives the lock', async () => {
    await openSection('The disclosure letter');
    const editor = h.page.getByRole('textbox', { name: 'Your disclosure letter' });
    await editor.click();
    await h.page.keyboard.press('Control+End');
    await h.page.keyboard.type(' Typed just before locking.');
    await h.page.keyboard.press('Control+l');
    await h.page.getByRole('button', { name: 'Unlock Disclosure workbook' }).waitFor();
    expect(h.services.workbooks.isUnlocked('disclosing')).toBe(false);
  });

  it('after lock and unlock (and a released question packet), everything is still there', async () => {
    // Bring a released question packet in through the service, as the exchange feature will.
    await h.services.workbooks.unlock('disclosing', { method: 'passphrase', value: PASSPHRASE });
    const content = structuredClone(h.services.workbooks.content('disclosing')) as DisclosingWorkbook;
    content.sections.answers.packet = {
      packetId: 'p1',
      releasedAt: '2026-01-10T10:00:00.000Z',
      importedAt: '2026-01-11T10:00:00.000Z',
      questions: [
        {
          id: 'q1',
          order: 0,
          number: 1,
          text: 'When did it start?',
          category: 'timeline',
          priority: 'needToKnow',
          answerMode: null,
        },
        {
          id: 'q2',
          order: 1,
          number: 2,
          text: 'Did anything happen in our home?',
          category: 'places',
          priority: 'needToKnow',
          answerMode: null,
        },
      ],
    };
    await h.services.workbooks.save('disclosing', content);
    await h.services.workbooks.lockAll();

    await h.reload();
    await h.unlockViaUi('disclosing', PASSPHRASE);
    await openSection('The disclosure letter');
    const editor = h.page.getByRole('textbox', { name: 'Your disclosure letter' });
    expect(await editor.innerText()).toContain('Typed just before locking.');
    expect(await editor.innerText()).toContain('The most recent time was in January 2024.');
    await h.page.getByTestId('draft-2').waitFor();

    // Restoring draft 1 keeps the words typed since draft 2 as a new draft 3: nothing is lost.
    await h.page.getByRole('button', { name: 'Restore draft 1' }).click();
    await h.page.getByRole('button', { name: 'Yes, restore draft 1' }).click();
    await h.page.getByText('Draft 1 is back in the editor. What you had before is kept as draft 3.').waitFor();
    await h.page.getByTestId('draft-3').waitFor();
    await expect.poll(() => editor.innerText()).not.toContain('The most recent time was in January 2024.');
    await h.waitForSaved();
    const restored = saved().sections.letter;
    expect(restored.drafts.map((d) => d.number)).toEqual([1, 2, 3]);
    expect(JSON.stringify(restored.drafts[2]?.content)).toContain('Typed just before locking.');
    expect(restored.current).toEqual(restored.drafts[0]?.content);

    await openSection('Inventory');
    await expect.poll(() => h.page.getByTestId('total-money').innerText()).toBe('$1,200');
    await openSection('Timeline');
    expect(await h.page.getByTestId('timeline-list').locator('li').count()).toBe(3);
    await openSection('Lies and gaslighting');
    expect(await h.page.getByLabel('What I said or did (cover story 1)').inputValue()).toMatch(/working late/);
    await openSection('Polygraph questions');
    expect(await h.page.getByLabel('Question 1, to be answered yes or no').inputValue()).toBe(
      'Is your written disclosure complete and true?',
    );
    await openSection('Readiness and care');
    expect(await h.page.getByLabel('Date and place of the session').inputValue()).toBe('12 February, 10:00');

    await openSection('Answers to your partner’s questions');
    expect(await h.page.getByTestId('unanswered-count').innerText()).toMatch(/2 of 2/);
    await h.page.getByLabel('My answer to question 1').fill('It started in 2014.');
    await h.page.getByLabel('Answered in the letter, section (optional, question 2)').fill('Places');
    await expect.poll(() => h.page.getByTestId('unanswered-count').innerText()).toMatch(/All 2 questions/);
    await expectNoSeriousAxe('answers');
    await h.screenshot('disclosing-10-answers');
    await h.waitForSaved();
    expect(saved().sections.answers.answers['q1']?.text).toBe('It started in 2014.');

    // Progress marks: every section has been started.
    const started = await h.page.getByRole('navigation', { name: 'Sections' }).getByText('(started)').count();
    // The eight original sections, and After the disclosure (its day-of plan was written above).
    expect(started).toBe(9);
    await h.lockViaUi();
  });
});
