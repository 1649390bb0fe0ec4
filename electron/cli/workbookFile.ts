import path from 'node:path';
import { ContentError, parseWorkbookJson, serializeWorkbook } from '../../shared/workbook/content';
import type { Workbook } from '../../shared/workbook/schema';
import { StorageError } from '../core/storage/atomicFile';
import { createWorkbookFiles, WORKBOOK_EXTENSION, type WorkbookFiles } from '../core/storage/workbookFiles';
import { DamagedFileError } from '../core/vault/format';
import type { Vault, VaultSession } from '../core/vault/vault';
import { WrongSecretError } from '../core/vault/vault';
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

export function explain(error: unknown): never {
  if (error instanceof CliError) throw error;
  if (error instanceof WrongSecretError) throw new CliError(error.message, 1);
  if (error instanceof DamagedFileError) throw new CliError(error.message, 1);
  if (error instanceof ContentError) throw new CliError(error.message, 1);
  if (error instanceof StorageError) throw new CliError(error.message, 1);
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    throw new CliError(`Could not use the file (${error.code}).`, 1);
  }
  throw error;
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
  vault: Vault,
  file: string,
  passphrase: string,
  options: { forWriting?: boolean } = {},
): Promise<OpenedWorkbookFile> {
  const { files, name } = workbookFileAt(file);
  let release = () => Promise.resolve();
  try {
    if (options.forWriting) release = await files.acquireLock(name, 'command');
    const bytes = await files.readMain(name);
    if (!bytes) throw new CliError(`There is no workbook at ${file}.`, 1);
    const { session, plaintext } = await vault.open(bytes, { method: 'passphrase', value: passphrase });
    if (session.kind === 'packet' || session.kind === 'package') {
      vault.close(session);
      throw new CliError(
        session.kind === 'packet'
          ? 'That file is a question packet, not a workbook.'
          : 'That file is a therapist package, not a workbook.',
        1,
      );
    }
    let workbook: Workbook;
    try {
      workbook = parseWorkbookJson(new TextDecoder('utf-8', { fatal: true }).decode(plaintext), session.kind);
    } catch (error) {
      vault.close(session);
      throw error;
    } finally {
      plaintext.fill(0);
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
  const bytes = await vault.seal(target.session, new TextEncoder().encode(serializeWorkbook(workbook)));
  await target.files.write(target.name, bytes);
}
