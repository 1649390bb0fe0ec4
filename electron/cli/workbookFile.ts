import path from 'node:path';
import { ContentError, parseWorkbookJson, serializeWorkbook } from '../../shared/workbook/content';
import type { Workbook } from '../../shared/workbook/schema';
import { createWorkbookFiles, WORKBOOK_EXTENSION } from '../core/storage/workbookFiles';
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
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    throw new CliError(`Could not use the file (${error.code}).`, 1);
  }
  throw error;
}

export async function openWorkbookFile(vault: Vault, file: string, passphrase: string) {
  const { files, name } = workbookFileAt(file);
  const bytes = await files.readMain(name);
  if (!bytes) throw new CliError(`There is no workbook at ${file}.`, 1);
  try {
    const { session, plaintext } = vault.open(bytes, { method: 'passphrase', value: passphrase });
    if (session.kind === 'packet') throw new CliError('That file is a question packet, not a workbook.', 1);
    const workbook = parseWorkbookJson(new TextDecoder('utf-8', { fatal: true }).decode(plaintext), session.kind);
    plaintext.fill(0);
    return { files, name, session, workbook };
  } catch (error) {
    return explain(error);
  }
}

export async function saveWorkbookFile(
  vault: Vault,
  target: { files: ReturnType<typeof createWorkbookFiles>; name: string; session: VaultSession },
  workbook: Workbook,
) {
  const bytes = vault.seal(target.session, new TextEncoder().encode(serializeWorkbook(workbook)));
  await target.files.write(target.name, bytes);
}
