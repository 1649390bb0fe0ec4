/**
 * The therapist package file (.dwbx): a code-sealed file (see codeSealedFile.ts) of kind
 * `package`, opened with a one-time share code (16 digits, the release code's format).
 * XChaCha20-Poly1305 with the whole header as associated data.
 */
import {
  buildPackageContent,
  PackageContentError,
  readPackageContent,
  type SharedWorkbook,
} from '../../../shared/export/therapistPackage';
import type { Role } from '../../../shared/workbook/schema';
import type { Sodium } from '../vault/sodium';
import type { Vault } from '../vault/vault';
import { CodeFileError, openWithCode, sealWithCode, type CodeFileSpec } from './codeSealedFile';

export const PACKAGE_EXTENSION = '.dwbx';

export class PackageError extends CodeFileError<'wrong-code' | 'damaged' | 'not-a-package' | 'bad-code-format' | 'wrong-slot'> {
  override name = 'PackageError';
}

const ROLE_WORDS: Record<Role, string> = { disclosing: 'the disclosing partner', partner: 'the partner' };

export function sealTherapistPackage(
  vault: Vault,
  sodium: Sodium,
  shared: SharedWorkbook,
): Promise<{ bytes: Uint8Array; code: string }> {
  return sealWithCode(vault, sodium, 'package', buildPackageContent(shared));
}

const PACKAGE: CodeFileSpec<SharedWorkbook> = {
  kind: 'package',
  words: {
    badCodeFormat: 'A share code has 16 digits, for example 1234-5678-9012-3456.',
    wrongCode: 'That share code does not open this package. Please check the digits and try again.',
    damaged: 'This package is damaged or was changed after it was made, so it cannot be opened. Please ask for the file again.',
    unreadable: 'This package could not be read.',
    notThisKind: (found) =>
      found === 'packet'
        ? 'This file is a question packet, not a therapist package.'
        : 'This file is a workbook, not a therapist package.',
  },
  fail: (problem, message) => new PackageError(problem === 'not-this-kind' ? 'not-a-package' : problem, message),
  read(raw) {
    try {
      return readPackageContent(raw);
    } catch (error) {
      throw new PackageError('damaged', error instanceof PackageContentError ? error.message : 'This package could not be read.');
    }
  },
};

/** Open a package with its share code; `expected` is the slot it was given for. Throws PackageError. */
export async function openTherapistPackage(
  vault: Vault,
  bytes: Uint8Array,
  typedCode: string,
  expected?: Role,
): Promise<SharedWorkbook> {
  const shared = await openWithCode(vault, bytes, typedCode, PACKAGE);
  if (expected && shared.workbook.role !== expected) {
    throw new PackageError(
      'wrong-slot',
      `This package was made by ${ROLE_WORDS[shared.workbook.role]}, so it belongs in the other place (${ROLE_WORDS[expected]}'s package was expected here).`,
    );
  }
  return shared;
}
