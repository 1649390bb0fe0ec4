import * as realFs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShareChoice } from './exchange/shareService';
import { memoryPreferencesBackend } from './preferencesService';
import { createAppServices, type AppServicesOptions } from './services';
import type { StorageFs } from './storage/atomicFile';
import { PASS } from './testSupport';
import { TEST_KDF } from './vault/vault';

let root = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dwb-export-crash-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const start = (dataDir: string, exportDir: string, extra: Partial<AppServicesOptions> = {}) =>
  createAppServices({
    dataDir,
    preferences: memoryPreferencesBackend(),
    appInfo: { version: 'test', platform: process.platform },
    kdf: TEST_KDF,
    dialogs: {
      showOpenDialog: () => Promise.resolve(null),
      showSaveDialog: () => Promise.resolve(path.join(exportDir, 'for-the-therapist.docx')),
    },
    ...extra,
  });

const choice: ShareChoice & { pageSize: 'a4' } = {
  role: 'partner',
  sections: ['boundaries'],
  letter: 'current',
  pageSize: 'a4',
};

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

describe('a crash in the middle of an export', () => {
  it('leaves no plaintext temp file after the next start and unlock', async () => {
    const dataDir = path.join(root, 'data');
    const exportDir = path.join(root, 'chosen folder');
    await realFs.mkdir(exportDir);
    // The document is written, synced, and then the process "dies": the rename never happens.
    const frozen: StorageFs = {
      ...realFs,
      rename: (from, to) => (String(from).includes('.docx.') ? new Promise<void>(() => undefined) : realFs.rename(from, to)),
    };
    const first = await start(dataDir, exportDir, { exportFs: frozen });
    const { content } = await first.workbooks.create('partner', 'SENTINEL-EXPORT-NAME', PASS);
    if (content.role !== 'partner') throw new Error('a partner workbook');
    content.sections.boundaries.items.push({
      id: 'b1',
      need: 'SENTINEL-EXPORT-NEED',
      ifNotRespected: '',
      discussWithTherapist: true,
    });
    await first.workbooks.save('partner', content);
    // "Export my workbook" without a password (a deliberate choice): the temp file is plaintext.
    void first.share.writeDocument({ ...choice, password: null }); // never finishes
    let leftovers: string[] = [];
    for (let i = 0; i < 2000 && leftovers.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 5));
      leftovers = (await readdir(exportDir)).filter((f) => f.endsWith('.tmp'));
    }
    expect(leftovers).toHaveLength(1);
    const temp = path.join(exportDir, leftovers[0]!);
    // A real plaintext .docx (a zip) of the full size, left in the chosen folder.
    for (let i = 0; i < 2000 && (await stat(temp)).size === 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect((await readFile(temp)).subarray(0, 2).toString()).toBe('PK');
    // The note names it only encrypted.
    const note = await readFile(path.join(dataDir, 'workbooks', 'partner.pending-exports.dwbn'));
    expect(note.toString('latin1')).not.toMatch(/therapist|chosen folder|\.tmp|docx/);

    // The process is gone: its lock file stays behind (taken over at start as stale in real life).
    await rm(path.join(dataDir, 'workbooks', 'partner.lock'));
    const second = await start(dataDir, exportDir);
    expect(await exists(temp)).toBe(true); // nothing can know it before the workbook is unlocked
    await second.workbooks.unlock('partner', { method: 'passphrase', value: PASS });
    expect(await exists(temp)).toBe(false);
    expect(await readdir(exportDir)).toEqual([]);
    expect(await exists(path.join(dataDir, 'workbooks', 'partner.pending-exports.dwbn'))).toBe(false);
    await second.workbooks.lockAll();
  });

  it('a finished export leaves no note, and a person’s own .tmp file is never touched', async () => {
    const dataDir = path.join(root, 'data2');
    const exportDir = path.join(root, 'chosen2');
    await realFs.mkdir(exportDir);
    const own = path.join(exportDir, 'notes.docx.0123456789abcdef.tmp');
    await realFs.writeFile(own, 'mine');
    const app = await start(dataDir, exportDir);
    await app.workbooks.create('partner', 'P', PASS);
    await app.share.writeDocument({ ...choice, password: null });
    expect((await readdir(exportDir)).sort()).toEqual(['for-the-therapist.docx', 'notes.docx.0123456789abcdef.tmp']);
    expect(await exists(path.join(dataDir, 'workbooks', 'partner.pending-exports.dwbn'))).toBe(false);
    await app.workbooks.lockAll();
    await app.workbooks.unlock('partner', { method: 'passphrase', value: PASS });
    expect(await exists(own)).toBe(true);
    await app.workbooks.lockAll();
  });
});
