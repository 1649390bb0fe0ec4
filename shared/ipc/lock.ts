import { z } from 'zod';

/**
 * What started a lock. Every way of locking goes through the one lock coordinator in the main
 * process (electron/core/lockCoordinator.ts): the renderer asks for `lock`, `quick-hide` and
 * `idle`; menus, system events and quit start the others there.
 */
export const LOCK_KINDS = ['lock', 'quick-hide', 'idle', 'lock-screen', 'suspend', 'quit'] as const;
export type LockKind = (typeof LOCK_KINDS)[number];
export const lockKindSchema = z.enum(LOCK_KINDS);

/** The kinds the renderer itself may ask for (the others come from the system or a menu). */
export const RENDERER_LOCK_KINDS = ['lock', 'quick-hide', 'idle'] as const;
export const rendererLockKindSchema = z.enum(RENDERER_LOCK_KINDS);

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

/** Something the renderer should say when it starts (after a reload by the main process). */
export type LockNotice = 'failure';

/** What a lock request came to. */
export interface LockOutcome {
  locked: boolean;
  saved: boolean;
}

const detailSchemas = {
  'flush-request': z.object({ id: z.number().int().nonnegative(), kind: lockKindSchema }),
  locked: z.object({ kind: lockKindSchema, saved: z.boolean() }),
  'lock-kept-open': z.object({ kind: lockKindSchema }),
} as const;

export type LockEventName = keyof typeof detailSchemas;
export interface LockEventDetails {
  'flush-request': FlushRequestDetail;
  locked: LockedDetail;
  'lock-kept-open': KeptOpenDetail;
}

/** Read an event's detail safely (the renderer checks what arrives, like the main process does). */
export function parseLockDetail<E extends LockEventName>(event: E, detail: unknown): LockEventDetails[E] | null {
  const parsed = detailSchemas[event].safeParse(detail);
  return parsed.success ? (parsed.data as LockEventDetails[E]) : null;
}
