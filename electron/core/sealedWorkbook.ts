/**
 * A sealed workbook's bytes <-> its content, written once: decrypt -> decode -> parse ->
 * validate (and migrate) on the way in, serialize -> encrypt on the way out. The workbook
 * service, the export of a file from another computer and the workbook command all open and
 * seal workbooks through these functions, never through the vault directly.
 */
import { ContentError, parseWorkbookJson, serializeWorkbook } from '../../shared/workbook/content';
import type { Role, Workbook } from '../../shared/workbook/schema';
import type { Header } from './vault/format';
import type { Secret, Vault, VaultSession } from './vault/vault';

const NOT_THIS_ROLE: Record<Role, string> = {
  disclosing: 'That file is not a disclosure workbook.',
  partner: 'That file is not a partner workbook.',
};

const NOT_A_WORKBOOK = {
  packet: 'That file is a question packet, not a workbook.',
  package: 'That file is a therapist package, not a workbook.',
} as const;

/**
 * Decrypted workbook text -> a valid, current workbook of `role`. The plaintext is zeroed
 * whatever happens. Throws ContentError (not UTF-8, invalid content, another role's).
 */
export function decodeWorkbook(plaintext: Uint8Array, role: Role): Workbook {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(plaintext);
  } catch {
    throw new ContentError('The workbook content is not valid text.');
  } finally {
    plaintext.fill(0);
  }
  return parseWorkbookJson(text, role);
}

/**
 * Opens sealed workbook bytes with a secret: one key derivation, then decode and validate.
 * On any failure after the key is derived, the session is closed. Throws WrongSecretError,
 * DamagedFileError or ContentError (a packet or package, the other role's file, invalid content).
 */
export async function openSealedWorkbook(
  vault: Vault,
  bytes: Uint8Array,
  secret: Secret,
  expectedRole?: Role,
): Promise<{ session: VaultSession; workbook: Workbook }> {
  const { session, plaintext } = await vault.open(bytes, secret);
  try {
    const kind = session.kind;
    if (kind === 'packet' || kind === 'package') throw new ContentError(NOT_A_WORKBOOK[kind]);
    if (expectedRole && kind !== expectedRole) throw new ContentError(NOT_THIS_ROLE[expectedRole]);
    return { session, workbook: decodeWorkbook(plaintext, kind) };
  } catch (error) {
    vault.close(session);
    throw error;
  } finally {
    plaintext.fill(0);
  }
}

/** The encrypted bytes of a workbook, for an open session (the save counter moves on). */
export function sealWorkbook(vault: Vault, session: VaultSession, workbook: Workbook): Promise<Uint8Array> {
  return vault.seal(session, new TextEncoder().encode(serializeWorkbook(workbook)));
}

/**
 * Of a workbook's recent-save slots (see WorkbookFiles.writeRecent), the newest save that is
 * newer than what `session` opened: decrypted with the session's key (no key derivation), the
 * same workbook id, a higher save counter, valid content. A slot cut short by a crash, one from
 * another workbook or key, or one with content that does not validate is passed over; null
 * when none is newer.
 */
export async function newestRecentSave(
  vault: Vault,
  session: VaultSession,
  slots: readonly { slot: number; bytes: Uint8Array }[],
  role: Role,
): Promise<{ slot: number; header: Header; workbook: Workbook } | null> {
  let newest: { slot: number; header: Header; workbook: Workbook } | null = null;
  for (const { slot, bytes } of slots) {
    let opened: { header: Header; plaintext: Uint8Array };
    try {
      opened = await vault.decrypt(session, bytes);
    } catch {
      continue;
    }
    const { header, plaintext } = opened;
    const sameWorkbook = header.workbookId.every((b, i) => b === session.header.workbookId[i]);
    const floor = newest?.header.saveCounter ?? session.header.saveCounter;
    if (!sameWorkbook || header.kind !== session.kind || header.saveCounter <= floor) {
      plaintext.fill(0);
      continue;
    }
    try {
      newest = { slot, header, workbook: decodeWorkbook(plaintext, role) };
    } catch {
      // decodeWorkbook zeroed it; content that does not validate is never taken for a save.
    }
  }
  return newest;
}
