import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../core/export/__fixtures__/docxReader';
import { decryptDocx, isEncryptedDocx } from '../core/export/encryptDocx';
import { INVENTORY_CATEGORY_LABELS } from '../../shared/guidance/inventory';
import { INVENTORY_CATEGORY_IDS } from '../../shared/workbook/categories';
import { makeSentinels } from '../../tests/e2e/securitySentinels';
import { loadSodium } from '../core/vault/sodium';
import { createVault, TEST_KDF } from '../core/vault/vault';
import { runCli } from './main';
import { runWithStreams } from './testSupport';
import { createThrottle } from '../core/throttle';
import { pendingDocuments, type PendingDocuments } from '../core/export/pendingDocuments';

const testVault = createVault(await loadSodium(), { kdf: TEST_KDF });
let dir = '';
const sentinels = makeSentinels();
const privateOf = (role: string, sections: string[]) =>
  [...sentinels.fields].filter(([, f]) => sections.some((s) => f.startsWith(s))).map(([v]) => v);

/** The command's record of plaintext temp files, kept in the test folder (never the real data folder). */
let pending: PendingDocuments = pendingDocuments(path.join(os.tmpdir(), 'dwb-cli-handoff-unset.json'));
function cli(args: string[], stdin = '') {
  return runWithStreams((io) => runCli(args, io, { vault: testVault, throttle: createThrottle(), pending }), stdin);
}
const f = (name: string) => path.join(dir, name);
const lastCode = (out: string) => /Share code: (\d{4}-\d{4}-\d{4}-\d{4})\n$/.exec(out)?.[1] ?? '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-cli-handoff-'));
  pending = pendingDocuments(path.join(dir, 'data', 'pending-documents-cli.json'));
  for (const role of ['disclosing', 'partner'] as const) {
    expect((await cli(['create', '--role', role, '--out', f(`${role}.dwb`)], `${role} passphrase ok\n`)).code).toBe(0);
    const json = f(`${role}.json`);
    await writeFile(json, JSON.stringify(sentinels.workbooks[role]));
    expect((await cli(['load', f(`${role}.dwb`), '--from', json], `${role} passphrase ok\n`)).code).toBe(0);
    await rm(json);
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('workbook package / combine / export', () => {
  it('each partner packages only their own chosen sections; the therapist combines them into a protected document and reading copy', async () => {
    const d = await cli(['package', f('disclosing.dwb'), '--out', f('d.dwbx')], 'disclosing passphrase ok\n');
    expect(d.code).toBe(0);
    const dCode = lastCode(d.out);
    expect(dCode).not.toBe('');
    const p = await cli(['package', f('partner.dwb'), '--out', f('p.dwbx')], 'partner passphrase ok\n');
    const pCode = lastCode(p.out);
    // Nothing readable in either package.
    for (const file of ['d.dwbx', 'p.dwbx']) expect((await readFile(f(file))).includes(sentinels.prefix)).toBe(false);

    const combined = await cli(
      [
        'combine',
        '--disclosing',
        f('d.dwbx'),
        '--partner',
        f('p.dwbx'),
        '--out',
        f('doc.docx'),
        '--reading-copy',
        f('copy.docx'),
      ],
      `${dCode}\n${pCode}\ndocument password\n`,
    );
    expect(combined.code, combined.err).toBe(0);
    for (const file of ['doc.docx', 'copy.docx']) {
      const bytes = await readFile(f(file));
      expect(isEncryptedDocx(bytes)).toBe(true);
      expect(bytes.includes(sentinels.prefix)).toBe(false);
    }
    const doc = readDocx(await decryptDocx(await readFile(f('doc.docx')), 'document password'));
    const text = doc.paragraphs.join('\n');
    expect(text).toContain('At a glance');
    expect(text).toMatch(/Unprotected contact: /);
    // Private sections of both workbooks (not chosen by default) are absent.
    for (const v of privateOf('disclosing', ['readiness', 'beforeYouBegin'])) expect(doc.documentXml).not.toContain(v);
    for (const v of privateOf('partner', [
      'support',
      'boundaries',
      'safetyPlan',
      'checkIns',
      'impactLetter',
      'crisis',
      'questions.why',
      'questions.feeling',
    ]))
      expect(doc.documentXml).not.toContain(v);
    // The inventory lists all ten categories.
    for (const id of INVENTORY_CATEGORY_IDS) expect(text).toContain(INVENTORY_CATEGORY_LABELS[id]);
    const copy = readDocx(await decryptDocx(await readFile(f('copy.docx')), 'document password'));
    expect(copy.paragraphs.join('\n')).toMatch(/The letter[\s\S]*Question 1/);
  });

  it('refuses a blank password, a wrong code, a package in the wrong slot, an unknown section and the old two-workbook export', async () => {
    const d = await cli(
      ['package', f('disclosing.dwb'), '--out', f('d2.dwbx'), '--sections', 'letter,inventory', '--letter', 'current'],
      'disclosing passphrase ok\n',
    );
    const code = lastCode(d.out);
    expect((await cli(['combine', '--disclosing', f('d2.dwbx'), '--out', f('x.docx')], `${code}\n\n`)).code).toBe(2);
    const wrong = await cli(
      ['combine', '--disclosing', f('d2.dwbx'), '--out', f('x.docx'), '--no-password'],
      '0000-0000-0000-0000\n',
    );
    expect(wrong).toMatchObject({ code: 1 });
    expect(wrong.err).toMatch(/share code does not open/);
    const slot = await cli(['combine', '--partner', f('d2.dwbx'), '--out', f('x.docx'), '--no-password'], `${code}\n`);
    expect(slot.code).toBe(1);
    expect(slot.err).toMatch(/belongs in the other place/);
    expect(
      (await cli(['package', f('disclosing.dwb'), '--out', f('x.dwbx'), '--sections', 'questions'], 'disclosing passphrase ok\n'))
        .code,
    ).toBe(2);
    const old = await cli(['export', '--disclosing', f('disclosing.dwb'), '--out', f('x.docx')]);
    expect(old.code).toBe(2);
    expect(old.err).toMatch(/workbook package.*workbook combine/);
    await expect(readFile(f('x.docx'))).rejects.toThrow();
  });

  it('exports one’s own workbook protected by default; a blank password writes nothing', async () => {
    expect((await cli(['export', f('partner.dwb'), '--out', f('own.docx')], 'partner passphrase ok\n\n')).code).toBe(2);
    await expect(readFile(f('own.docx'))).rejects.toThrow();
    const ok = await cli(['export', f('partner.dwb'), '--out', f('own.docx'), '--all'], 'partner passphrase ok\nmy password\n');
    expect(ok.code, ok.err).toBe(0);
    const own = readDocx(await decryptDocx(await readFile(f('own.docx')), 'my password'));
    expect(own.documentXml).toContain(sentinels.prefix); // --all: the private sections are in, as chosen
    // One's own export is not a session document: no "package" wording, and only what helps at a glance.
    const text = own.paragraphs.join('\n');
    expect(text).toContain('Made from this workbook on');
    expect(text).not.toMatch(/package was made|Not shared|was not shared|Scope of the disclosure|Neither the letter/);
    expect(text).toMatch(/\d+ questions? (is|are) ready for the session, in the partner’s own order\./);
  });

  it('records the temp file of a document without a password before its first byte; a killed run leaves nothing readable after the next run', async () => {
    const record = path.join(dir, 'data', 'pending-documents-cli.json');
    const d = await cli(
      ['package', f('disclosing.dwb'), '--out', f('rec.dwbx'), '--sections', 'letter', '--letter', 'current'],
      'disclosing passphrase ok\n',
    );
    const code = lastCode(d.out);
    // Watch the record: when the command notes a temp file, the file does not exist yet and the record names it.
    const seen: { temp: string; existedBefore: boolean; recorded: unknown }[] = [];
    const real = pending;
    pending = {
      cleanUp: () => real.cleanUp(),
      async note(temp) {
        const existedBefore = await readFile(temp).then(
          () => true,
          () => false,
        );
        const done = await real.note(temp);
        seen.push({ temp, existedBefore, recorded: JSON.parse(await readFile(record, 'utf8')) });
        return done;
      },
    };
    try {
      const out = f('plain.docx');
      const copy = f('plain-copy.docx');
      const ok = await cli(
        ['combine', '--disclosing', f('rec.dwbx'), '--out', out, '--reading-copy', copy, '--no-password'],
        `${code}\n`,
      );
      expect(ok.code, ok.err).toBe(0);
      expect(seen.map((s) => path.dirname(s.temp))).toEqual([dir, dir]);
      expect(seen.map((s) => path.basename(s.temp).startsWith('plain'))).toEqual([true, true]);
      expect(seen.every((s) => !s.existedBefore && JSON.stringify(s.recorded) === JSON.stringify([s.temp]))).toBe(true);
      await expect(readFile(record)).rejects.toThrow(); // cleared once written
      // A protected document is encrypted in its temp file too: nothing is recorded.
      seen.length = 0;
      expect(
        (await cli(['combine', '--disclosing', f('rec.dwbx'), '--out', f('locked.docx')], `${code}\nmy password\n`)).code,
      ).toBe(0);
      expect(seen).toEqual([]);
    } finally {
      pending = real;
    }
    // A run killed between the temp file and the rename: the temp (plaintext) and the record stay behind.
    const left = `${f('killed.docx')}.0123456789abcdef.tmp`;
    await writeFile(left, 'SENTINEL-PLAINTEXT-DOCUMENT');
    const mine = f('my-own-notes.docx.tmp'); // not of the atomic writer's form: never touched
    await writeFile(mine, 'mine');
    await writeFile(record, JSON.stringify([left, mine]));
    const next = await cli(['combine']); // any run of a command, even one given wrong arguments, cleans first
    expect(next.code).toBe(2);
    await expect(readFile(left)).rejects.toThrow();
    await expect(readFile(record)).rejects.toThrow();
    expect(await readFile(mine, 'utf8')).toBe('mine');
  });
});
