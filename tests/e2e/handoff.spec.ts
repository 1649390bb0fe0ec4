/**
 * The therapist hand-off in the real renderer against the real services. Each partner shares
 * from inside their own workbook (package + share code shown once; "Export my workbook"
 * password-protected by default), and the therapist combines the packages with their codes
 * on the home screen's third entry. Every reply the renderer receives in each workbook's flow
 * (unlock, edit, share, export) is recorded: sentinels placed in every field of the OTHER
 * workbook never appear in it. Sentinels of private sections are absent from every package
 * made with defaults, and no sentinel is in any file on disk that is not encrypted.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../electron/core/export/__fixtures__/docxReader';
import { decryptDocx } from '../../electron/core/export/encryptDocx';
import { openTherapistPackage } from '../../electron/core/exchange/therapistPackageFile';
import {
  PARTNER_PASSPHRASE,
  PASSPHRASE,
  lockViaUi,
  startHarness,
  submitUntilAccepted,
  unlockViaUi,
  waitForSaved,
  type Harness,
} from './harness';
import { findText, makeSentinels, type SentinelSet } from './securitySentinels';

let h: Harness;
let dir: string;
const picks = { open: '', save: '' };
/** Targets for the next save dialogs, in order (then `picks.save`). */
const saveQueue: string[] = [];
let phase: string[] = [];
let A: SentinelSet; // the disclosing workbook's sentinels
let B: SentinelSet; // the partner workbook's sentinels
const codes: Record<'disclosing' | 'partner', string> = { disclosing: '', partner: '' };
const DOC_PASSWORD = 'a calm document password';

/** Fields of sections that are private (off by default), and reflections that never travel. */
const PRIVATE_FIELD =
  /^(readiness|afterDisclosure|partner\.afterDisclosure|support|boundaries|safetyPlan|checkIns|impactLetter|partner\.polygraph|crisis|questions\.why|questions\.feeling)/;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-e2e-handoff-'));
  h = await startHarness({
    dialogs: {
      showOpenDialog: () => Promise.resolve(picks.open || null),
      showSaveDialog: () => Promise.resolve(saveQueue.shift() ?? (picks.save || null)),
    },
  });
  A = makeSentinels();
  B = makeSentinels();
  await h.services.workbooks.create('disclosing', 'Jordan', PASSPHRASE);
  await h.services.workbooks.save('disclosing', A.workbooks.disclosing);
  await h.services.workbooks.lock('disclosing');
  await h.services.workbooks.create('partner', 'Riley', PARTNER_PASSPHRASE);
  await h.services.workbooks.save('partner', B.workbooks.partner);
  await h.services.workbooks.lock('partner');
  await h.reload(); // the home screen lists the workbooks just made
  // Record every reply the page receives (the harness's bridge calls this very table).
  const table = h.services.handlers as unknown as Record<string, (input: unknown) => Promise<unknown>>;
  for (const [name, handler] of Object.entries(table)) {
    table[name] = async (input: unknown) => {
      try {
        const result = await handler(input);
        phase.push(`${name} ${JSON.stringify(result)}`);
        return result;
      } catch (error) {
        phase.push(`${name} ! ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      }
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

async function goToSection(name: RegExp) {
  await h.page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name }).click();
}

/** One workbook's whole flow: unlock, edit, share a package with defaults, export a protected document. */
async function shareFlow(role: 'disclosing' | 'partner') {
  const page = h.page;
  const own = role === 'disclosing' ? A : B;
  await unlockViaUi(h, role, role === 'disclosing' ? PASSPHRASE : PARTNER_PASSPHRASE);
  // Edit: a new line typed into the first text field of the first section with one.
  await goToSection(role === 'disclosing' ? /Timeline/ : /My questions/);
  const field = page.locator('#workbook-content').locator('textarea, input[type=text]').first();
  await field.fill(`${own.prefix}EDIT`);
  await waitForSaved(page);

  await goToSection(/Share with the therapist/);
  await page.getByRole('heading', { name: 'Share with the therapist', level: 2 }).waitFor();
  await page.getByTestId('share-outline').waitFor();
  await noSeriousAxe();
  await h.screenshot(`handoff-01-share-${role}`);
  if (role === 'disclosing') {
    // Only the chosen letter travels: the screen says so instead of counting the letter's drafts.
    const letterBox = page.locator('.export-sections .checkbox').filter({ hasText: 'The disclosure letter' });
    expect(await letterBox.innerText()).toContain('(one letter: as it is now, or one draft I choose)');
    expect(await letterBox.innerText()).not.toMatch(/\d+ drafts?\)/);
    await page.getByText('Only this one letter goes. My other drafts, and the notes on them, stay in my workbook.').waitFor();
  }
  // Private sections are off by default.
  const privateBoxes = page.locator('.export-sections .checkbox').filter({ hasText: 'Private' }).locator('input');
  expect(await privateBoxes.count()).toBeGreaterThan(0);
  for (const box of await privateBoxes.all()) expect(await box.isChecked()).toBe(false);

  picks.save = path.join(dir, `${role}-package`);
  await page.getByRole('button', { name: 'Save the package for the therapist…' }).click();
  const code = (await page.getByTestId('share-code').innerText()).trim();
  expect(code).toMatch(/^\d{4}-\d{4}-\d{4}-\d{4}$/);
  codes[role] = code;
  await noSeriousAxe();
  await h.screenshot(`handoff-02-code-${role}`);
  await page.getByRole('button', { name: 'I have noted the code' }).click();

  // Export my workbook: a password is asked for by default.
  await page.getByLabel('A Word document for my own therapist').check();
  const save = page.getByRole('button', { name: 'Save the document…' });
  expect(await save.isDisabled()).toBe(true);
  await page.getByLabel('Password for the document').fill(DOC_PASSWORD);
  await page.getByLabel('The same password again').fill(DOC_PASSWORD);
  picks.save = path.join(dir, `${role}-own.docx`);
  await h.screenshot(`handoff-03-export-${role}`);
  await save.click();
  await page.getByRole('status').filter({ hasText: 'protected with the password' }).waitFor();
  // The unprotected choice shows its warning before anything is written.
  await page.getByLabel('Save it without a password').check();
  await page.getByText('anyone who gets a copy of the file can read it').waitFor();
  await noSeriousAxe();
  await h.screenshot(`handoff-04-unprotected-warning-${role}`);
  await lockViaUi(page);
}

async function allFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('sharing from inside each workbook', () => {
  it('the disclosing workbook’s flow receives nothing of the partner workbook', async () => {
    phase = [];
    await shareFlow('disclosing');
    const replies = phase.join('\n');
    expect(replies).toContain('share:package');
    expect(replies).toContain(A.prefix); // its own content did come back (unlock), so the recording works
    expect(replies).not.toContain(B.prefix);
  });

  it('the partner workbook’s flow receives nothing of the disclosing workbook', async () => {
    phase = [];
    await shareFlow('partner');
    const replies = phase.join('\n');
    expect(replies).toContain('share:document');
    expect(replies).toContain(B.prefix);
    expect(replies).not.toContain(A.prefix);
  });

  it('refuses to share while the other workbook is open too', async () => {
    await h.services.workbooks.unlock('disclosing', { method: 'passphrase', value: PASSPHRASE });
    await h.services.workbooks.unlock('partner', { method: 'passphrase', value: PARTNER_PASSPHRASE });
    const table = h.services.handlers;
    await expect(table['share:outline']({ role: 'partner', sections: ['questions'], letter: 'current' })).rejects.toThrow(
      /other workbook is open/,
    );
    await h.services.workbooks.lockAll();
  });

  it('packages made with defaults hold no private section, and no unencrypted file holds any sentinel', async () => {
    for (const role of ['disclosing', 'partner'] as const) {
      const own = role === 'disclosing' ? A : B;
      const shared = await openTherapistPackage(
        h.services.vault,
        new Uint8Array(await readFile(path.join(dir, `${role}-package.dwbx`))),
        codes[role],
        role,
      );
      const text = JSON.stringify(shared);
      const found = [...own.fields].filter(([value]) => text.includes(value)).map(([, field]) => field);
      expect(found.length).toBeGreaterThan(0);
      expect(found.filter((f) => PRIVATE_FIELD.test(f))).toEqual([]);
      expect(text).not.toContain((role === 'disclosing' ? B : A).prefix);
    }
    const files = [...(await allFiles(h.dataDir)), ...(await allFiles(dir))];
    expect(files.some((f) => f.endsWith('.dwbx'))).toBe(true);
    for (const file of files) {
      const bytes = await readFile(file);
      expect({ file, found: [...findText(bytes, A.prefix), ...findText(bytes, B.prefix)] }).toEqual({ file, found: [] });
    }
    // The protected exports open with the password and hold only the owner's shared sections.
    const own = readDocx(await decryptDocx(await readFile(path.join(dir, 'partner-own.docx')), DOC_PASSWORD));
    const body = own.paragraphs.join('\n');
    expect(body).toContain(B.prefix);
    expect([...B.fields].filter(([v, f]) => body.includes(v) && PRIVATE_FIELD.test(f))).toEqual([]);
  });
});

describe('for therapists: the session document', () => {
  it('opens both packages with their codes (a wrong code waits calmly) and saves the document and reading copy', async () => {
    const page = h.page;
    phase = [];
    await page.getByRole('button', { name: 'For therapists: make the session document' }).click();
    await page.getByRole('heading', { name: 'Make the session document', level: 1 }).waitFor();
    const slot = (title: string) => page.locator('form.card').filter({ hasText: title });
    const disclosing = slot('The disclosing partner’s package');
    const partner = slot('The partner’s package');

    picks.open = path.join(dir, 'disclosing-package.dwbx');
    await disclosing.getByRole('button', { name: 'Choose the file…' }).click();
    await disclosing.getByText('Chosen: disclosing-package.dwbx').waitFor();
    await disclosing.getByLabel(/Share code/).fill('1111-2222-3333-4444');
    await disclosing.getByRole('button', { name: 'Open' }).click();
    await disclosing.getByRole('alert').filter({ hasText: 'does not open this package' }).waitFor();
    expect(await disclosing.getByRole('alert').innerText()).toMatch(/Please wait 1 second/);
    await h.screenshot('handoff-05-therapist-wrong-code');
    // The right code opens it once the pause is over (asked again until then).
    await disclosing.getByLabel(/Share code/).fill(codes.disclosing.replace(/-/g, ' '));
    await submitUntilAccepted(
      disclosing.getByRole('button', { name: 'Open' }),
      disclosing.getByRole('status'),
      disclosing.getByRole('alert').filter({ hasText: 'Please wait' }),
    );

    picks.open = path.join(dir, 'partner-package.dwbx');
    await partner.getByRole('button', { name: 'Choose the file…' }).click();
    await partner.getByLabel(/Share code/).fill(codes.partner);
    await partner.getByRole('button', { name: 'Open' }).click();
    await partner.getByRole('status').waitFor();
    // Times read as in the outline and the document: "30 November 2026 at 16:37".
    for (const opened of [disclosing, partner])
      expect(await opened.getByRole('status').innerText()).toMatch(/^Open\. Made \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}\.$/);
    await page.getByTestId('therapist-outline').waitFor();
    const outline = await page.getByTestId('therapist-outline').innerText();
    expect(outline).toMatch(/Questions/);
    await noSeriousAxe();
    await h.screenshot('handoff-06-therapist-outline');

    await page.getByLabel('Password for the document').fill(DOC_PASSWORD);
    await page.getByLabel('The same password again').fill(DOC_PASSWORD);
    saveQueue.push(path.join(dir, 'session.docx'), path.join(dir, 'reading.docx'));
    await page.getByRole('button', { name: 'Save the session document…' }).click();
    await page.getByRole('status').filter({ hasText: 'reading.docx' }).waitFor();
    await h.screenshot('handoff-07-therapist-saved');

    const doc = readDocx(await decryptDocx(await readFile(path.join(dir, 'session.docx')), DOC_PASSWORD)).paragraphs.join('\n');
    const copy = readDocx(await decryptDocx(await readFile(path.join(dir, 'reading.docx')), DOC_PASSWORD)).paragraphs.join('\n');
    const inDoc = (set: SentinelSet, text: string) => [...set.fields].filter(([v]) => text.includes(v)).map(([, f]) => f);
    expect(inDoc(A, doc)).toEqual(expect.arrayContaining(['letter.current', 'inventory.notes', 'answers.text']));
    expect(inDoc(B, doc)).toEqual(expect.arrayContaining(['questions.text']));
    expect([...inDoc(A, doc), ...inDoc(B, doc)].filter((f) => PRIVATE_FIELD.test(f))).toEqual([]);
    expect(inDoc(A, copy)).toContain('letter.current');
    // The therapist's screen received an outline and file names, no writing from either workbook.
    const replies = phase.join('\n');
    const leaked = [...A.fields, ...B.fields].filter(([v, f]) => replies.includes(v) && !/displayName$/.test(f));
    expect(leaked.map(([, f]) => f)).toEqual([]);
    await page.getByRole('button', { name: 'Back to the start' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
  });
  it('the partner saves "Questions for my therapist": every question, reflections only when ticked, protected by default', async () => {
    const page = h.page;
    await unlockViaUi(h, 'partner', PARTNER_PASSPHRASE);
    await goToSection(/Share with the therapist/);
    await page.getByRole('heading', { name: 'Share with the therapist', level: 2 }).waitFor();
    const outline = page.getByTestId('share-outline');
    await outline.filter({ hasText: 'Questions for the session' }).waitFor();
    await page.getByLabel('A readable list of all my questions for my own therapist').check();
    // A different document: its own outline, and the section choice (which does not apply to it) steps aside.
    await outline.filter({ hasText: 'My questions' }).waitFor();
    expect(await outline.innerText()).toMatch(/Questions for my therapist[\s\S]*My questions\s+\d+ questions?, every status$/);
    expect(await outline.innerText()).not.toContain('Questions for the session');
    expect(await page.locator('.export-sections').count()).toBe(0);
    // At the narrowest window the longer choices wrap; their radios keep their size.
    await page.setViewportSize({ width: 900, height: 620 });
    const radios = await page
      .locator('.share-section .dz-radio input')
      .evaluateAll((all) => all.map((r) => Math.round(r.getBoundingClientRect().width)));
    expect(radios).toEqual([18, 18, 18]);
    await h.screenshot('handoff-08a-partner-share-choices-900x620');
    await page.setViewportSize({ width: 1280, height: 800 });
    const save = page.getByRole('button', { name: 'Save my questions…' });
    expect(await save.isDisabled()).toBe(true); // a password first, by default
    const reflections = page.getByLabel('Include my reflections (why I want to know, how I might feel)');
    expect(await reflections.isChecked()).toBe(false);
    await page.getByLabel('Password for the document').fill(DOC_PASSWORD);
    await page.getByLabel('The same password again').fill(DOC_PASSWORD);
    await noSeriousAxe();
    await h.screenshot('handoff-08-partner-questions-for-my-therapist');
    const read = async (file: string) =>
      readDocx(await decryptDocx(await readFile(path.join(dir, file)), DOC_PASSWORD)).paragraphs.join('\n');
    const fields = (set: SentinelSet, text: string) => [...set.fields].filter(([v]) => text.includes(v)).map(([, f]) => f);

    picks.save = path.join(dir, 'my-questions.docx');
    await save.click();
    await page.getByRole('status').filter({ hasText: 'my-questions.docx' }).waitFor();
    const plain = await read('my-questions.docx');
    expect(plain).toContain('Questions for my therapist');
    expect(fields(B, plain)).toContain('questions.text');
    expect(fields(B, plain).filter((f) => /^questions\.(why|feeling)/.test(f))).toEqual([]);
    expect(fields(A, plain)).toEqual([]);

    await reflections.check();
    await outline.filter({ hasText: 'with my reflections' }).waitFor();
    picks.save = path.join(dir, 'my-questions-reflections.docx');
    await save.click();
    await page.getByRole('status').filter({ hasText: 'my-questions-reflections.docx' }).waitFor();
    const withReflections = await read('my-questions-reflections.docx');
    expect(fields(B, withReflections)).toEqual(expect.arrayContaining(['questions.text', 'questions.why']));
    expect(fields(A, withReflections)).toEqual([]);
    await noSeriousAxe();
    await h.screenshot('handoff-09-partner-questions-saved');
    await lockViaUi(page);
  });
});
