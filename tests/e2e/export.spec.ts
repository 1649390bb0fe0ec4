/**
 * The question hand-off in the real renderer against the real services: the partner releases
 * the ready questions with a code; the disclosing partner imports them with it. (Sharing with
 * the therapist and the therapist's session document: handoff.spec.ts.)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePartner } from '../../shared/export/__fixtures__/workbooks';
import { openWorkbook, submitUntilAccepted, useHarness } from './harness';

let dir: string;
const picks = { open: '', save: '' };

const h = useHarness(
  {
    dialogs: {
      showOpenDialog: () => Promise.resolve(picks.open || null),
      showSaveDialog: () => Promise.resolve(picks.save || null),
    },
  },
  async (h) => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-e2e-export-'));
    // The partner's workbook lives on this computer.
    await openWorkbook(h, 'partner', { name: 'Riley', content: fixturePartner() });
    await h.reload(); // the home screen lists the workbook just made
  },
);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the question hand-off', () => {
  it('the partner releases ready questions with a code; the disclosing partner imports them with it', async () => {
    const page = h.page;
    await h.unlockViaUi('partner');
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: /My questions/ })
      .click();
    await page.getByText('3 questions are marked ready.').waitFor();
    picks.save = path.join(dir, 'questions');
    await page.getByRole('button', { name: 'Release questions…' }).click();
    const code = (await page.locator('.release-code').innerText()).trim();
    expect(code).toMatch(/^\d{4}-\d{4}-\d{4}-\d{4}$/);
    await h.expectAccessible('released');
    await h.screenshot('exchange-01-released');
    await h.lockViaUi();

    await h.createWorkbookViaUi('disclosing', 'Jordan', 'a different long passphrase here');
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: /Answers/ })
      .click();
    picks.open = path.join(dir, 'questions.dwbq');
    await page.getByRole('button', { name: 'Choose the packet file…' }).click();
    await page.getByText('Chosen: questions.dwbq').waitFor();
    await page.getByLabel('Release code').fill('0000-0000-0000-0000');
    await page.getByRole('button', { name: 'Import questions' }).click();
    await page.getByRole('alert').filter({ hasText: 'release code does not open' }).waitFor();
    await page.getByLabel('Release code').fill(code.replace(/-/g, ' '));
    // The wrong code started the growing pause (1 s): a try within it is refused with
    // "Please wait", so try again until the import is accepted (a count, not a clock).
    const imported = page.getByText('3 questions imported');
    await submitUntilAccepted(
      page.getByRole('button', { name: 'Import questions' }),
      imported,
      page.getByRole('alert').filter({ hasText: 'Please wait' }),
    );
    await page.getByLabel('My answer to question 1').fill('No. I never brought anyone to our home.');
    await h.waitForSaved();
    const answers = h.services.workbooks.content('disclosing');
    expect(answers.role === 'disclosing' && answers.sections.answers.packet?.questions.map((q) => q.text)).toEqual([
      'Did you ever bring anyone to our home?',
      'How much money was spent in total?',
      'When did it start?',
    ]);
    await h.expectAccessible('imported');
    await h.screenshot('exchange-02-imported');
  });
});
