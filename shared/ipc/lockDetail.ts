/**
 * The lock events' details, read without the schema library: the renderer reads them from its
 * first script (the lock flow is there from the start), which stays small for a fast start.
 * lock.ts re-exports all of this; lockDetail.test.ts checks it against the equivalent zod schemas.
 */

/**
 * What started a lock. Every way of locking goes through the one lock coordinator in the main
 * process (electron/core/lockCoordinator.ts): the renderer asks for `lock`, `quick-hide` and
 * `idle`; menus, system events and quit start the others there.
 */
export const LOCK_KINDS = ['lock', 'quick-hide', 'idle', 'lock-screen', 'suspend', 'quit'] as const;
export type LockKind = (typeof LOCK_KINDS)[number];

/** Sent with `flush-request`: save everything now (editor state included) and answer with `lock:flushed`. */
export interface FlushRequestDetail {
  id: number;
  kind: LockKind;
}

/** Sent with `locked`: everything is locked; `saved` says whether the last typing was saved first. */
export interface LockedDetail {
  kind: LockKind;
  saved: boolean;
}

/** Sent with `lock-kept-open`: the save before the lock did not succeed, so the workbook stays open. */
export interface KeptOpenDetail {
  kind: LockKind;
}

export interface LockEventDetails {
  'flush-request': FlushRequestDetail;
  locked: LockedDetail;
  'lock-kept-open': KeptOpenDetail;
}
export type LockEventName = keyof LockEventDetails;

const isLockKind = (value: unknown): value is LockKind =>
  typeof value === 'string' && (LOCK_KINDS as readonly string[]).includes(value);

/** Read an event's detail safely (the renderer checks what arrives, like the main process does). */
export function parseLockDetail<E extends LockEventName>(event: E, detail: unknown): LockEventDetails[E] | null {
  if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) return null;
  const { id, kind, saved } = detail as Record<string, unknown>;
  if (!isLockKind(kind)) return null;
  let parsed: LockEventDetails[LockEventName] | null = null;
  switch (event) {
    case 'flush-request':
      if (typeof id === 'number' && Number.isSafeInteger(id) && id >= 0) parsed = { id, kind };
      break;
    case 'locked':
      if (typeof saved === 'boolean') parsed = { kind, saved };
      break;
    case 'lock-kept-open':
      parsed = { kind };
      break;
  }
  return parsed as LockEventDetails[E] | null;
}
