import { chmod, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryPreferencesBackend } from '../preferencesService';
import { createAppServices } from '../services';
import { TEST_KDF } from '../vault/vault';

let root = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dwb-datafolder-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const start = (dataDir: string) =>
  createAppServices({
    dataDir,
    preferences: memoryPreferencesBackend(),
    appInfo: { version: 'test', platform: process.platform },
    kdf: TEST_KDF,
  });
const modeOf = async (p: string) => (await stat(p)).mode & 0o777;

describe.skipIf(process.platform === 'win32')('the app data folder (POSIX)', () => {
  it('is created 0700, and so is the workbooks folder when the first workbook is made', async () => {
    const dataDir = path.join(root, 'new', 'Disclosure Workbook');
    const app = await start(dataDir);
    expect(await modeOf(dataDir)).toBe(0o700);
    await app.workbooks.create('partner', 'P', 'correct horse battery staple');
    await app.workbooks.lockAll();
    expect(await modeOf(path.join(dataDir, 'workbooks'))).toBe(0o700);
  });

  it('an existing 0755 folder (and its workbooks and backups folders) is tightened to 0700 at start', async () => {
    const dataDir = path.join(root, 'old');
    const backups = path.join(dataDir, 'workbooks', 'backups');
    await mkdir(backups, { recursive: true });
    for (const folder of [dataDir, path.join(dataDir, 'workbooks'), backups]) await chmod(folder, 0o755);
    expect(await modeOf(dataDir)).toBe(0o755);
    await start(dataDir);
    for (const folder of [dataDir, path.join(dataDir, 'workbooks'), backups]) expect(await modeOf(folder)).toBe(0o700);
  });

  it('leaves other folders alone: the parent of the data folder keeps its mode', async () => {
    const parent = path.join(root, 'parent');
    await mkdir(parent);
    await chmod(parent, 0o755);
    await start(path.join(parent, 'data'));
    expect(await modeOf(parent)).toBe(0o755);
  });
});
