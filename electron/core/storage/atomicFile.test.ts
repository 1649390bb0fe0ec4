import * as nodeFs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveChosenFile, StorageError, type StorageFs } from './atomicFile';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-chosen-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const fullDisk: StorageFs = {
  ...nodeFs,
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the overloads need it
  rename: (async () => {
    throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
  }) as typeof nodeFs.rename,
};

describe('saveChosenFile (exports and question packets)', () => {
  it('writes the whole file, readable only by its owner', async () => {
    const target = path.join(dir, 'for-therapist.docx');
    await saveChosenFile(target, new Uint8Array([1, 2, 3]), 'the document');
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
    if (process.platform !== 'win32') expect((await nodeFs.stat(target)).mode & 0o777).toBe(0o600);
  });

  it('on a full disk keeps the earlier file at that place intact, leaves no temp file, and says so plainly', async () => {
    const target = path.join(dir, 'for-therapist.docx');
    await writeFile(target, 'the earlier export');
    const error = await saveChosenFile(target, new Uint8Array(10_000), 'the document', fullDisk).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('disk-full');
    expect((error as StorageError).message).toBe(
      'The document could not be saved there: the disk is full. Nothing else was changed; please choose another place or free some space.',
    );
    expect(await readFile(target, 'utf8')).toBe('the earlier export');
    expect(await readdir(dir)).toEqual(['for-therapist.docx']);
  });
});
