import * as nodeFs from 'node:fs/promises';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StorageFs } from './atomicFile';
import { fileState } from './smallState';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** The real file system, counting the writes of whole files (unsynced: writeFile) and synced ones (open for writing). */
function countingWrites() {
  const writes = { unsynced: 0, synced: 0 };
  const fs: StorageFs = {
    ...nodeFs,
    writeFile: (async (...args: Parameters<typeof nodeFs.writeFile>) => {
      writes.unsynced++;
      return nodeFs.writeFile(...args);
    }) as typeof nodeFs.writeFile,
    open: async (...args: Parameters<typeof nodeFs.open>) => {
      if (args[1] === 'wx') writes.synced++;
      return nodeFs.open(...args);
    },
  };
  return { fs, writes };
}

describe('small state kept in a file (the save counters)', () => {
  it('with a delay, many updates share one unsynced write; flush writes the newest value at once, synced', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-state-'));
    dirs.push(dir);
    const file = path.join(dir, 'counters.json');
    const { fs, writes } = countingWrites();
    // A delay no test run reaches: nothing is written until flush.
    const state = await fileState(file, (raw) => (typeof raw === 'number' ? raw : 0), {
      fs,
      durable: 'at-flush',
      delayMs: 600_000,
    });
    for (let i = 1; i <= 20; i++) state.update(() => i);
    expect(state.get()).toBe(20);
    await new Promise((r) => setImmediate(r));
    expect(writes).toEqual({ unsynced: 0, synced: 0 });
    await state.flush();
    expect(writes).toEqual({ unsynced: 0, synced: 1 });
    expect(JSON.parse(await readFile(file, 'utf8'))).toBe(20);
    // Nothing changed since: a second flush writes nothing.
    await state.flush();
    expect(writes).toEqual({ unsynced: 0, synced: 1 });
  });

  it('without a delay, an update is written (unsynced) right away, as before', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-state-'));
    dirs.push(dir);
    const file = path.join(dir, 'counters.json');
    const { fs, writes } = countingWrites();
    const state = await fileState(file, (raw) => (typeof raw === 'number' ? raw : 0), { fs, durable: 'at-flush' });
    state.update(() => 7);
    await expect.poll(() => readFile(file, 'utf8').catch(() => null)).toBe('7');
    expect(writes.unsynced).toBe(1);
    await state.flush();
    expect(writes).toEqual({ unsynced: 1, synced: 1 });
  });
});
