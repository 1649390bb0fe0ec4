/**
 * Crash leftovers of documents written with no workbook open (the therapist's "Make the session
 * document" screen). An export from inside a workbook names its temp file in a note sealed
 * under that workbook's key; here there is no key, and a document saved without a password is
 * plaintext in its temp file until the rename. So, for such a document only, the temp file's
 * path (never any content) is recorded in the app's own data folder before the first byte is
 * written, and the record is cleared as soon as the write is over. A record left by a crash is
 * acted on at the next start of the app, before anything else: the temp file is removed (only
 * a name of the atomic writer's form, so nothing the person made is ever touched), then the
 * record. A document protected with a password is Office-encrypted in its temp file too: nothing
 * is recorded for it.
 */
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { TEMP_SUFFIX, writeFileAtomic, type StorageFs } from '../storage/atomicFile';

export interface PendingDocuments {
  /** Records `temp` before its first byte is written; call what it returns when the write is over. */
  note(temp: string): Promise<() => Promise<void>>;
  /** At start: removes the temp files a crash left, then the record. Never throws. */
  cleanUp(): Promise<number>;
}

const isTemp = (value: unknown): value is string =>
  typeof value === 'string' && path.isAbsolute(value) && TEMP_SUFFIX.test(value);

export function pendingDocuments(record: string, fs: StorageFs = nodeFs): PendingDocuments {
  const pending = new Set<string>();
  let writing: Promise<void> = Promise.resolve();
  const persist = (): Promise<void> =>
    (writing = writing
      .catch(() => undefined)
      .then(async () => {
        if (pending.size === 0) {
          await fs.unlink(record).catch(() => undefined);
          return;
        }
        await fs.mkdir(path.dirname(record), { recursive: true, mode: 0o700 });
        await writeFileAtomic(fs, record, new TextEncoder().encode(JSON.stringify([...pending])));
      }));

  return {
    async note(temp) {
      pending.add(temp);
      try {
        // Not recorded, not written: a plaintext temp file that could outlive a crash is never started.
        await persist();
      } catch (error) {
        pending.delete(temp);
        throw error;
      }
      return async () => {
        const gone = await fs.unlink(temp).then(
          () => true,
          (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT',
        );
        if (!gone) return; // stays recorded: removed at the next start
        pending.delete(temp);
        await persist().catch(() => undefined);
      };
    },

    async cleanUp() {
      let list: unknown;
      try {
        list = JSON.parse(String(await fs.readFile(record, 'utf8')));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
        list = null; // unreadable: nothing to act on, and it goes
      }
      let removed = 0;
      for (const temp of Array.isArray(list) ? list.filter(isTemp) : []) {
        if (
          await fs.unlink(temp).then(
            () => true,
            () => false,
          )
        )
          removed++;
      }
      await fs.unlink(record).catch(() => undefined);
      return removed;
    },
  };
}
