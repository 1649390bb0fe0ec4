import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { describeFsError, syncDirectory, TEMP_SUFFIX, writeFileAtomic, type StorageFs } from './atomicFile';

export const WORKBOOK_EXTENSION = '.dwb';
export const BACKUPS_KEPT = 5;

/**
 * The files of one named workbook (`disclosing` or `partner`) in the workbooks folder:
 *   <name>.dwb                       the current save
 *   backups/<name>.<stamp>.dwb       the previous BACKUPS_KEPT saves, newest last by name
 *   <name>.damaged-<stamp>.dwb       a main file that failed to open, set aside, never deleted
 */
export function createWorkbookFiles(options: { dir: string; fs?: StorageFs; now?: () => Date }) {
  const fs = options.fs ?? nodeFs;
  const now = options.now ?? (() => new Date());
  const dir = options.dir;
  const backupsDir = path.join(dir, 'backups');
  let sequence = 0;

  const mainPath = (name: string) => path.join(dir, `${name}${WORKBOOK_EXTENSION}`);
  const stamp = () =>
    `${now().toISOString().replace(/[-:.]/g, '').replace('T', '-').replace('Z', '')}-${String(sequence++ % 1000).padStart(3, '0')}`;

  async function ensureDirs() {
    await fs.mkdir(backupsDir, { recursive: true, mode: 0o700 });
  }

  async function exists(file: string) {
    try {
      await fs.stat(file);
      return true;
    } catch {
      return false;
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

  return {
    dir,
    mainPath,

    exists: (name: string) => exists(mainPath(name)),

    async readMain(name: string): Promise<Uint8Array | null> {
      try {
        return new Uint8Array(await fs.readFile(mainPath(name)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw describeFsError(error, 'read');
      }
    },

    /** Newest first. */
    listBackups,

    async readFile(file: string): Promise<Uint8Array> {
      return new Uint8Array(await fs.readFile(file));
    },

    /**
     * Save: the previous main file is hard-linked into backups (copied where links are not
     * supported) just before the new file is renamed over it; older backups are pruned.
     * `keepPrevious: false` skips backing up a main file that is known to be damaged.
     */
    async write(name: string, bytes: Uint8Array, opts: { keepPrevious?: boolean } = {}): Promise<void> {
      const target = mainPath(name);
      try {
        await ensureDirs();
        await writeFileAtomic(fs, target, bytes, async () => {
          if (opts.keepPrevious === false || !(await exists(target))) return;
          const backup = path.join(backupsDir, `${name}.${stamp()}${WORKBOOK_EXTENSION}`);
          try {
            await fs.link(target, backup);
          } catch {
            await fs.copyFile(target, backup);
          }
        });
      } catch (error) {
        throw describeFsError(error, 'saved');
      }
      const backups = await listBackups(name);
      for (const old of backups.slice(BACKUPS_KEPT)) await fs.unlink(old).catch(() => undefined);
      await syncDirectory(fs, backupsDir);
    },

    /** Move a main file that fails to open out of the way, keeping it for support. */
    async setAsideDamaged(name: string): Promise<string | null> {
      const target = mainPath(name);
      if (!(await exists(target))) return null;
      const aside = path.join(dir, `${name}.damaged-${stamp()}${WORKBOOK_EXTENSION}`);
      await fs.rename(target, aside);
      await syncDirectory(fs, dir);
      return aside;
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
