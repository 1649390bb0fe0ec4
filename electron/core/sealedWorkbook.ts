/**
 * A workbook file's bytes <-> its content, written once: decrypt -> decode -> parse ->
 * validate (and migrate) on the way in, serialize -> encrypt on the way out. The workbook
 * service, the export of a file from another computer and the workbook command all use these.
 */
import { ContentError, parseWorkbookJson, serializeWorkbook } from '../../shared/workbook/content';
import type { Role, Workbook } from '../../shared/workbook/schema';
import type { Secret, Vault, VaultSession } from './vault/vault';

const NOT_THIS_ROLE: Record<Role, string> = {
  disclosing: 'That file is not a disclosure workbook.',
  partner: 'That file is not a partner workbook.',
};

/**
 * Opens sealed workbook bytes with a secret. The decrypted text is zeroed as soon as it is
 * parsed; on any failure the session is closed. Throws WrongSecretError, DamagedFileError,
 * ContentError (not a workbook, the other role's, invalid content) or TypeError (not UTF-8).
 */
export async function openSealedWorkbook(
  vault: Vault,
  bytes: Uint8Array,
  secret: Secret,
  expectedRole?: Role,
): Promise<{ session: VaultSession; workbook: Workbook }> {
  const { session, plaintext } = await vault.open(bytes, secret);
  try {
    if (session.kind === 'packet') throw new ContentError('That file is a question packet, not a workbook.');
    if (expectedRole && session.kind !== expectedRole) throw new ContentError(NOT_THIS_ROLE[expectedRole]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(plaintext);
    return { session, workbook: parseWorkbookJson(text, session.kind) };
  } catch (error) {
    vault.close(session);
    throw error;
  } finally {
    plaintext.fill(0);
  }
}

/** The encrypted bytes of a workbook, for an open session. */
export function sealWorkbook(vault: Vault, session: VaultSession, workbook: Workbook): Promise<Uint8Array> {
  return vault.seal(session, new TextEncoder().encode(serializeWorkbook(workbook)));
}
