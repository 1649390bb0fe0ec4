import * as nodeFs from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TEMP_SUFFIX, type StorageFs } from './atomicFile';
import { makeTestServices, PASS } from '../testSupport';

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
      const name = String(args[0]).split('/').at(-1)!;
      handle.sync = async () => {
        const stats = await handle.stat();
        syncs.push(stats.isDirectory() ? `dir:${name.startsWith('dwb-test-') ? 'data' : name}` : name.replace(TEMP_SUFFIX, ''));
        return sync();
      };
      return handle;
    },
  };
  return { fs, syncs };
}

describe('fsyncs per save', () => {
  it('a save syncs its file and the workbooks folder only; the backups folder and the save counters are synced once, at lock', async () => {
    const { fs, syncs } = countingFs();
    const env = await makeTestServices({ fs });
    cleanups.push(env.cleanup);
    await env.workbooks.create('partner', 'Riley', PASS);
    await env.workbooks.flush();
    syncs.length = 0;
    for (let i = 0; i < 4; i++) await env.workbooks.saveChanges('partner', [{ path: ['displayName'], value: `Riley ${i}` }]);
    // The counters are written after each save, without fsync: an app crash keeps them.
    const counters = path.join(env.dataDir, 'save-counters.json');
    const written = async () => Object.values(JSON.parse(await readFile(counters, 'utf8')) as Record<string, number>);
    for (let poll = 0; poll < 500 && (await written())[0] !== 5; poll++) await new Promise((r) => setTimeout(r, 10));
    expect(await written()).toEqual([5]);
    expect(syncs).toEqual(Array.from({ length: 4 }, () => ['partner.dwb', 'dir:workbooks']).flat());
    expect((await env.files.listBackups('partner')).length).toBe(4);
    syncs.length = 0;
    await env.workbooks.lock('partner');
    expect(syncs).toEqual(['dir:backups', 'save-counters.json', 'dir:data']);
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
