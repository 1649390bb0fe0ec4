import { z } from 'zod';
import { LOCK_KINDS } from './lockDetail';

export {
  LOCK_KINDS,
  parseLockDetail,
  type FlushRequestDetail,
  type KeptOpenDetail,
  type LockedDetail,
  type LockEventDetails,
  type LockEventName,
  type LockKind,
} from './lockDetail';

export const lockKindSchema = z.enum(LOCK_KINDS);

/** The kinds the renderer itself may ask for (the others come from the system or a menu). */
export const RENDERER_LOCK_KINDS = ['lock', 'quick-hide', 'idle'] as const;
export const rendererLockKindSchema = z.enum(RENDERER_LOCK_KINDS);

/** Something the renderer should say when it starts (after a reload by the main process). */
export type LockNotice = 'failure';

/** What a lock request came to. */
export interface LockOutcome {
  locked: boolean;
  saved: boolean;
}
