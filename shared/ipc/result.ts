export type ErrorCode =
  | 'invalid-input'
  | 'wrong-secret'
  | 'wait'
  | 'damaged'
  | 'missing'
  | 'exists'
  | 'locked'
  | 'invalid-content'
  | 'disk-full'
  | 'permission'
  | 'io'
  | 'busy'
  | 'not-a-file'
  | 'too-large'
  | 'cancelled'
  | 'internal';

/** Errors cross the process boundary as data with a message a person can read. */
export interface AppErrorInfo {
  code: ErrorCode;
  message: string;
  /** For `wait`: how long until another attempt is accepted. */
  retryAfterMs?: number;
  /** For `damaged`: how many encrypted backups could be tried. */
  backupsAvailable?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorInfo };

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly info: AppErrorInfo,
    options?: { cause?: unknown },
  ) {
    super(info.message, options);
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
