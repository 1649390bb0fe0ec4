import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestServices, PASS } from './testSupport';
import { writeFormatOneFolder } from './vault/__fixtures__/formatOne';
import { loadSodium, type Sodium } from './vault/sodium';
import { createVault, TEST_KDF } from './vault/vault';
import { createWorkbookService } from './workbookService';

/**
 * Format 2 in the service: a passphrase change and a new recovery key re-key the whole folder;
 * backups open only for a damaged, missing or older workbook file and only with the current
 * secret; an older copy in place of the workbook is noticed.
 */
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const OLD = { method: 'passphrase', value: PASS } as const;
const NEW_PASS = 'a different long passphrase';
const NEW = { method: 'passphrase', value: NEW_PASS } as const;

async function setup() {
  const env = await makeTestServices();
  cleanups.push(env.cleanup);
  // Count real key derivations: the vault gets a libsodium whose Argon2id is counted.
  let derivations = 0;
  const sodium = await loadSodium();
  const counted = {
    ...sodium,
    crypto_pwhash: ((...args: Parameters<Sodium['crypto_pwhash']>) => {
      derivations++;
      return sodium.crypto_pwhash(...args);
    }) as Sodium['crypto_pwhash'],
  };
  const workbooks = createWorkbookService({ vault: createVault(counted, { kdf: TEST_KDF }), files: env.files });
  const dir = path.join(env.dataDir, 'workbooks');
  const folderFiles = async () => [env.files.mainPath('partner'), ...(await env.files.listBackups('partner'))];
  return { ...env, workbooks, dir, folderFiles, derivations: () => derivations };
}

async function saveVersions(workbooks: Awaited<ReturnType<typeof setup>>['workbooks'], count: number, tag = 'v') {
  for (let i = 1; i <= count; i++) {
    const content = workbooks.content('partner');
    await workbooks.save('partner', { ...content, displayName: `${tag}${i}` });
    // In the main file (with a backup of the one before), as a pause in typing puts it.
    await workbooks.saveMainFile('partner');
  }
}

describe('a passphrase change re-keys the whole folder', () => {
  it('afterwards the old passphrase opens no file in the folder; the new one and the recovery key open all', async () => {
    const { workbooks, vault, files, folderFiles } = await setup();
    const { recoveryKey } = await workbooks.create('partner', 'v0', PASS);
    await saveVersions(workbooks, 4);
    expect(await folderFiles()).toHaveLength(5);
    const result = await workbooks.changePassphrase('partner', PASS, NEW_PASS);
    expect(result.recoveryKey).toBeNull();
    for (const file of await folderFiles()) {
      const bytes = await files.readFile(file);
      await expect(vault.open(bytes, OLD), file).rejects.toThrow(/did not open/);
      await vault.open(bytes, NEW);
      await vault.open(bytes, { method: 'recoveryKey', value: recoveryKey });
    }
    // The open workbook keeps saving under the new key.
    await saveVersions(workbooks, 1, 'after');
    await workbooks.lockAll();
    await expect(workbooks.unlock('partner', OLD)).rejects.toMatchObject({ info: { code: 'wrong-secret' } });
    await new Promise((r) => setTimeout(r, 1100));
    expect((await workbooks.unlock('partner', NEW)).content.displayName).toBe('after1');
    await workbooks.lockAll();
  });

  it('a new recovery key: the old key opens no file in the folder', async () => {
    const { workbooks, vault, files, folderFiles } = await setup();
    const { recoveryKey } = await workbooks.create('partner', 'v0', PASS);
    await saveVersions(workbooks, 2);
    await expect(workbooks.replaceRecoveryKey('partner', 'not my passphrase')).rejects.toMatchObject({
      info: { code: 'wrong-secret' },
    });
    await new Promise((r) => setTimeout(r, 1100));
    const { recoveryKey: fresh } = await workbooks.replaceRecoveryKey('partner', PASS);
    expect(fresh).not.toBe(recoveryKey);
    for (const file of await folderFiles()) {
      const bytes = await files.readFile(file);
      await expect(vault.open(bytes, { method: 'recoveryKey', value: recoveryKey })).rejects.toThrow(/did not open/);
      await vault.open(bytes, { method: 'recoveryKey', value: fresh });
      await vault.open(bytes, OLD);
    }
    await workbooks.lockAll();
  });
});

describe('backups open only for a damaged, missing or older workbook file', () => {
  it('renaming the workbook and opening a backup with the old passphrase gets nothing; the owner’s file is never set aside', async () => {
    const { workbooks, files, dir } = await setup();
    await workbooks.create('partner', 'v0', PASS);
    await saveVersions(workbooks, 3);
    await workbooks.changePassphrase('partner', PASS, NEW_PASS);
    await workbooks.lockAll();
    const main = files.mainPath('partner');
    const kept = path.join(dir, 'kept.bin');
    await rename(main, kept);
    await expect(workbooks.openBackup('partner', OLD)).rejects.toMatchObject({ info: { code: 'wrong-secret' } });
    await rename(kept, main);
    // A byte flipped in the workbook: still nothing with the old passphrase.
    const bytes = await readFile(main);
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 40]! ^= 1;
    await writeFile(main, flipped);
    await new Promise((r) => setTimeout(r, 2100));
    await expect(workbooks.openBackup('partner', OLD)).rejects.toMatchObject({ info: { code: 'wrong-secret' } });
    await writeFile(main, bytes);
    expect((await readdir(dir)).filter((n) => n.includes('damaged'))).toEqual([]);
  });

  it('an intact, current workbook file opens itself through openBackup and is never marked damaged', async () => {
    const { workbooks, dir, derivations } = await setup();
    await workbooks.create('partner', 'v0', PASS);
    await saveVersions(workbooks, 3);
    await workbooks.lockAll();
    const before = derivations();
    const opened = await workbooks.openBackup('partner', OLD);
    expect(opened.openedFromBackup).toBe(false);
    expect(opened.content.displayName).toBe('v3');
    expect(derivations() - before).toBe(1);
    await saveVersions(workbooks, 1, 'later');
    await workbooks.lockAll();
    expect((await readdir(dir)).filter((n) => n.includes('damaged') || n.includes('older'))).toEqual([]);
  });

  it('a damaged workbook file: one key derivation, the newest backup that opens, the owner told why', async () => {
    const { workbooks, files, dir, derivations } = await setup();
    await workbooks.create('partner', 'v0', PASS);
    await saveVersions(workbooks, 4);
    await workbooks.lockAll();
    const main = files.mainPath('partner');
    // Content changed and the checksum recomputed: the structure is whole, the key derives, the content fails.
    const bytes = Buffer.from(await readFile(main));
    bytes[bytes.length - 40]! ^= 1;
    const sodium = await loadSodium();
    bytes.set(sodium.crypto_generichash(32, bytes.subarray(0, bytes.length - 32), null), bytes.length - 32);
    await writeFile(main, bytes);
    const before = derivations();
    // A wrong passphrase costs one derivation too, not one per backup.
    await expect(workbooks.openBackup('partner', { method: 'passphrase', value: 'wrong passphrase' })).rejects.toMatchObject({
      info: { code: 'wrong-secret' },
    });
    expect(derivations() - before).toBe(1);
    await new Promise((r) => setTimeout(r, 1100));
    const opened = await workbooks.openBackup('partner', OLD);
    expect(derivations() - before).toBe(2);
    expect(opened).toMatchObject({ openedFromBackup: true, restoredBecause: 'damaged' });
    expect(opened.content.displayName).toBe('v3');
    await saveVersions(workbooks, 1, 'restored');
    await workbooks.lockAll();
    expect((await readdir(dir)).filter((n) => n.includes('damaged'))).toHaveLength(1);
    expect((await workbooks.unlock('partner', OLD)).content.displayName).toBe('restored1');
    await workbooks.lockAll();
  });

  it('a missing workbook file: the newest backup, with one derivation', async () => {
    const { workbooks, files, derivations } = await setup();
    await workbooks.create('partner', 'v0', PASS);
    await saveVersions(workbooks, 4);
    await workbooks.lockAll();
    await rename(files.mainPath('partner'), path.join(files.dir, 'elsewhere.bin'));
    const before = derivations();
    const opened = await workbooks.openBackup('partner', OLD);
    expect(derivations() - before).toBe(1);
    expect(opened).toMatchObject({ openedFromBackup: true, restoredBecause: 'missing' });
    expect(opened.content.displayName).toBe('v3');
    await workbooks.lockAll();
  });
});

describe('the rollback notice', () => {
  it('an older copy put in place of the workbook is noticed, the backups are offered, and a restore resets the memory', async () => {
    const { workbooks, files, dir } = await setup();
    await workbooks.create('partner', 'v0', PASS);
    await saveVersions(workbooks, 2);
    const older = await readFile(files.mainPath('partner'));
    await saveVersions(workbooks, 3, 'newer');
    await workbooks.lockAll();
    await writeFile(files.mainPath('partner'), older);

    const unlocked = await workbooks.unlock('partner', OLD);
    expect(unlocked).toMatchObject({ olderCopy: true, openedFromBackup: false });
    expect(unlocked.backupsAvailable).toBeGreaterThan(0);
    expect(unlocked.content.displayName).toBe('v2');
    // The person chooses the backups: the newest one, newer than the copy, opens.
    const restored = await workbooks.openBackup('partner', OLD);
    expect(restored).toMatchObject({ openedFromBackup: true, restoredBecause: 'older' });
    expect(restored.content.displayName).toBe('newer2');
    await saveVersions(workbooks, 1, 'after');
    await workbooks.lockAll();
    expect((await readdir(dir)).filter((n) => n.includes('.older-'))).toHaveLength(1);
    // No notice any more: the restore reset what this computer remembers.
    const again = await workbooks.unlock('partner', OLD);
    expect(again.olderCopy).toBeUndefined();
    expect(again.content.displayName).toBe('after1');
    await workbooks.lockAll();
  });

  it('remembers counts across restarts in a file beside the preferences (ids and numbers only)', async () => {
    const first = await makeTestServices();
    cleanups.push(first.cleanup);
    await first.workbooks.create('partner', 'SENTINEL-NAME', PASS);
    await first.workbooks.save('partner', { ...first.workbooks.content('partner'), displayName: 'SENTINEL-NAME 2' });
    await first.workbooks.saveMainFile('partner');
    const older = await readFile(first.files.mainPath('partner'));
    await first.workbooks.save('partner', { ...first.workbooks.content('partner'), displayName: 'SENTINEL-NAME 3' });
    await first.workbooks.lockAll();
    const stored = await readFile(path.join(first.dataDir, 'save-counters.json'), 'utf8');
    // Created (1), a typing save (2), the main file (3), a typing save (4), the main file at lock (5).
    expect(stored).toMatch(/^\{"[0-9a-f]{32}":5\}$/);
    await writeFile(first.files.mainPath('partner'), older);
    // A new start of the app (new services, same data folder).
    const { createAppServices } = await import('./services');
    const { memoryPreferencesBackend } = await import('./preferencesService');
    const { TEST_KDF } = await import('./vault/vault');
    const second = await createAppServices({
      dataDir: first.dataDir,
      preferences: memoryPreferencesBackend(),
      appInfo: { version: 'test', platform: process.platform },
      kdf: TEST_KDF,
    });
    expect((await second.workbooks.unlock('partner', OLD)).olderCopy).toBe(true);
    await second.workbooks.lockAll();
  });
});

describe('format 1 workbooks', () => {
  it('a folder written by the earlier version opens, keeps its backups, and is format 2 after the next save', async () => {
    const env = await setup();
    await mkdir(env.dir, { recursive: true });
    const { recoveryKey: v1Recovery } = await writeFormatOneFolder(
      await loadSodium(),
      env.dir,
      'version one passphrase',
      TEST_KDF,
    );
    const v1 = { method: 'passphrase', value: 'version one passphrase' } as const;
    const opened = await env.workbooks.unlock('partner', v1);
    expect(JSON.stringify(opened.content)).toContain('V1-FIXTURE-NEED second');
    await env.workbooks.save('partner', opened.content);
    const upgraded = await readFile(env.files.mainPath('partner'));
    expect(upgraded.readUInt16LE(4)).toBe(2);
    await env.workbooks.lockAll();
    expect(JSON.stringify((await env.workbooks.unlock('partner', v1)).content)).toContain('V1-FIXTURE-NEED second');
    expect(
      JSON.stringify((await env.workbooks.unlock('partner', { method: 'recoveryKey', value: v1Recovery })).content),
    ).toContain('V1-FIXTURE-NEED second');
    // A passphrase change re-keys the format-1 backups too and gives a new recovery key.
    const changed = await env.workbooks.changePassphrase('partner', null, NEW_PASS);
    expect(changed.recoveryKey).toMatch(/^(\w{4}-){7}\w{4}$/);
    for (const file of await env.folderFiles()) {
      const bytes = await env.files.readFile(file);
      expect(bytes[4]).toBe(2);
      await expect(env.vault.open(bytes, v1)).rejects.toThrow(/did not open/);
      await env.vault.open(bytes, { method: 'recoveryKey', value: changed.recoveryKey! });
    }
    await env.workbooks.lockAll();
  });
});
