import path from 'node:path';
import type { Workbook } from '../../shared/workbook/schema';
import { toAppError } from '../core/errors';
import { newestRecentSave, openSealedWorkbook, sealWorkbook } from '../core/sealedWorkbook';
import { createWorkbookFiles, WORKBOOK_EXTENSION, type WorkbookFiles } from '../core/storage/workbookFiles';
import { attemptKey, type Throttle } from '../core/throttle';
import { WrongSecretError } from '../core/vault/vault';
import type { Vault, VaultSession } from '../core/vault/vault';
import { CliError } from './io';

/** A workbook file given on the command line: `<dir>/<name>.dwb`, with backups in `<dir>/backups`. */
export function workbookFileAt(file: string) {
  if (!file.endsWith(WORKBOOK_EXTENSION)) {
    throw new CliError(`Workbook files end in ${WORKBOOK_EXTENSION} (got "${path.basename(file)}").`, 2);
  }
  const dir = path.dirname(path.resolve(file));
  const name = path.basename(file, WORKBOOK_EXTENSION);
  return { files: createWorkbookFiles({ dir }), name };
}

/**
 * A failure -> the command's one-line message and exit code, in the app's words (toAppError):
 * exit 2 for input the person can correct (a code's format, an empty packet), 1 otherwise.
 * Anything the core does not know stays an unexpected error.
 */
export function explain(error: unknown): never {
  if (error instanceof CliError) throw error;
  const { info } = toAppError(error);
  if (info.code === 'internal') throw error;
  throw new CliError(info.message, info.code === 'invalid-input' ? 2 : 1);
}

export interface OpenedWorkbookFile {
  files: WorkbookFiles;
  name: string;
  session: VaultSession;
  workbook: Workbook;
  /** Closes the session (key zeroed) and, for a writing command, releases the workbook's lock file. */
  close: () => Promise<void>;
}

/**
 * Open a workbook file with its passphrase. A command that will write (`forWriting`) first
 * takes the workbook's lock file, so it never races the app's autosave; when the app holds
 * it, the command stops with a clear message and changes nothing.
 */
export async function openWorkbookFile(
  ctx: { vault: Vault; throttle: Throttle },
  file: string,
  passphrase: string,
  options: { forWriting?: boolean } = {},
): Promise<OpenedWorkbookFile> {
  const { vault, throttle } = ctx;
  const { files, name } = workbookFileAt(file);
  let release = () => Promise.resolve();
  try {
    if (options.forWriting) release = await files.acquireLock(name, 'command');
    const bytes = await files.readMain(name);
    if (!bytes) throw new CliError(`There is no workbook at ${file}.`, 1);
    // The same throttle (and the same key for the same file) as the app: a wrong passphrase pauses the next try.
    const opened = await throttle.attempt(
      attemptKey('workbook', file),
      () => openSealedWorkbook(vault, bytes, { method: 'passphrase', value: passphrase }),
      (error) => error instanceof WrongSecretError,
    );
    const { session } = opened;
    let { workbook } = opened;
    // Typing saves the app had not yet put in the main file (it was cut short) are the newest.
    const recent = await newestRecentSave(vault, session, await files.readRecent(name), workbook.role);
    if (recent) {
      workbook = recent.workbook;
      session.header = { ...session.header, saveCounter: recent.header.saveCounter };
    }
    return {
      files,
      name,
      session,
      workbook,
      close: async () => {
        vault.close(session);
        await release();
      },
    };
  } catch (error) {
    await release();
    return explain(error);
  }
}

export async function saveWorkbookFile(vault: Vault, target: OpenedWorkbookFile, workbook: Workbook) {
  await target.files.write(target.name, await sealWorkbook(vault, target.session, workbook));
  // The main file is now the newest save: recent-save slots left by the app would only be older.
  await target.files.removeRecent(target.name);
}
