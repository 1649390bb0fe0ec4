import * as nodeFs from 'node:fs/promises';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TEMP_SUFFIX, type StorageFs } from './atomicFile';
import { AppError } from '../../../shared/ipc/result';
import { makeTestServices, PASS } from '../testSupport';
import { DamagedFileError } from '../vault/format';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** A file system that counts fsyncs by what was synced: a file (named without its temp suffix), or a folder. */
function countingFs() {
  const syncs: string[] = [];
  const fs: StorageFs = {
    ...nodeFs,
    open: async (...args: Parameters<typeof nodeFs.open>) => {
      const handle = await nodeFs.open(...args);
      const sync = handle.sync.bind(handle);
      const datasync = handle.datasync.bind(handle);
      const name = String(args[0]).split('/').at(-1)!;
      handle.sync = async () => {
        const stats = await handle.stat();
        syncs.push(stats.isDirectory() ? `dir:${name.startsWith('dwb-test-') ? 'data' : name}` : name.replace(TEMP_SUFFIX, ''));
        return sync();
      };
      handle.datasync = async () => {
        syncs.push(`data:${name}`);
        return datasync();
      };
      return handle;
    },
  };
  return { fs, syncs };
}

describe('fsyncs per save', () => {
  it('a typing save syncs the data of one slot; the main file, the backups folder and the save counters are synced at lock', async () => {
    const { fs, syncs } = countingFs();
    const env = await makeTestServices({ fs });
    cleanups.push(env.cleanup);
    await env.workbooks.create('partner', 'Riley', PASS);
    await env.workbooks.flush();
    syncs.length = 0;
    for (let i = 0; i < 4; i++) await env.workbooks.saveChanges('partner', [{ path: ['displayName'], value: `Riley ${i}` }]);
    // The counters are written without fsync shortly after the saves (SAVE_COUNTERS_DELAY_MS): an app crash keeps them.
    const counters = path.join(env.dataDir, 'save-counters.json');
    const written = async () => Object.values(JSON.parse(await readFile(counters, 'utf8')) as Record<string, number>);
    for (let poll = 0; poll < 3000 && (await written())[0] !== 5; poll++) await new Promise((r) => setTimeout(r, 10));
    expect(await written()).toEqual([5]);
    // Each slot's first write also syncs its size and the folder (the file is new); then only its data.
    expect(syncs).toEqual([
      'partner.recent-1.dwb',
      'dir:workbooks',
      'partner.recent-2.dwb',
      'dir:workbooks',
      'data:partner.recent-1.dwb',
      'data:partner.recent-2.dwb',
    ]);
    expect((await env.files.listBackups('partner')).length).toBe(0);
    syncs.length = 0;
    await env.workbooks.lock('partner');
    // At lock: the main file (with a backup of the one before) and its folder, the slots removed
    // (the folder synced again), then the backups folder and the save counters.
    expect(syncs).toEqual(['partner.dwb', 'dir:workbooks', 'dir:workbooks', 'dir:backups', 'save-counters.json', 'dir:data']);
    expect((await env.files.listBackups('partner')).length).toBe(1);
    expect(await env.files.recentFiles('partner')).toEqual([]);
    // Nothing was lost by batching: every backup opens after the lock.
    const { content } = await env.workbooks.unlock('partner', { method: 'passphrase', value: PASS });
    expect(content.displayName).toBe('Riley 3');
    // A lock with nothing saved since the last one syncs nothing more.
    await env.workbooks.flush();
    syncs.length = 0;
    await env.workbooks.lock('partner');
    expect(syncs).toEqual([]);
  });
});

describe('the save counters file', () => {
  it('trails typing saves, but a count set lower (a file moved in, a backup opened) and a lock write it at once', async () => {
    // A delay no run reaches: only what is written at once is on disk.
    const env = await makeTestServices({ saveCountersDelayMs: 600_000 });
    cleanups.push(env.cleanup);
    const counters = path.join(env.dataDir, 'save-counters.json');
    const stored = async () => JSON.parse(await readFile(counters, 'utf8').catch(() => '{}')) as Record<string, number>;
    await env.workbooks.create('partner', 'Riley', PASS);
    await env.workbooks.lockAll();
    const [id] = Object.keys(await stored());
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    await env.workbooks.unlock('partner', { method: 'passphrase', value: PASS });
    for (let i = 0; i < 3; i++) await env.workbooks.saveChanges('partner', [{ path: ['displayName'], value: `Riley ${i}` }]);
    // The saves' counts wait (the file still holds the count of the lock).
    expect((await stored())[id!]).toBe(1);
    // Set lower: written at once, not two seconds (here: never) later.
    env.workbooks.movedIn(id!, 0);
    await expect.poll(async () => (await stored())[id!], { timeout: 60_000 }).toBe(0);
    await env.workbooks.saveChanges('partner', [{ path: ['displayName'], value: 'Riley again' }]);
    await env.workbooks.lockAll();
    // Five saves, and the main file's at lock.
    expect((await stored())[id!]).toBe(6);
  });
});

/** A file system that records every call the storage layer makes, file-handle calls included. */
function recordingFs() {
  const calls: string[] = [];
  const fs = Object.fromEntries(
    Object.entries(nodeFs).map(([name, fn]) => [
      name,
      typeof fn !== 'function'
        ? fn
        : async (...args: unknown[]) => {
            calls.push(name);
            const result: unknown = await (fn as (...a: unknown[]) => Promise<unknown>)(...args);
            if (name === 'open') {
              const handle = result as nodeFs.FileHandle;
              for (const method of ['write', 'writeFile', 'sync', 'datasync', 'close', 'stat', 'readFile'] as const) {
                const original = (handle[method] as (...a: unknown[]) => Promise<unknown>).bind(handle);
                (handle as unknown as Record<string, unknown>)[method] = (...a: unknown[]) => {
                  calls.push(`handle.${method}`);
                  return original(...a);
                };
              }
            }
            return result;
          },
    ]),
  ) as unknown as StorageFs;
  return { fs, calls };
}

describe('file-system calls per save', () => {
  it('a typing save writes one slot in place and syncs its data: nothing opened, created, renamed or listed', async () => {
    const { fs, calls } = recordingFs();
    const env = await makeTestServices({ fs });
    cleanups.push(env.cleanup);
    await env.workbooks.create('partner', 'Riley', PASS);
    for (let i = 0; i < 2; i++) await env.workbooks.saveChanges('partner', [{ path: ['displayName'], value: `Riley ${i}` }]);
    await env.workbooks.flush();
    calls.length = 0;
    await env.workbooks.saveChanges('partner', [{ path: ['displayName'], value: 'Riley again' }]);
    expect(calls).toEqual(['handle.write', 'handle.datasync']);
    await env.workbooks.lockAll();
    expect((await env.workbooks.unlock('partner', { method: 'passphrase', value: PASS })).content.displayName).toBe(
      'Riley again',
    );
    await env.workbooks.lockAll();
  });

  it('the main file’s save (a pause in typing) makes only the calls of a durable write, one backup link and the pruning', async () => {
    const { fs, calls } = recordingFs();
    const env = await makeTestServices({ fs });
    cleanups.push(env.cleanup);
    await env.workbooks.create('partner', 'Riley', PASS);
    for (let i = 0; i < 6; i++) {
      await env.workbooks.saveChanges('partner', [{ path: ['displayName'], value: `Riley ${i}` }]);
      await env.workbooks.saveMainFile('partner');
    }
    await env.workbooks.flush();
    expect((await env.files.listBackups('partner')).length).toBe(5);
    await env.workbooks.saveChanges('partner', [{ path: ['displayName'], value: 'Riley again' }]);
    await env.workbooks.flush();
    calls.length = 0;
    await env.workbooks.saveMainFile('partner');
    const counters = path.join(env.dataDir, 'save-counters.json');
    const written = async () => Object.values(JSON.parse(await readFile(counters, 'utf8')) as Record<string, number>);
    for (let poll = 0; poll < 3000 && (await written())[0] !== 15; poll++) await new Promise((r) => setTimeout(r, 10));
    expect(await written()).toEqual([15]);
    // What a save waits for: the temp file written and synced, the previous file linked into
    // backups (alongside that write), the rename, the folder synced and the oldest backup pruned
    // (alongside that sync). No stat, no mkdir, no look for re-key folders. Then, without fsync,
    // later (saves in quick succession share it) and not waited for, the save counters: a temp
    // file and a rename.
    expect(calls.slice(-2)).toEqual(['writeFile', 'rename']);
    const save = calls.slice(0, -2);
    expect([...save].sort()).toEqual(
      [
        'open',
        'handle.write',
        'handle.sync',
        'handle.close',
        'link',
        'rename',
        'open',
        'handle.sync',
        'handle.close',
        'readdir',
        'unlink',
      ].sort(),
    );
    // The link is under way before the temp file's fsync, the pruning before the folder's.
    expect(save.indexOf('link')).toBeLessThan(save.indexOf('handle.sync'));
    // The temp file and the folder are both opened before the first byte is written.
    expect(save.lastIndexOf('open')).toBeLessThan(save.indexOf('handle.write'));
    expect(save.indexOf('readdir')).toBeLessThan(save.lastIndexOf('handle.sync'));
    expect(save.indexOf('link')).toBeLessThan(save.indexOf('rename'));
  });
});

describe('a save’s files are opened while its content is sealed', () => {
  it('the temp file and the folder are opened, and the previous file linked, before the seal is done', async () => {
    const { fs, calls } = recordingFs();
    const env = await makeTestServices({ fs });
    cleanups.push(env.cleanup);
    await env.workbooks.create('partner', 'Riley', PASS);
    await env.workbooks.saveChanges('partner', [{ path: ['displayName'], value: 'Riley 1' }]);
    await env.workbooks.saveMainFile('partner');
    await env.workbooks.saveChanges('partner', [{ path: ['displayName'], value: 'Riley 2' }]);
    await env.workbooks.flush();
    // A seal that finishes only once the save has opened two files (or after a second at most):
    // a save that waited for its seal before opening anything records the seal first.
    const seal = env.vault.seal.bind(env.vault);
    env.vault.seal = async (session, plaintext) => {
      const sealed = await seal(session, plaintext);
      for (let poll = 0; poll < 100 && calls.filter((c) => c === 'open').length < 2; poll++) {
        await new Promise((r) => setTimeout(r, 10));
      }
      calls.push('sealed');
      return sealed;
    };
    calls.length = 0;
    await env.workbooks.saveMainFile('partner');
    const sealedAt = calls.indexOf('sealed');
    expect(calls.slice(0, sealedAt).sort()).toEqual(['link', 'open', 'open']);
    expect(calls.slice(sealedAt + 1, sealedAt + 3)).toEqual(['handle.write', 'handle.sync']);
    await env.workbooks.lockAll();
    expect((await env.workbooks.unlock('partner', { method: 'passphrase', value: PASS })).content.displayName).toBe('Riley 2');
    await env.workbooks.lockAll();
  });

  it('a seal that fails leaves no temp file and reports the seal’s own error, not a disk error, on either path', async () => {
    const env = await makeTestServices();
    cleanups.push(env.cleanup);
    await env.workbooks.create('partner', 'Riley', PASS);
    await env.workbooks.saveChanges('partner', [{ path: ['displayName'], value: 'kept' }]);
    await env.workbooks.flush();
    env.vault.seal = async () => {
      await new Promise((r) => setTimeout(r, 20));
      throw new DamagedFileError('the workbook has grown larger than the app can save');
    };
    const error = await env.workbooks.saveChanges('partner', [{ path: ['displayName'], value: 'lost' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).info.code).toBe('damaged');
    expect((error as AppError).message).toContain('grown larger than the app can save');
    const mainError = await env.workbooks.saveMainFile('partner').catch((e: unknown) => e);
    expect((mainError as AppError).message).toContain('grown larger than the app can save');
    expect((await readdir(env.files.dir)).filter((name) => TEMP_SUFFIX.test(name))).toEqual([]);
    await env.workbooks.lockAll();
    expect((await env.workbooks.unlock('partner', { method: 'passphrase', value: PASS })).content.displayName).toBe('kept');
    await env.workbooks.lockAll();
  });
});

describe('a backups folder that changed while the workbook was open', () => {
  it('removed: the next save makes it again and backs up into it; a plain file there: saves go on without backups', async () => {
    const env = await makeTestServices();
    cleanups.push(env.cleanup);
    await env.workbooks.create('partner', 'Riley', PASS);
    const save = async (value: string) => {
      await env.workbooks.saveChanges('partner', [{ path: ['displayName'], value }]);
      await env.workbooks.saveMainFile('partner');
    };
    await save('one');
    const backups = path.join(env.files.dir, 'backups');
    await rm(backups, { recursive: true, force: true });
    await save('two');
    expect((await readdir(backups)).length).toBe(1);
    await rm(backups, { recursive: true, force: true });
    await writeFile(backups, 'not a folder');
    await save('three');
    expect(await env.files.backupsBlocked()).toBe(true);
    await rm(backups);
    await save('four');
    expect((await readdir(backups)).length).toBe(1);
    await env.workbooks.lockAll();
    expect((await env.workbooks.unlock('partner', { method: 'passphrase', value: PASS })).content.displayName).toBe('four');
    await env.workbooks.lockAll();
  });
});
