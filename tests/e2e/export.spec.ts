/**
 * The therapist export wizard in the real renderer against the real services: one workbook
 * from this computer and one from a file "from another computer", sections chosen by name
 * and count, outline preview, save; the renderer never receives either workbook's content.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../electron/core/export/__fixtures__/docxReader';
import { fixtureDisclosing, fixturePartner } from '../../shared/export/__fixtures__/workbooks';
import { PARTNER_PASSPHRASE, PASSPHRASE, startHarness, type Harness } from './harness';

let h: Harness;
let dir: string;
const picks = { open: '', save: '' };
const seen: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-e2e-export-'));
  h = await startHarness({
    dialogs: {
      showOpenDialog: () => Promise.resolve(picks.open || null),
      showSaveDialog: () => Promise.resolve(picks.save || null),
    },
  });
  // The partner's workbook lives on this computer.
  await h.services.workbooks.create('partner', 'Riley', PARTNER_PASSPHRASE);
  await h.services.workbooks.save('partner', fixturePartner());
  await h.services.workbooks.lock('partner');
  // The disclosure workbook comes as a file from another computer.
  const { session } = await h.services.vault.create('disclosing', PASSPHRASE);
  picks.open = path.join(dir, 'jordan.dwb');
  await writeFile(
    picks.open,
    await h.services.vault.seal(session, new TextEncoder().encode(JSON.stringify(fixtureDisclosing()))),
  );
  h.services.vault.close(session);
  picks.save = path.join(dir, 'session');
  // Record every answer the page receives from the main process (the harness's bridge calls this table).
  const table = h.services.handlers as unknown as Record<string, (input: unknown) => Promise<unknown>>;
  for (const [name, handler] of Object.entries(table)) {
    table[name] = async (input: unknown) => {
      const result = await handler(input);
      seen.push(JSON.stringify(result));
      return result;
    };
  }
});
afterAll(async () => {
  await h?.close();
  await rm(dir, { recursive: true, force: true });
});

async function noSeriousAxe() {
  const results = await new AxeBuilder({ page: h.page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('export for therapist', () => {
  it('opens both workbooks in turn, shows only section names and counts, previews the outline and saves', async () => {
    const page = h.page;
    await page.getByRole('button', { name: 'Export for therapist' }).click();
    await page.getByRole('heading', { name: 'Export for therapist', level: 1 }).waitFor();
    await page.getByLabel('One document from both workbooks').check();
    await h.screenshot('export-01-scope');
    await page.getByRole('button', { name: 'Continue' }).click();

    // The disclosure workbook, from a file.
    await page.getByRole('heading', { name: 'Open the disclosure workbook' }).waitFor();
    await page.getByLabel(/A workbook file from another computer/).check();
    await page.getByRole('button', { name: 'Choose the file…' }).click();
    await page.getByText('Chosen: jordan.dwb').waitFor();
    await page.getByLabel('Passphrase of the disclosure workbook').fill('not the passphrase');
    await page.getByRole('button', { name: 'Open for the export' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /passphrase/ })
      .waitFor();
    await page.getByLabel('Passphrase of the disclosure workbook').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Open for the export' }).click();

    // The partner workbook, on this computer.
    await page.getByRole('heading', { name: 'Open the partner workbook' }).waitFor();
    await h.screenshot('export-02-open-partner');
    await page.getByLabel('Passphrase of the partner workbook').fill(PARTNER_PASSPHRASE);
    await page.getByRole('button', { name: 'Open for the export' }).click();

    await page.getByRole('heading', { name: 'What goes into the document' }).waitFor();
    expect(await page.getByLabel(/^Questions for the session/).isChecked()).toBe(true);
    expect(await page.getByLabel(/^The disclosure letter/).isChecked()).toBe(true);
    expect(await page.getByLabel(/^Check-ins/).isChecked()).toBe(false);
    expect(await page.getByLabel(/^Boundaries/).isChecked()).toBe(false);
    await expect.poll(() => page.getByText('(3 questions ready)').count()).toBe(1);
    await page.getByLabel(/^Check-ins/).check();
    await noSeriousAxe();
    await h.screenshot('export-03-sections');
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.getByLabel('Therapist\u2019s name'.replace('\u2019', "'")).fill('Dr. Morgan Lee');
    await page.getByLabel('Your names or initials, as you would like them on the cover').fill('J. and R.');
    await page.getByLabel('Paper size').selectOption('letter');
    await page.getByRole('button', { name: 'Preview the outline' }).click();
    await page.getByRole('heading', { name: 'Outline of the document' }).waitFor();
    const outline = await page.locator('.export-outline').innerText();
    expect(outline).toContain('The disclosure letter');
    expect(outline).toContain('Check-ins');
    expect(outline).not.toContain('Boundaries');
    await noSeriousAxe();
    await h.screenshot('export-04-outline');

    await page.getByRole('button', { name: 'Save the document…' }).click();
    await page.getByRole('heading', { name: 'The document is saved' }).waitFor();
    expect(await page.locator('.notice').innerText()).toMatch(/not encrypted[\s\S]*secure portal/);
    await h.screenshot('export-05-saved');
    await noSeriousAxe();

    // The document holds the content; the renderer never saw any of it.
    const docx = readDocx(await readFile(`${picks.save}.docx`));
    const body = docx.paragraphs.join('\n');
    const content = [
      'When did it start?',
      'It started in March 2019.',
      'Hard day.',
      'Created the first dating profile.',
      'I am writing this to tell you the whole truth',
    ];
    for (const text of content) expect(body).toContain(text);
    expect(body).not.toContain('No contact with the people named.');
    expect(docx.documentXml).toMatch(/<w:pgSz w:w="12240"/);
    const received = seen.join('\n');
    expect(received).toContain('Questions for the session');
    for (const text of [...content, 'Private reason', 'dating app', 'Sam will drive me']) expect(received).not.toContain(text);
    // The workbooks opened for the export are closed again.
    await expect.poll(() => h.services.workbooks.isUnlocked('partner')).toBe(false);
    expect(h.services.exports.summary()).toEqual({ disclosing: null, partner: null });
  });
});

describe('the question hand-off', () => {
  it('the partner releases ready questions with a code; the disclosing partner imports them with it', async () => {
    const page = h.page;
    const { unlockViaUi, createWorkbookViaUi, lockViaUi, waitForSaved } = await import('./harness');
    await page.getByRole('button', { name: 'Back to the start' }).click();
    await unlockViaUi(h, 'partner', PARTNER_PASSPHRASE);
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: /My questions/ })
      .click();
    await page.getByText('3 questions are marked ready.').waitFor();
    picks.save = path.join(dir, 'questions');
    await page.getByRole('button', { name: 'Release questions…' }).click();
    const code = (await page.locator('.release-code').innerText()).trim();
    expect(code).toMatch(/^\d{4}-\d{4}-\d{4}-\d{4}$/);
    await noSeriousAxe();
    await h.screenshot('exchange-01-released');
    await lockViaUi(page);

    await createWorkbookViaUi(h, 'disclosing', 'Jordan', 'a different long passphrase here');
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
    await page.getByRole('button', { name: 'Import questions' }).click();
    await page.getByText('3 questions imported').waitFor();
    await page.getByLabel('My answer to question 1').fill('No. I never brought anyone to our home.');
    await waitForSaved(page);
    const answers = h.services.workbooks.content('disclosing');
    expect(answers.role === 'disclosing' && answers.sections.answers.packet?.questions.map((q) => q.text)).toEqual([
      'Did you ever bring anyone to our home?',
      'How much money was spent in total?',
      'When did it start?',
    ]);
    await noSeriousAxe();
    await h.screenshot('exchange-02-imported');
  });
});
