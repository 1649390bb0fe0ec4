/**
 * The therapist package file (.dwbx): the vault format (kind `package`) with the data key
 * wrapped by a key derived with Argon2id from a one-time share code (16 digits, the release
 * code's format and normaliser). XChaCha20-Poly1305 with the whole header as associated data;
 * the recovery slot holds a key that is thrown away at once, so the share code is the only way in.
 */
import { normaliseReleaseCode, releaseCodeFromRandom } from '../../../shared/export/questionPacket';
import {
  buildPackageContent,
  PackageContentError,
  readPackageContent,
  type SharedWorkbook,
} from '../../../shared/export/therapistPackage';
import type { Role } from '../../../shared/workbook/schema';
import { DamagedFileError } from '../vault/format';
import type { Sodium } from '../vault/sodium';
import { WrongSecretError, type Vault } from '../vault/vault';

export const PACKAGE_EXTENSION = '.dwbx';

export class PackageError extends Error {
  override name = 'PackageError';
  constructor(
    readonly code: 'wrong-code' | 'damaged' | 'not-a-package' | 'bad-code-format' | 'wrong-slot',
    message: string,
  ) {
    super(message);
  }
}

const ROLE_WORDS: Record<Role, string> = { disclosing: 'the disclosing partner', partner: 'the partner' };

export async function sealTherapistPackage(
  vault: Vault,
  sodium: Sodium,
  shared: SharedWorkbook,
): Promise<{ bytes: Uint8Array; code: string }> {
  const code = releaseCodeFromRandom((n) => sodium.randombytes_buf(n));
  const { session } = await vault.create('package', code);
  try {
    const bytes = await vault.seal(session, new TextEncoder().encode(JSON.stringify(buildPackageContent(shared))));
    return { bytes, code };
  } finally {
    vault.close(session);
  }
}

/** Open a package with its share code; `expected` is the slot it was given for. Throws PackageError. */
export async function openTherapistPackage(
  vault: Vault,
  bytes: Uint8Array,
  typedCode: string,
  expected?: Role,
): Promise<SharedWorkbook> {
  const code = normaliseReleaseCode(typedCode);
  if (!code) throw new PackageError('bad-code-format', 'A share code has 16 digits, for example 1234-5678-9012-3456.');
  let plaintext: Uint8Array;
  try {
    const opened = await vault.open(bytes, { method: 'passphrase', value: code });
    vault.close(opened.session);
    if (opened.session.kind !== 'package') {
      opened.plaintext.fill(0);
      throw new PackageError(
        'not-a-package',
        opened.session.kind === 'packet'
          ? 'This file is a question packet, not a therapist package.'
          : 'This file is a workbook, not a therapist package.',
      );
    }
    plaintext = opened.plaintext;
  } catch (error) {
    if (error instanceof PackageError) throw error;
    if (error instanceof WrongSecretError) {
      throw new PackageError('wrong-code', 'That share code does not open this package. Please check the digits and try again.');
    }
    if (error instanceof DamagedFileError) {
      throw new PackageError(
        'damaged',
        'This package is damaged or was changed after it was made, so it cannot be opened. Please ask for the file again.',
      );
    }
    throw error;
  }
  let shared: SharedWorkbook;
  try {
    shared = readPackageContent(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext)));
  } catch (error) {
    if (error instanceof PackageContentError) throw new PackageError('damaged', error.message);
    throw new PackageError('damaged', 'This package could not be read.');
  } finally {
    plaintext.fill(0);
  }
  if (expected && shared.workbook.role !== expected) {
    throw new PackageError(
      'wrong-slot',
      `This package was made by ${ROLE_WORDS[shared.workbook.role]}, so it belongs in the other place (${ROLE_WORDS[expected]}'s package was expected here).`,
    );
  }
  return shared;
}
