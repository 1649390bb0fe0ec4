import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { declaredFileLength, MAX_FILE_BYTES } from '../vault/format';
import { describeFsError, StorageError, syncDirectory, TEMP_SUFFIX, writeFileAtomic, type StorageFs } from './atomicFile';

export const WORKBOOK_EXTENSION = '.dwb';
export const BACKUPS_KEPT = 5;
/** Slots a typing save is written into, in turn (see writeRecent). */
export const RECENT_SLOTS = 2;
const TOO_LARGE_TO_SAVE = 'This workbook has grown larger than the app can save. Your previous save is safe.';

/** Who holds a workbook's lock file: the app (while unlocked) or the `workbook` command (while it writes). */
export type LockHolder = 'app' | 'command';

interface LockRecord {
  holder: LockHolder;
  pid: number;
  host: string;
  token: string;
}

export function busyMessage(holder: LockHolder): string {
  return holder === 'app'
    ? 'This workbook is open in the Disclosure Workbook app. Please lock it there (or close the app) and try again. Nothing was changed.'
    : 'The workbook command is changing this workbook right now. Please try again when it has finished. Nothing was changed.';
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The files of one named workbook (`disclosing` or `partner`) in the workbooks folder:
 *   <name>.dwb                       the current save
 *   backups/<name>.<stamp>.dwb       the previous BACKUPS_KEPT saves, newest last by name
 *   <name>.damaged-<stamp>.dwb       a main file that failed to open, set aside, never deleted
 *   <name>.older-<stamp>.dwb         an older copy found in place of the workbook, set aside
 *   <name>.recent-1.dwb, -2.dwb      typing saves since the last save of <name>.dwb, written in place
 *                                    in turn (see writeRecent); only while unlocked, or after a crash
 *   <name>.lock                      one writer at a time (the app while unlocked, or the command)
 *   <name>.rekey.pending/ .ready/    a re-key in progress (see replaceAll)
 */
export function createWorkbookFiles(options: { dir: string; fs?: StorageFs; now?: () => Date }) {
  const fs = options.fs ?? nodeFs;
  const now = options.now ?? (() => new Date());
  const dir = options.dir;
  const backupsDir = path.join(dir, 'backups');
  let sequence = 0;
  /** Backups linked or pruned since the backups folder was last synced (see `syncBackups`). */
  let backupsUnsynced = false;
  /**
   * Names with no re-key left to finish: settled once (at the first read or write), and again
   * after a re-key of this process. The lock file keeps any other writer away meanwhile, so a
   * save does not look for re-key folders every time.
   */
  const settledNames = new Set<string>();
  /** `backups` was found to be a folder: not checked again before every save (see `linkBackup`). */
  let backupsKnownUsable = false;

  const mainPath = (name: string) => path.join(dir, `${name}${WORKBOOK_EXTENSION}`);
  const recentPath = (name: string, slot: number) => path.join(dir, `${name}.recent-${slot + 1}${WORKBOOK_EXTENSION}`);
  /** Recent-save slots kept open between typing saves; `synced` once the file's own entry is durable. */
  const recentHandles = new Map<string, { handle: nodeFs.FileHandle; synced: boolean }>();
  const lockPath = (name: string) => path.join(dir, `${name}.lock`);
  const notePath = (name: string) => path.join(dir, `${name}.pending-exports.dwbn`);
  const pendingDir = (name: string) => path.join(dir, `${name}.rekey.pending`);
  const readyDir = (name: string) => path.join(dir, `${name}.rekey.ready`);
  const STAGED_MAIN = `main${WORKBOOK_EXTENSION}`;
  const stamp = () =>
    `${now().toISOString().replace(/[-:.]/g, '').replace('T', '-').replace('Z', '')}-${String(sequence++ % 1000).padStart(3, '0')}`;

  async function exists(file: string) {
    try {
      await fs.stat(file);
      return true;
    } catch {
      return false;
    }
  }

  /** True when `backups` is a folder (made when missing); false when something else has that name. */
  async function backupsFolderUsable(): Promise<boolean> {
    try {
      await fs.mkdir(backupsDir, { recursive: true, mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') {
        return false;
      }
      throw error;
    }
    return (await fs.stat(backupsDir)).isDirectory();
  }

  /**
   * Read a workbook file with the cheap checks first: never blocks on a FIFO, refuses anything
   * that is not a regular file, and anything larger than a workbook can be, before reading it.
   */
  async function readChecked(file: string): Promise<Uint8Array> {
    const handle = await fs.open(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) {
        throw new StorageError(
          'not-a-file',
          `${path.basename(file)} is not a workbook file (it is a folder or a special file), so it was not opened. Nothing was changed.`,
        );
      }
      if (stats.size > MAX_FILE_BYTES) {
        throw new StorageError(
          'too-large',
          `${path.basename(file)} is far larger than any workbook, so it was not opened. Nothing was changed.`,
        );
      }
      return new Uint8Array(await handle.readFile());
    } finally {
      await handle.close();
    }
  }

  /**
   * Finish or undo a re-key that was interrupted: a `.ready` set is complete and is moved into
   * place (roll forward); a `.pending` set may be incomplete and is removed (roll back).
   */
  async function settle(name: string): Promise<void> {
    settledNames.delete(name);
    const ready = readyDir(name);
    if (await exists(ready)) {
      for (const entry of await fs.readdir(ready)) {
        const target = entry === STAGED_MAIN ? mainPath(name) : path.join(backupsDir, entry);
        await fs.rename(path.join(ready, entry), target);
      }
      await syncDirectory(fs, backupsDir);
      await syncDirectory(fs, dir);
      await fs.rm(ready, { recursive: true, force: true });
    }
    if (await exists(pendingDir(name))) await fs.rm(pendingDir(name), { recursive: true, force: true });
    settledNames.add(name);
  }

  /** `settle`, unless already done for this name since its last re-key. */
  async function settleOnce(name: string): Promise<void> {
    if (!settledNames.has(name)) await settle(name);
  }

  async function backupsUsable(): Promise<boolean> {
    if (backupsKnownUsable) return true;
    backupsKnownUsable = await backupsFolderUsable();
    return backupsKnownUsable;
  }

  /**
   * Link the current main file into backups (copied where links are not supported). No stat
   * first: a missing main file (the first save) shows as ENOENT here. A backups folder removed or
   * replaced since it was last seen is looked at again: made anew, or skipped when it is not a folder.
   */
  async function linkBackup(target: string, backup: string): Promise<boolean> {
    try {
      await fs.link(target, backup);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && !(await exists(target))) return false;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        backupsKnownUsable = false;
        if (!(await backupsUsable())) return false;
        try {
          await fs.link(target, backup);
          return true;
        } catch {
          // Fall through to a copy.
        }
      }
      await fs.copyFile(target, backup);
      return true;
    }
  }

  async function listBackups(name: string): Promise<string[]> {
    let entries: string[];
    try {
      entries = await fs.readdir(backupsDir);
    } catch {
      return [];
    }
    const prefix = `${name}.`;
    return entries
      .filter((e) => e.startsWith(prefix) && e.endsWith(WORKBOOK_EXTENSION) && !TEMP_SUFFIX.test(e))
      .sort()
      .reverse()
      .map((e) => path.join(backupsDir, e));
  }

  async function closeRecent(name: string): Promise<void> {
    for (let slot = 0; slot < RECENT_SLOTS; slot++) {
      const open = recentHandles.get(`${name}:${slot}`);
      recentHandles.delete(`${name}:${slot}`);
      await open?.handle.close().catch(() => undefined);
    }
  }

  async function readLock(name: string): Promise<LockRecord | null> {
    try {
      const parsed = JSON.parse(String(await fs.readFile(lockPath(name), 'utf8'))) as Partial<LockRecord>;
      if ((parsed.holder === 'app' || parsed.holder === 'command') && typeof parsed.pid === 'number') {
        return {
          holder: parsed.holder,
          pid: parsed.pid,
          host: String(parsed.host ?? ''),
          token: String(parsed.token ?? ''),
        };
      }
      return null;
    } catch {
      return null;
    }
  }

  return {
    dir,
    mainPath,
    lockPath,

    exists: (name: string) => exists(mainPath(name)),

    async readMain(name: string): Promise<Uint8Array | null> {
      try {
        await settle(name);
        return await readChecked(mainPath(name));
      } catch (error) {
        if (error instanceof StorageError) throw error;
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        if ((error as NodeJS.ErrnoException).code === 'ENXIO' || (error as NodeJS.ErrnoException).code === 'EISDIR') {
          throw new StorageError('not-a-file', `${name}${WORKBOOK_EXTENSION} is not a workbook file, so it was not opened.`);
        }
        throw describeFsError(error, 'read');
      }
    },

    /** Newest first. */
    async listBackups(name: string): Promise<string[]> {
      await settle(name).catch(() => undefined);
      return listBackups(name);
    },

    async readFile(file: string): Promise<Uint8Array> {
      return readChecked(file);
    },

    /**
     * The encrypted note of exports in progress beside a workbook (`<name>.pending-exports.dwbn`),
     * or null when there is none. The vault seals and opens it; this only reads and writes bytes.
     */
    async readNote(name: string): Promise<Uint8Array | null> {
      try {
        return await readChecked(notePath(name));
      } catch {
        return null;
      }
    },
    async writeNote(name: string, bytes: Uint8Array): Promise<void> {
      try {
        await fs.mkdir(dir, { recursive: true, mode: 0o700 });
        await writeFileAtomic(fs, notePath(name), bytes);
      } catch (error) {
        throw describeFsError(error, 'saved');
      }
    },
    async removeNote(name: string): Promise<void> {
      await fs.unlink(notePath(name)).catch(() => undefined);
    },

    /**
     * Save: the previous main file is hard-linked into backups (copied where links are not
     * supported) just before the new file is renamed over it; older backups are pruned.
     * `keepPrevious: false` skips backing up a main file that is known to be damaged. When
     * `backups` is not a folder the save still succeeds, without a backup, and says so.
     */
    async write(
      name: string,
      bytes: Uint8Array | Promise<Uint8Array>,
      opts: { keepPrevious?: boolean } = {},
    ): Promise<{ backedUp: boolean }> {
      // `bytes` may still be sealed while the files are opened; what goes wrong with it (the
      // seal, the size) is thrown as it is, not as a disk error.
      const failure: { error?: unknown } = {};
      const checked = Promise.resolve(bytes)
        .then((b) => {
          if (b.length > MAX_FILE_BYTES) {
            throw new StorageError('too-large', TOO_LARGE_TO_SAVE);
          }
          return b;
        })
        .catch((error: unknown) => {
          failure.error = error;
          throw error;
        });
      // Never an unhandled rejection, whichever fails first.
      checked.catch(() => undefined);
      const target = mainPath(name);
      let backedUp = false;
      let usable = true;
      // The previous file is linked into backups while the new one is written and synced, and
      // old backups are pruned while the folder is synced: both overlap the fsyncs. The backups
      // folder itself is synced in a batch (syncBackups, at lock), not after every save: the new
      // main file is durable when this returns (its data and the workbooks folder were synced),
      // and a backup link lost to a power cut only means one backup fewer, never a damaged workbook.
      const link = async () => {
        if (!usable || opts.keepPrevious === false) return;
        backedUp = await linkBackup(target, path.join(backupsDir, `${name}.${stamp()}${WORKBOOK_EXTENSION}`));
        usable = backupsKnownUsable;
        if (backedUp) backupsUnsynced = true;
      };
      const prune = async () => {
        if (!usable || !backedUp) return;
        const backups = await listBackups(name);
        for (const old of backups.slice(BACKUPS_KEPT)) await fs.unlink(old).catch(() => undefined);
      };
      try {
        await settleOnce(name);
        usable = await backupsUsable();
        await writeFileAtomic(fs, target, checked, link, undefined, prune);
      } catch (error) {
        if ('error' in failure) throw failure.error;
        throw describeFsError(error, 'saved');
      }
      return { backedUp };
    },

    /**
     * A typing save, written in place into recent-save slot `slot` (0 or 1) and synced: no temp
     * file, rename or folder sync, so a save costs one write and one fdatasync. The caller writes
     * the slot that does not hold the newest save, so a write cut short by a crash (a torn slot,
     * which no longer authenticates) leaves the newest save intact in the other slot or the main
     * file. The slot is opened once (owner-only, never through a link) and kept open until
     * `closeRecent`; its first write also syncs the file's size and the folder. A slot may keep
     * the tail of a longer, earlier save (ciphertext): readers take the length from the header.
     * Throws StorageError: 'not-a-file' when something that is not a plain file has the slot's
     * name (the caller saves the ordinary way instead), otherwise as `write`.
     */
    async writeRecent(name: string, slot: number, bytes: Uint8Array): Promise<void> {
      if (bytes.length > MAX_FILE_BYTES) {
        throw new StorageError('too-large', TOO_LARGE_TO_SAVE);
      }
      const key = `${name}:${slot}`;
      let open = recentHandles.get(key);
      if (!open) {
        let handle: nodeFs.FileHandle;
        try {
          await settleOnce(name);
          handle = await fs.open(
            recentPath(name, slot),
            fsConstants.O_RDWR | fsConstants.O_CREAT | (fsConstants.O_NOFOLLOW ?? 0) | (fsConstants.O_NONBLOCK ?? 0),
            0o600,
          );
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ELOOP' || code === 'EISDIR' || code === 'ENXIO') {
            throw new StorageError('not-a-file', `${path.basename(recentPath(name, slot))} is not a plain file.`, {
              cause: error,
            });
          }
          throw describeFsError(error, 'saved');
        }
        if (!(await handle.stat()).isFile()) {
          await handle.close();
          throw new StorageError('not-a-file', `${path.basename(recentPath(name, slot))} is not a plain file.`);
        }
        open = { handle, synced: false };
        recentHandles.set(key, open);
      }
      try {
        for (let offset = 0; offset < bytes.length;) {
          offset += (await open.handle.write(bytes, offset, bytes.length - offset, offset)).bytesWritten;
        }
        if (open.synced) {
          await open.handle.datasync();
        } else {
          await open.handle.sync();
          await syncDirectory(fs, dir);
          open.synced = true;
        }
      } catch (error) {
        throw describeFsError(error, 'saved');
      }
    },

    /**
     * The recent-save slots that hold a whole file as far as its header says (a slot cut short
     * is left out; whether it authenticates is the vault's to say). Missing, special or oversized
     * slots are left out too: they are never a save.
     */
    async readRecent(name: string): Promise<{ slot: number; bytes: Uint8Array }[]> {
      const found: { slot: number; bytes: Uint8Array }[] = [];
      for (let slot = 0; slot < RECENT_SLOTS; slot++) {
        let bytes: Uint8Array;
        try {
          bytes = await readChecked(recentPath(name, slot));
        } catch {
          continue;
        }
        const length = declaredFileLength(bytes);
        if (length !== null && length <= bytes.length) found.push({ slot, bytes: bytes.subarray(0, length) });
      }
      return found;
    },

    /** Close the recent-save slots kept open (at lock; their files stay). */
    closeRecent,

    /**
     * Remove the recent-save slots, once the main file holds everything they held (or more):
     * at lock after the main file was saved, after an unlock, and before a re-key (so the old
     * passphrase opens nothing left behind). Returns how many files were removed.
     */
    async removeRecent(name: string): Promise<number> {
      await closeRecent(name);
      let removed = 0;
      for (let slot = 0; slot < RECENT_SLOTS; slot++) {
        try {
          await fs.unlink(recentPath(name, slot));
          removed++;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw describeFsError(error, 'saved');
        }
      }
      if (removed > 0) await syncDirectory(fs, dir);
      return removed;
    },

    /** Move the recent-save slots out of the way, kept beside the workbook for support (as `setAside`). */
    async setAsideRecent(name: string): Promise<void> {
      await closeRecent(name);
      let moved = false;
      for (let slot = 0; slot < RECENT_SLOTS; slot++) {
        try {
          await fs.rename(
            recentPath(name, slot),
            path.join(dir, `${name}.older-${stamp()}.recent-${slot + 1}${WORKBOOK_EXTENSION}`),
          );
          moved = true;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw describeFsError(error, 'opened');
        }
      }
      if (moved) await syncDirectory(fs, dir);
    },

    /** The recent-save slots of a workbook that are on disk now. */
    async recentFiles(name: string): Promise<string[]> {
      const files: string[] = [];
      for (let slot = 0; slot < RECENT_SLOTS; slot++)
        if (await exists(recentPath(name, slot))) files.push(recentPath(name, slot));
      return files;
    },

    /** Make the backups linked and pruned since the last call durable (one fsync for many saves). */
    async syncBackups(): Promise<void> {
      if (!backupsUnsynced) return;
      backupsUnsynced = false;
      await syncDirectory(fs, backupsDir);
    },

    /** True when something other than a folder is in the place of `backups`. */
    async backupsBlocked(): Promise<boolean> {
      try {
        return !(await fs.stat(backupsDir)).isDirectory();
      } catch {
        return false;
      }
    },

    /**
     * Replace the main file and the given backups as one set (a re-key): every new file is
     * written and synced into `<name>.rekey.pending/`, which is then renamed to `.ready` (the
     * commit point) and moved into place. A kill before the commit leaves the old set (the
     * pending folder is removed on the next read); after it, the next read finishes the move.
     */
    async replaceAll(name: string, main: Uint8Array, backups: { file: string; bytes: Uint8Array }[]): Promise<void> {
      const pending = pendingDir(name);
      try {
        await settle(name);
        await fs.mkdir(pending, { mode: 0o700 });
        const write = async (file: string, bytes: Uint8Array) => {
          const handle = await fs.open(path.join(pending, file), 'wx', 0o600);
          try {
            await handle.writeFile(bytes);
            await handle.sync();
          } finally {
            await handle.close();
          }
        };
        for (const backup of backups) {
          if (path.dirname(backup.file) !== backupsDir) throw new Error('a backup outside the backups folder');
          await write(path.basename(backup.file), backup.bytes);
        }
        await write(STAGED_MAIN, main);
        await syncDirectory(fs, pending);
        await fs.rename(pending, readyDir(name));
        await syncDirectory(fs, dir);
      } catch (error) {
        await fs.rm(pending, { recursive: true, force: true }).catch(() => undefined);
        throw describeFsError(error, 'saved');
      }
      await settle(name);
    },

    /** Move a main file out of the way, keeping it for support: damaged, or an older copy. */
    async setAside(name: string, why: 'damaged' | 'older'): Promise<string | null> {
      const target = mainPath(name);
      if (!(await exists(target))) return null;
      const aside = path.join(dir, `${name}.${why}-${stamp()}${WORKBOOK_EXTENSION}`);
      await fs.rename(target, aside);
      await syncDirectory(fs, dir);
      return aside;
    },

    /**
     * Take the workbook's lock file (advisory: the app and the `workbook` command both respect
     * it). A lock left by a process that no longer runs on this computer is taken over.
     * Throws StorageError('busy') naming who holds it.
     */
    async acquireLock(name: string, holder: LockHolder): Promise<() => Promise<void>> {
      const record: LockRecord = { holder, pid: process.pid, host: os.hostname(), token: randomBytes(8).toString('hex') };
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          await fs.mkdir(dir, { recursive: true, mode: 0o700 });
          await fs.writeFile(lockPath(name), JSON.stringify(record), { flag: 'wx', mode: 0o600 });
          return async () => {
            const current = await readLock(name);
            if (current?.token === record.token) await fs.unlink(lockPath(name)).catch(() => undefined);
          };
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw describeFsError(error, 'opened');
          const current = await readLock(name);
          const stale = !current || (current.host === record.host && !processAlive(current.pid));
          if (stale && attempt === 0) {
            await fs.unlink(lockPath(name)).catch(() => undefined);
            continue;
          }
          throw new StorageError('busy', busyMessage(current?.holder ?? 'command'));
        }
      }
      throw new StorageError('busy', busyMessage('command'));
    },

    /**
     * Every file of one workbook: the workbook, its backups, copies set aside beside it
     * (damaged, older, replaced), interrupted temp files and re-key folders. Used to delete it.
     */
    async filesOf(name: string): Promise<{ files: string[]; folders: string[] }> {
      const prefix = `${name}.`;
      const files: string[] = [];
      for (const folder of [dir, backupsDir]) {
        let entries: string[] = [];
        try {
          entries = await fs.readdir(folder);
        } catch {
          continue;
        }
        for (const entry of entries) {
          if (entry.startsWith(prefix) && entry.includes(WORKBOOK_EXTENSION)) files.push(path.join(folder, entry));
        }
      }
      const folders = [pendingDir(name), readyDir(name)];
      return {
        files: files.sort(),
        folders: (await Promise.all(folders.map(exists))).flatMap((e, i) => (e ? [folders[i]!] : [])),
      };
    },

    /** Remove the files and folders `filesOf` found; the folders are synced so the removal lasts. */
    async removeFiles(found: { files: string[]; folders: string[] }): Promise<void> {
      try {
        for (const file of found.files) await fs.rm(file, { force: true });
        for (const folder of found.folders) await fs.rm(folder, { recursive: true, force: true });
        await syncDirectory(fs, dir);
        if (await exists(backupsDir)) await syncDirectory(fs, backupsDir).catch(() => undefined);
      } catch (error) {
        throw describeFsError(error, 'deleted');
      }
    },

    /** Remove temp files left by a save that was interrupted (never a real workbook file). */
    async cleanupTemps(): Promise<number> {
      let removed = 0;
      for (const folder of [dir, backupsDir]) {
        let entries: string[] = [];
        try {
          entries = await fs.readdir(folder);
        } catch {
          continue;
        }
        for (const entry of entries) {
          if (TEMP_SUFFIX.test(entry) && entry.includes(WORKBOOK_EXTENSION)) {
            await fs.unlink(path.join(folder, entry)).catch(() => undefined);
            removed++;
          }
        }
      }
      return removed;
    },
  };
}

export type WorkbookFiles = ReturnType<typeof createWorkbookFiles>;
