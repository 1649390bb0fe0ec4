import * as nodeFs from 'node:fs/promises';
import { copyFile, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbookFile, saveWorkbookFile } from '../cli/workbookFile';
import { createThrottle } from './throttle';
import type { StorageFs } from './storage/atomicFile';
import { PASS, servicesPerTest } from './testSupport';

const setup = servicesPerTest();
/** No pause in typing saves the main file during a test that needs the slots ahead of it (however slow the machine). */
const NO_PAUSE = { mainFileDelays: { idleMs: 600_000, maxMs: 600_000 } };
const pass = (value: string) => ({ method: 'passphrase', value }) as const;

/** The save counter in a format-2 file's header (bytes 48-55, little-endian). */
const counterOf = (file: Uint8Array) => {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  return view.getUint32(48, true) + view.getUint32(52, true) * 2 ** 32;
};

/**
 * The workbooks folder as a crash leaves it: every file copied to a fresh data folder, except
 * the lock file (its holder, this test's process, is alive). The copy opens as the next start would.
 */
async function copyAsAfterACrash(from: string, to: string) {
  await mkdir(path.join(to, 'workbooks', 'backups'), { recursive: true });
  for (const entry of await readdir(path.join(from, 'workbooks'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.lock')) continue;
    const relative = path.relative(path.join(from, 'workbooks'), path.join(entry.parentPath, entry.name));
    await copyFile(path.join(from, 'workbooks', relative), path.join(to, 'workbooks', relative));
  }
  await copyFile(path.join(from, 'save-counters.json'), path.join(to, 'save-counters.json')).catch(() => undefined);
}

async function typeSaves(env: Awaited<ReturnType<typeof setup>>, names: string[]) {
  for (const displayName of names) await env.workbooks.saveChanges('partner', [{ path: ['displayName'], value: displayName }]);
}

describe('typing saves go to two recent-save slots, in turn; the main file follows', () => {
  it('writes the slots in turn and leaves the main file alone while typing goes on', async () => {
    // No pause comes during this test, however slow the machine.
    const env = await setup(NO_PAUSE);
    await env.workbooks.create('partner', 'created', PASS);
    const main = env.files.mainPath('partner');
    const created = await readFile(main);
    await typeSaves(env, ['one', 'two', 'three']);
    const slots = await env.files.readRecent('partner');
    // Saves 2 and 4 in the first slot (the newest, 4, last), save 3 in the second.
    expect(Object.fromEntries(slots.map((s) => [s.slot, counterOf(s.bytes)]))).toEqual({ 0: 4, 1: 3 });
    expect(Buffer.compare(await readFile(main), created)).toBe(0);
    expect(await env.files.listBackups('partner')).toEqual([]);
    await env.workbooks.lockAll();
    expect(await env.files.recentFiles('partner')).toEqual([]);
    expect((await env.workbooks.unlock('partner', pass(PASS))).content.displayName).toBe('three');
    await env.workbooks.lockAll();
  });

  it('a pause in typing saves the main file, with a backup of the one before', async () => {
    const env = await setup({ mainFileDelays: { idleMs: 20, maxMs: 600_000 } });
    await env.workbooks.create('partner', 'created', PASS);
    const main = env.files.mainPath('partner');
    const created = await readFile(main);
    await typeSaves(env, ['one']);
    // Polled by count: the pause's save comes once, whenever the machine gets to it.
    for (let poll = 0; poll < 3000 && counterOf(await readFile(main)) !== 3; poll++) await new Promise((r) => setTimeout(r, 10));
    expect(counterOf(await readFile(main))).toBe(3);
    const backups = await env.files.listBackups('partner');
    expect(backups).toHaveLength(1);
    expect(Buffer.compare(await readFile(backups[0]!), created)).toBe(0);
    await env.workbooks.lockAll();
    expect((await env.workbooks.unlock('partner', pass(PASS))).content.displayName).toBe('one');
    await env.workbooks.lockAll();
  });

  it('while typing goes on without a pause, the main file is saved at the latest after the longest wait', async () => {
    const env = await setup({ mainFileDelays: { idleMs: 100_000, maxMs: 30 } });
    await env.workbooks.create('partner', 'created', PASS);
    const main = env.files.mainPath('partner');
    let typed = 0;
    for (; typed < 5000 && counterOf(await readFile(main)) === 1; typed++) {
      await env.workbooks.saveChanges('partner', [{ path: ['displayName'], value: `typed ${typed}` }]);
      await new Promise((r) => setTimeout(r, 2));
    }
    expect(counterOf(await readFile(main))).toBeGreaterThan(1);
    await env.workbooks.lockAll();
  });

  it('after a crash, the next unlock takes the newest slot, puts it in the main file and removes the slots', async () => {
    const env = await setup(NO_PAUSE);
    await env.workbooks.create('partner', 'created', PASS);
    await typeSaves(env, ['one', 'two', 'three']);
    const later = await setup(NO_PAUSE);
    await copyAsAfterACrash(env.dataDir, later.dataDir);
    const opened = await later.workbooks.unlock('partner', pass(PASS));
    expect(opened.content.displayName).toBe('three');
    expect(opened.olderCopy).toBeUndefined();
    expect(await later.files.recentFiles('partner')).toEqual([]);
    // The slot's save was number 4; the main file is sealed anew from it (5).
    expect(counterOf(await readFile(later.files.mainPath('partner')))).toBe(5);
    // Saves go on from there, and the backup is the file before the crash.
    await later.workbooks.saveChanges('partner', [{ path: ['displayName'], value: 'four' }]);
    await later.workbooks.lockAll();
    expect((await later.workbooks.unlock('partner', pass(PASS))).content.displayName).toBe('four');
    await later.workbooks.lockAll();
    await env.workbooks.lockAll();
  });

  it('a slot cut short or damaged by the crash is passed over: the other slot’s save opens (at most the save under way is lost)', async () => {
    const env = await setup(NO_PAUSE);
    await env.workbooks.create('partner', 'created', PASS);
    await typeSaves(env, ['one', 'two', 'three']);
    // 'three' is in slot 0 (saves 1 and 3), 'two' in slot 1.
    const newest = path.join(env.files.dir, 'partner.recent-1.dwb');
    for (const damage of ['cut', 'flipped'] as const) {
      const later = await setup(NO_PAUSE);
      await copyAsAfterACrash(env.dataDir, later.dataDir);
      const copy = path.join(later.files.dir, 'partner.recent-1.dwb');
      const bytes = await readFile(newest);
      if (damage === 'cut') await writeFile(copy, bytes.subarray(0, bytes.length - 100));
      else {
        bytes[400] = bytes[400]! ^ 0x01;
        await writeFile(copy, bytes);
      }
      const opened = await later.workbooks.unlock('partner', pass(PASS));
      expect(opened.content.displayName, damage).toBe('two');
      expect(await later.files.recentFiles('partner')).toEqual([]);
      await later.workbooks.lockAll();
    }
    await env.workbooks.lockAll();
  });

  it('a slot planted from another workbook, or older than the main file, is never taken', async () => {
    const other = await setup(NO_PAUSE);
    await other.workbooks.create('partner', 'another workbook', PASS);
    await other.workbooks.saveChanges('partner', [{ path: ['displayName'], value: 'not mine' }]);
    await other.workbooks.saveChanges('partner', [{ path: ['displayName'], value: 'not mine either' }]);
    const env = await setup(NO_PAUSE);
    await env.workbooks.create('partner', 'mine', PASS);
    await env.workbooks.lockAll();
    await copyFile(path.join(other.files.dir, 'partner.recent-1.dwb'), path.join(env.files.dir, 'partner.recent-1.dwb'));
    expect((await env.workbooks.unlock('partner', pass(PASS))).content.displayName).toBe('mine');
    await env.workbooks.saveChanges('partner', [{ path: ['displayName'], value: 'typed' }]);
    await env.workbooks.saveMainFile('partner');
    const stale = await readFile(path.join(env.files.dir, 'partner.recent-1.dwb'));
    await env.workbooks.saveChanges('partner', [{ path: ['displayName'], value: 'typed again' }]);
    await env.workbooks.lockAll();
    await writeFile(path.join(env.files.dir, 'partner.recent-2.dwb'), stale);
    expect((await env.workbooks.unlock('partner', pass(PASS))).content.displayName).toBe('typed again');
    expect(await env.files.recentFiles('partner')).toEqual([]);
    await env.workbooks.lockAll();
    await other.workbooks.lockAll();
  });

  it('a folder or a link planted in a slot’s place: typing saves go to the main file, nothing is lost or followed', async () => {
    const env = await setup(NO_PAUSE);
    await env.workbooks.create('partner', 'created', PASS);
    await env.workbooks.lockAll();
    const outside = path.join(env.dataDir, 'outside.txt');
    await writeFile(outside, 'left alone');
    const slot = path.join(env.files.dir, 'partner.recent-1.dwb');
    for (const planted of ['folder', 'link'] as const) {
      await env.workbooks.unlock('partner', pass(PASS));
      const before = counterOf(await readFile(env.files.mainPath('partner')));
      await nodeFs.rm(slot, { recursive: true, force: true });
      if (planted === 'folder') await mkdir(slot);
      else await symlink(outside, slot);
      await typeSaves(env, [`one ${planted}`, `two ${planted}`]);
      // Both saves are in the main file already (the first one's seal for the slot was not used).
      expect(counterOf(await readFile(env.files.mainPath('partner'))), planted).toBeGreaterThanOrEqual(before + 2);
      expect(await readFile(outside, 'utf8')).toBe('left alone');
      await env.workbooks.lockAll();
      expect((await env.workbooks.unlock('partner', pass(PASS))).content.displayName).toBe(`two ${planted}`);
      expect(await readFile(outside, 'utf8')).toBe('left alone');
      await env.workbooks.lockAll();
    }
  });

  it('a lock whose main-file save fails (a full disk) keeps the slots, and the next unlock opens the newest save', async () => {
    let full = false;
    const fs: StorageFs = {
      ...nodeFs,
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the overloads need it
      rename: (async (...args: Parameters<typeof nodeFs.rename>) => {
        if (full) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        return nodeFs.rename(...args);
      }) as typeof nodeFs.rename,
    };
    const env = await setup({ fs, ...NO_PAUSE });
    await env.workbooks.create('partner', 'created', PASS);
    await typeSaves(env, ['one', 'two']);
    full = true;
    await expect(env.workbooks.saveMainFile('partner')).rejects.toMatchObject({ info: { code: 'disk-full' } });
    await env.workbooks.lockAll();
    expect(env.workbooks.isUnlocked('partner')).toBe(false);
    expect((await env.files.recentFiles('partner')).length).toBe(2);
    full = false;
    expect((await env.workbooks.unlock('partner', pass(PASS))).content.displayName).toBe('two');
    expect(await env.files.recentFiles('partner')).toEqual([]);
    await env.workbooks.lockAll();
  });

  it('a passphrase change leaves no slot sealed under the old key; the typed text is in the re-keyed file', async () => {
    const env = await setup(NO_PAUSE);
    await env.workbooks.create('partner', 'created', PASS);
    await typeSaves(env, ['one', 'two']);
    await env.workbooks.changePassphrase('partner', PASS, 'a completely new passphrase');
    expect(await env.files.recentFiles('partner')).toEqual([]);
    const folder = await readdir(env.files.dir);
    expect(folder.filter((n) => n.includes('recent'))).toEqual([]);
    await env.workbooks.lockAll();
    await expect(env.workbooks.unlock('partner', pass(PASS))).rejects.toMatchObject({ info: { code: 'wrong-secret' } });
  });

  it('a copy of the workbook brought in is compared with the newest save, a slot’s included', async () => {
    const env = await setup(NO_PAUSE);
    await env.workbooks.create('partner', 'created', PASS);
    await typeSaves(env, ['one', 'two']);
    // A whole file, as the slot holding 'two' has it (counter 3), copied out: newer than the main file (1).
    const [copied] = (await env.files.readRecent('partner')).filter(({ bytes }) => counterOf(bytes) === 3);
    const copy = path.join(env.dataDir, 'usb-copy.dwb');
    await writeFile(copy, copied!.bytes);
    await typeSaves(env, ['three']);
    const after = await setup(NO_PAUSE);
    await copyAsAfterACrash(env.dataDir, after.dataDir);
    expect(counterOf(await readFile(after.files.mainPath('partner')))).toBe(1);
    const offer = await after.incoming.offer(copy);
    expect(offer.decision).toMatchObject({ kind: 'choose', role: 'partner', relation: 'older-copy' });
    await env.workbooks.lockAll();
  });

  it('the workbook command reads the newest save after an app crash, and its own save removes the slots', async () => {
    const env = await setup(NO_PAUSE);
    await env.workbooks.create('partner', 'created', PASS);
    await typeSaves(env, ['one', 'typed before the crash']);
    const later = await setup(NO_PAUSE);
    await copyAsAfterACrash(env.dataDir, later.dataDir);
    const file = later.files.mainPath('partner');
    const opened = await openWorkbookFile({ vault: later.vault, throttle: createThrottle() }, file, PASS, { forWriting: true });
    try {
      expect(opened.workbook.displayName).toBe('typed before the crash');
      await saveWorkbookFile(later.vault, opened, { ...opened.workbook, displayName: 'changed by the command' });
    } finally {
      await opened.close();
    }
    expect(await later.files.recentFiles('partner')).toEqual([]);
    expect((await later.workbooks.unlock('partner', pass(PASS))).content.displayName).toBe('changed by the command');
    await later.workbooks.lockAll();
    await env.workbooks.lockAll();
  });
});
