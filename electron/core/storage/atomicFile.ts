import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';

/** The subset of fs/promises the storage layer uses, so tests can inject disk faults. */
export type StorageFs = Pick<
  typeof nodeFs,
  'open' | 'rename' | 'link' | 'copyFile' | 'unlink' | 'readdir' | 'readFile' | 'mkdir' | 'stat' | 'rm' | 'writeFile'
>;

export class StorageError extends Error {
  override name = 'StorageError';
  constructor(
    readonly code: 'disk-full' | 'permission' | 'io' | 'not-a-file' | 'too-large' | 'busy',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const TEMP_SUFFIX = /\.[0-9a-f]{16}\.tmp$/;

export function describeFsError(error: unknown, action: string): StorageError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new StorageError(
      'disk-full',
      `The disk is full, so your latest changes could not be ${action}. Your previous save is safe. Free some space and it will save again.`,
      { cause: error },
    );
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new StorageError(
      'permission',
      `The workbook folder cannot be written to, so your latest changes could not be ${action}. Your previous save is safe.`,
      { cause: error },
    );
  }
  return new StorageError(
    'io',
    `Your latest changes could not be ${action} (${code ?? 'unknown error'}). Your previous save is safe.`,
    {
      cause: error,
    },
  );
}

/**
 * Write `bytes` to `target` so that, whatever instant the process dies at, `target` holds
 * either the old complete file or the new complete file:
 * temp file in the same folder -> write -> fsync -> rename -> fsync folder.
 *
 * `bytes` may still be on its way (a save passes its seal, running in the crypto worker): the
 * temp file and the folder are then opened meanwhile, so neither open waits for the other or for
 * the seal. The folder's fsync after the rename is what makes the rename durable, whenever the folder
 * was opened. On POSIX the temp file is closed while it is renamed (after its fsync: its data is
 * durable by then); Windows closes it first.
 *
 * `alongsideWrite` runs while the temp file is written and synced (a save links the previous
 * file into backups then) and is finished before the rename; `afterRename` runs while the
 * folder is synced (a save prunes old backups then). Both overlap the fsyncs instead of adding
 * to them; neither changes what is durable when this returns: the new file and its folder entry.
 */
export async function writeFileAtomic(
  fs: StorageFs,
  target: string,
  bytes: Uint8Array | Promise<Uint8Array>,
  alongsideWrite?: () => Promise<void>,
  beforeWrite?: (temp: string) => Promise<void>,
  afterRename?: () => Promise<void>,
): Promise<void> {
  const dir = path.dirname(target);
  const temp = `${target}.${randomBytes(8).toString('hex')}.tmp`;
  // Told the temp file's name before its first byte is written (an export records it, encrypted).
  if (beforeWrite) await beforeWrite(temp);
  // Opened ahead only while the bytes are on their way; otherwise after the rename, as it is used.
  const early = bytes instanceof Promise ? openDirectory(fs, dir) : null;
  let handle: nodeFs.FileHandle | undefined;
  const alongside = alongsideWrite?.();
  try {
    try {
      const [opened, ready] = await Promise.allSettled([fs.open(temp, 'wx', 0o600), Promise.resolve(bytes)]);
      if (opened.status === 'rejected') throw opened.reason;
      const file = opened.value;
      handle = file;
      if (ready.status === 'rejected') throw ready.reason;
      const data = ready.value;
      let offset = 0;
      while (offset < data.length) {
        const { bytesWritten } = await file.write(data, offset, data.length - offset);
        offset += bytesWritten;
      }
      await file.sync();
      if (process.platform === 'win32') {
        await file.close();
        handle = undefined;
      }
    } finally {
      // Never left running on its own, whichever of the two failed first.
      await alongside?.catch(() => undefined);
    }
    await alongside;
    const closing = handle?.close().catch(() => undefined);
    handle = undefined;
    try {
      await fs.rename(temp, target);
    } finally {
      await closing;
    }
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    void early?.then((h) => h?.close()).catch(() => undefined);
    throw error;
  }
  const folderHandle = await (early ?? openDirectory(fs, dir));
  await Promise.all([afterRename?.().catch(() => undefined), folderHandle?.sync().catch(() => undefined)]);
  // Closing the folder is not part of what is durable: the save does not wait for it.
  void folderHandle?.close().catch(() => undefined);
}

/** A folder opened for fsync, or null where folders cannot be opened or synced (Windows): the rename is still atomic there. */
async function openDirectory(fs: StorageFs, dir: string): Promise<nodeFs.FileHandle | null> {
  try {
    return await fs.open(dir, 'r');
  } catch {
    return null;
  }
}

/**
 * Replace `target` with `bytes` through a temp file and a rename, without fsync: whatever
 * instant the app dies at, `target` is the old or the new file (the page cache outlives the
 * process); only a power cut or a system crash may lose the newest write. For small state that
 * is made durable later with writeFileAtomic (the save counters: at lock and at quit).
 */
export async function replaceFile(fs: StorageFs, target: string, bytes: Uint8Array): Promise<void> {
  const temp = `${target}.${randomBytes(8).toString('hex')}.tmp`;
  try {
    await fs.writeFile(temp, bytes, { flag: 'wx', mode: 0o600 });
    await fs.rename(temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

export async function syncDirectory(fs: StorageFs, dir: string): Promise<void> {
  const handle = await openDirectory(fs, dir);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}

/**
 * Save a whole file the person chose a place for (an export, a question packet): atomically,
 * owner-only, so a full disk or a crash never leaves half a document over an earlier one.
 * Throws StorageError with a message about `what` ("the document", "the question packet").
 */
export async function saveChosenFile(
  target: string,
  bytes: Uint8Array,
  what: string,
  fs: StorageFs = nodeFs,
  beforeWrite?: (temp: string) => Promise<void>,
): Promise<void> {
  try {
    await writeFileAtomic(fs, target, bytes, undefined, beforeWrite);
  } catch (error) {
    const { code } = describeFsError(error, 'saved');
    const reason =
      code === 'disk-full'
        ? 'the disk is full'
        : code === 'permission'
          ? 'that folder cannot be written to'
          : 'something went wrong while writing';
    throw new StorageError(
      code,
      `${what[0]!.toUpperCase()}${what.slice(1)} could not be saved there: ${reason}. Nothing else was changed; please choose another place or free some space.`,
      {
        cause: error,
      },
    );
  }
}
