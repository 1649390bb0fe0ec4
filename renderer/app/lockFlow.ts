/**
 * The renderer's side of locking. The renderer never locks on its own: it asks the lock
 * coordinator in the main process (`lock:request`), which asks back for a save (`flush-request`),
 * waits for the answer (`lock:flushed`), locks, and says so (`locked`, or `lock-kept-open` when the
 * save did not succeed and the workbook stays open). Menus, system events and quit start at the
 * coordinator and arrive here the same way, so every path saves the last typing first.
 *
 * Plain logic with its effects passed in, so it is unit-tested without a browser.
 */
import type { AppEvent } from '../../shared/ipc/channels';
import type { RENDERER_LOCK_KINDS } from '../../shared/ipc/lock';
import { parseLockDetail, type LockedDetail, type LockKind } from '../../shared/ipc/lockDetail';
import { LOCKED_WHEN_QUIET, UNSAVED_AT_LOCK } from '../../shared/guidance/lockTexts';

export type RendererLockKind = (typeof RENDERER_LOCK_KINDS)[number];

export interface LockFlowEffects {
  /** Save everything typed (editor state included). True when saved, or when nothing is open. */
  flush(): Promise<boolean>;
  /** Answer a flush request (`lock:flushed`). */
  answer(id: number, saved: boolean): Promise<unknown>;
  /** Ask the coordinator to lock (`lock:request`); false when the request could not be made. */
  request(kind: RendererLockKind, force: boolean): Promise<boolean>;
  /** Quick hide: a neutral full-window cover at once, before anything else happens. */
  cover(): void;
  /** Resolves once the browser has painted (so the cover is on screen before the save's work). */
  afterPaint(): Promise<unknown>;
  /** While a lock saves, the app takes no input (typing then would not be saved). */
  setBusy(busy: boolean): void;
  /** Everything is locked: drop content, show the lock screen (or the neutral screen). */
  locked(detail: LockedDetail): void | Promise<void>;
  /** The save did not succeed and the workbook stays open: ask what to do. */
  keptOpen(kind: LockKind): void;
  /** The coordinator could not be reached at all: lock directly, without it. */
  lockWithoutCoordinator(): Promise<unknown>;
}

export function createLockFlow(effects: LockFlowEffects) {
  return {
    /** The Lock button, Ctrl+L, Quick hide (button, shortcut), the idle timer, the unsaved-lock question. */
    async request(kind: RendererLockKind, options: { force?: boolean } = {}): Promise<void> {
      if (kind === 'quick-hide') effects.cover();
      const reached = await effects.request(kind, options.force === true);
      if (!reached) {
        // Never leave the person on a cover with the workbook open: lock without the coordinator.
        await effects.lockWithoutCoordinator();
        await effects.locked({ kind, saved: false });
      }
    },

    /** An event from the main process. Returns when the renderer has done its part. */
    async onEvent(event: AppEvent, detail: unknown): Promise<void> {
      if (event === 'flush-request') {
        const request = parseLockDetail('flush-request', detail);
        if (!request) return;
        if (request.kind === 'quick-hide') {
          effects.cover();
          await effects.afterPaint();
        }
        effects.setBusy(true);
        let saved: boolean;
        try {
          saved = await effects.flush();
        } catch {
          saved = false;
        }
        await effects.answer(request.id, saved);
      } else if (event === 'locked') {
        const locked = parseLockDetail('locked', detail);
        if (!locked) return;
        effects.setBusy(false);
        await effects.locked(locked);
      } else if (event === 'lock-kept-open') {
        const kept = parseLockDetail('lock-kept-open', detail);
        if (!kept) return;
        effects.setBusy(false);
        effects.keptOpen(kept.kind);
      }
    },
  };
}

export type LockFlow = ReturnType<typeof createLockFlow>;

/** Where the app goes once locked: the neutral screen after a quick hide, the home screen otherwise. */
export function screenAfterLock(kind: LockKind): 'hidden' | 'home' {
  return kind === 'quick-hide' ? 'hidden' : 'home';
}

/** What to say after a lock (nothing when a manual lock saved everything). */
export function lockNote(detail: LockedDetail, clipboardNote?: string): string | undefined {
  const note = detail.saved ? (detail.kind === 'idle' ? LOCKED_WHEN_QUIET : undefined) : UNSAVED_AT_LOCK;
  return [note, clipboardNote].filter(Boolean).join(' ') || undefined;
}

/**
 * When the workbook stays open because the save did not succeed, but the person is probably away
 * (the idle timer, the system lock screen), the question covers the workbook completely.
 */
export function questionCoversWorkbook(kind: LockKind): boolean {
  return kind === 'idle' || kind === 'lock-screen';
}
