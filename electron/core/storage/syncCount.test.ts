import * as nodeFs from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { StorageFs } from './atomicFile';
import { makeTestServices, PASS } from '../testSupport';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** A file system that counts fsyncs by what was synced: a temp file, or a folder. */
function countingFs() {
  const syncs: string[] = [];
  const fs: StorageFs = {
    ...nodeFs,
    open: async (...args: Parameters<typeof nodeFs.open>) => {
      const handle = await nodeFs.open(...args);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        const stats = await handle.stat();
        syncs.push(stats.isDirectory() ? `dir:${String(args[0]).split('/').at(-1)}` : 'file');
        return sync();
      };
      return handle;
    },
  };
  return { fs, syncs };
}

describe('fsyncs per save', () => {
  it('a save syncs its file and the workbooks folder only; the backups folder is synced once, at lock', async () => {
    const { fs, syncs } = countingFs();
    const env = await makeTestServices({ fs });
    cleanups.push(env.cleanup);
    await env.workbooks.create('partner', 'Riley', PASS);
    syncs.length = 0;
    for (let i = 0; i < 4; i++) await env.workbooks.saveChanges('partner', [{ path: ['displayName'], value: `Riley ${i}` }]);
    expect(syncs).toEqual(Array.from({ length: 4 }, () => ['file', 'dir:workbooks']).flat());
    expect((await env.files.listBackups('partner')).length).toBe(4);
    syncs.length = 0;
    await env.workbooks.lock('partner');
    expect(syncs).toEqual(['dir:backups']);
    // Nothing was lost by batching: every backup opens after the lock.
    const { content } = await env.workbooks.unlock('partner', { method: 'passphrase', value: PASS });
    expect(content.displayName).toBe('Riley 3');
  });
});
