/**
 * Errors become messages for people here, and only here. Services throw their own errors
 * (wrong secret, damaged file, invalid content, storage, packet) or an AppError when they
 * know better words; the handler table and the workbook command both translate through
 * toAppError, so the app and the command say the same thing.
 */
import { AppError, type ErrorCode } from '../../shared/ipc/result';
import { ContentError } from '../../shared/workbook/content';
import { PackageContentError } from '../../shared/export/therapistPackage';
import { PacketError } from './exchange/questionPacketFile';
import { PackageError } from './exchange/therapistPackageFile';
import { StorageError } from './storage/atomicFile';
import { ThrottleWaitError } from './throttle';
import { DamagedFileError } from './vault/format';
import { WrongSecretError } from './vault/vault';

const PACKET_CODES: Record<PacketError['code'], ErrorCode> = {
  'wrong-code': 'wrong-secret',
  damaged: 'damaged',
  'not-a-packet': 'damaged',
  'bad-code-format': 'invalid-input',
  empty: 'invalid-input',
};

const PACKAGE_CODES: Record<PackageError['code'], ErrorCode> = {
  'wrong-code': 'wrong-secret',
  damaged: 'damaged',
  'not-a-package': 'damaged',
  'bad-code-format': 'invalid-input',
  'wrong-slot': 'invalid-content',
};

/** A Node file-system error: its code (ENOENT, EACCES...) names the cause and never quotes content. */
function fsErrorCode(error: unknown): string | null {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && /^E[A-Z]+$/.test(error.code)
    ? error.code
    : null;
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ThrottleWaitError) {
    return new AppError({ code: 'wait', message: error.message, retryAfterMs: error.retryAfterMs });
  }
  if (error instanceof WrongSecretError) return new AppError({ code: 'wrong-secret', message: error.message });
  if (error instanceof DamagedFileError) return new AppError({ code: 'damaged', message: error.message });
  if (error instanceof ContentError) return new AppError({ code: 'invalid-content', message: error.message });
  if (error instanceof StorageError) {
    const code = error.code === 'not-a-file' || error.code === 'too-large' ? 'damaged' : error.code;
    return new AppError({ code, message: error.message });
  }
  if (error instanceof PacketError) return new AppError({ code: PACKET_CODES[error.code], message: error.message });
  if (error instanceof PackageError) return new AppError({ code: PACKAGE_CODES[error.code], message: error.message });
  // The sections or letter draft chosen for a package: something the person can choose again.
  if (error instanceof PackageContentError) return new AppError({ code: 'invalid-input', message: error.message });
  const fsCode = fsErrorCode(error);
  if (fsCode) return new AppError({ code: 'io', message: `Could not use the file (${fsCode}).` }, { cause: error });
  return new AppError(
    { code: 'internal', message: 'Something went wrong inside the app. Nothing was changed.' },
    { cause: error },
  );
}
