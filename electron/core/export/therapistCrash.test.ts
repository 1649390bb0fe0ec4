/**
 * The therapist's screen writes the session document with no workbook open. Saved without a
 * password (a deliberate choice), the document is plaintext in its temp file until the rename: a
 * crash in between must leave nothing readable after the next start of the app.
 */
import * as realFs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryPreferencesBackend } from '../preferencesService';
import { createAppServices, type AppServicesOptions } from '../services';
import type { StorageFs } from '../storage/atomicFile';
import { PASS } from '../testSupport';
import { TEST_KDF } from '../vault/vault';

let root = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dwb-therapist-crash-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const SENTINEL = 'SENTINEL-THERAPIST-LETTER';
const picks = { open: '', save: [] as string[] };

const start = (dataDir: string, extra: Partial<AppServicesOptions> = {}) =>
  createAppServices({
    dataDir,
    preferences: memoryPreferencesBackend(),
    appInfo: { version: 'test', platform: process.platform },
    kdf: TEST_KDF,
    crypto: 'this-thread',
    dialogs: {
      showOpenDialog: () => Promise.resolve(picks.open || null),
      showSaveDialog: () => Promise.resolve(picks.save.shift() ?? null),
    },
    ...extra,
  });

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

/** The session document is written and synced, then the process "dies": the rename never happens. */
const frozen: StorageFs = {
  ...realFs,
  rename: (from, to) => (String(from).includes('.docx.') ? new Promise<void>(() => undefined) : realFs.rename(from, to)),
};

/** A disclosing workbook's package (the letter holds the sentinel) and its share code, made through the real services. */
async function packageIn(app: Awaited<ReturnType<typeof start>>, folder: string): Promise<string> {
  const { content } = await app.workbooks.create('disclosing', 'Jordan', PASS);
  if (content.role !== 'disclosing') throw new Error('a disclosing workbook');
  content.sections.letter.current = {
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      children: [
        {
          type: 'paragraph',
          version: 1,
          format: '',
          indent: 0,
          direction: 'ltr',
          children: [{ type: 'text', version: 1, text: SENTINEL, format: 0, detail: 0, mode: 'normal', style: '' }],
        },
      ],
    },
  };
  await app.workbooks.save('disclosing', content);
  picks.save.push(path.join(folder, 'disclosure.dwbx'));
  const { code } = await app.share.writePackage({ role: 'disclosing', sections: ['letter'], letter: 'current' });
  await app.workbooks.lockAll(); // the therapist's screen needs no workbook
  picks.open = path.join(folder, 'disclosure.dwbx');
  await app.therapist.choose('disclosing');
  await app.therapist.open('disclosing', code);
  return code;
}

async function waitForTemp(folder: string, own: string): Promise<string> {
  let temps: string[] = [];
  for (let i = 0; i < 4000 && temps.length === 0; i++) {
    await new Promise((r) => setTimeout(r, 5));
    temps = (await readdir(folder)).filter((f) => f.endsWith('.tmp') && f !== path.basename(own));
  }
  expect(temps).toHaveLength(1);
  const temp = path.join(folder, temps[0]!);
  for (let i = 0; i < 4000 && (await stat(temp)).size < 4; i++) await new Promise((r) => setTimeout(r, 5));
  return temp;
}

describe('a crash while the therapist’s session document is written', () => {
  it('without a password: the plaintext temp file is gone after the next start, and its record too', async () => {
    const dataDir = path.join(root, 'data');
    const folder = path.join(root, 'Sessions');
    await realFs.mkdir(folder);
    const own = path.join(folder, 'notes.docx.0123456789abcdef.tmp'); // a name of the same form, not ours
    await realFs.writeFile(own, 'mine');
    const first = await start(dataDir, { exportFs: frozen });
    await packageIn(first, folder);
    picks.save.push(path.join(folder, 'session-document.docx'));
    void first.therapist.save('document', { pageSize: 'a4' }, null); // never finishes
    const temp = await waitForTemp(folder, own);
    expect((await readFile(temp)).subarray(0, 2).toString()).toBe('PK'); // a plaintext .docx (a zip)
    // Recorded by name only, in the app's own data folder, before the first byte was written.
    const record = await readFile(path.join(dataDir, 'pending-documents.json'), 'utf8');
    expect(JSON.parse(record)).toEqual([temp]);
    expect(record).not.toContain(SENTINEL);

    // The process is gone. The next start removes the temp file before anything else, then the record.
    await start(dataDir);
    expect(await exists(temp)).toBe(false);
    expect((await readdir(folder)).sort()).toEqual(['disclosure.dwbx', path.basename(own)]);
    expect(await exists(path.join(dataDir, 'pending-documents.json'))).toBe(false);
  });

  it('with a password the temp file is Office-encrypted and nothing is recorded; a finished save leaves no record', async () => {
    const dataDir = path.join(root, 'data2');
    const folder = path.join(root, 'Sessions2');
    await realFs.mkdir(folder);
    const first = await start(dataDir, { exportFs: frozen });
    await packageIn(first, folder);
    picks.save.push(path.join(folder, 'protected.docx'));
    void first.therapist.save('document', { pageSize: 'a4' }, 'a calm document password');
    let temp = '';
    for (let i = 0; i < 4000 && !temp; i++) {
      await new Promise((r) => setTimeout(r, 5));
      const found = (await readdir(folder)).find((f) => f.startsWith('protected.docx.') && f.endsWith('.tmp'));
      if (found) temp = path.join(folder, found);
    }
    for (let i = 0; i < 4000 && (await stat(temp)).size < 4; i++) await new Promise((r) => setTimeout(r, 5));
    // An encrypted Office file (a compound file), not a zip: nothing readable without the password.
    expect((await readFile(temp)).subarray(0, 4).toString('hex')).toBe('d0cf11e0');
    expect(await exists(path.join(dataDir, 'pending-documents.json'))).toBe(false);

    // Saved to the end without a password (another run of the app): no record stays.
    const dataDir3 = path.join(root, 'data3');
    const second = await start(dataDir3);
    await packageIn(second, folder);
    picks.save.push(path.join(folder, 'unprotected.docx'));
    await second.therapist.save('document', { pageSize: 'a4' }, null);
    expect((await readFile(path.join(folder, 'unprotected.docx'))).subarray(0, 2).toString()).toBe('PK');
    expect(await exists(path.join(dataDir3, 'pending-documents.json'))).toBe(false);
  });
});
