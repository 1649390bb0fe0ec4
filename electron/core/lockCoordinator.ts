/**
 * The one lock coordinator. Every way the app locks — the Lock button, Ctrl+L, Quick hide (button,
 * shortcut, menu), File › Lock, the idle timer, the system lock screen, suspend and quit — comes
 * here, so all of them behave the same:
 *
 *   1. ask the renderer to save what was typed (editor state included) and wait for its answer,
 *      with one deadline (1.5 s; 300 ms for suspend and the lock screen, which must be quick);
 *   2. then drop every key and all decrypted content, and tell the renderer it is locked.
 *
 * If the save did not succeed (a full disk), a manual lock keeps the workbook open so the person
 * can choose ("Try again and lock" / "Lock anyway"); quick hide and suspend always lock.
 *
 * After a failure — the renderer crashed or hangs, or the main process hit an uncaught error —
 * nothing can be saved from the renderer any more: everything is locked at once and the window is
 * loaded again, where a calm note says the last seconds may not have been saved.
 *
 * Plain Node (no Electron): index.ts wires menus, powerMonitor, webContents and process events to
 * the functions below, and the tests (unit and browser) call the very same functions.
 */
import type { LockEventDetails, LockEventName, LockKind, LockNotice, LockOutcome } from '../../shared/ipc/lock';
import { ROLES, type Role } from '../../shared/workbook/schema';

/** How long a lock waits for the renderer's save (shared by every lock and by quit). */
export const LOCK_FLUSH_DEADLINE_MS = 1500;
/** Suspend and the system lock screen: the machine may sleep (and write memory to disk) right away. */
export const SYSTEM_FLUSH_DEADLINE_MS = 300;
/** A renderer reported unresponsive that stays so this much longer is treated as failed. */
export const UNRESPONSIVE_GRACE_MS = 3000;

/** These lock even when the save before them did not succeed. */
const ALWAYS_LOCKS: ReadonlySet<LockKind> = new Set<LockKind>(['quick-hide', 'suspend']);
/** When several locks meet, the renderer is told the one that matters most (quick hide hides). */
const PRIORITY: readonly LockKind[] = ['quick-hide', 'suspend', 'lock-screen', 'quit', 'lock', 'idle'];

export type FailureCause = 'renderer-gone' | 'renderer-hung' | 'main-error';

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export type SendLockEvent = <E extends LockEventName>(event: E, detail: LockEventDetails[E]) => boolean;

export interface LockCoordinatorDeps {
  /** Holds the keys and decrypted content of this computer's workbooks. */
  workbooks: { lockAll(): Promise<void>; isUnlocked(role: Role): boolean };
  /** Anything else that holds keys (the export's opened workbooks); closed on every lock. */
  alsoClose?: () => Promise<unknown>;
  /** Push an event to the renderer. Returns false when there is no renderer to receive it. */
  send: SendLockEvent;
  /** After a failure: load the window again, so a fresh renderer starts on the lock screen. */
  reloadRenderer?: (cause: FailureCause) => void;
  /** The window title may need to change (quick hide makes it neutral until the person returns). */
  onTitleChange?: () => void;
  /** After every lock. */
  onLocked?: () => void;
  /** Only kinds and causes, never content. */
  log?: (message: string) => void;
  deadlines?: { lock?: number; system?: number };
  timers?: Timers;
}

interface Run {
  id: number;
  kinds: Set<LockKind>;
  force: boolean;
  /** A failure took over: say nothing more to the (dead or reloading) renderer. */
  failed: boolean;
  /** Still waiting for the renderer's save. */
  flushing: boolean;
  deadlineAt: number;
  timer: unknown;
  answer: (saved: boolean | 'no-answer') => void;
  done: Promise<LockOutcome>;
}

export function createLockCoordinator(deps: LockCoordinatorDeps) {
  const timers = deps.timers ?? realTimers;
  const lockDeadline = deps.deadlines?.lock ?? LOCK_FLUSH_DEADLINE_MS;
  const systemDeadline = deps.deadlines?.system ?? SYSTEM_FLUSH_DEADLINE_MS;
  let nextId = 1;
  let current: Run | null = null;
  let hidden = false;
  let notice: LockNotice | null = null;

  const deadlineFor = (kind: LockKind) =>
    kind === 'suspend' || kind === 'lock-screen' ? Math.min(systemDeadline, lockDeadline) : lockDeadline;
  const mainKind = (kinds: Set<LockKind>) => PRIORITY.find((k) => kinds.has(k)) ?? 'lock';
  const anyOpen = () => ROLES.some((role) => deps.workbooks.isUnlocked(role));

  function setHidden(value: boolean) {
    if (hidden === value) return;
    hidden = value;
    deps.onTitleChange?.();
  }

  async function dropEverything() {
    await Promise.all([deps.workbooks.lockAll(), deps.alsoClose?.()]);
    deps.onLocked?.();
  }

  function schedule(run: Run, at: number) {
    timers.clearTimeout(run.timer);
    run.deadlineAt = at;
    run.timer = timers.setTimeout(() => run.answer('no-answer'), Math.max(0, at - timers.now()));
  }

  /** Ask the renderer to save everything now; resolves with its answer, or 'no-answer' at the deadline. */
  function askRendererToSave(run: Run): Promise<boolean | 'no-answer'> {
    return new Promise((resolve) => {
      run.answer = (saved) => {
        if (!run.flushing) return;
        run.flushing = false;
        timers.clearTimeout(run.timer);
        resolve(saved);
      };
      schedule(run, timers.now() + deadlineFor(mainKind(run.kinds)));
      if (!deps.send('flush-request', { id: run.id, kind: mainKind(run.kinds) })) {
        // No renderer to hold any typing: nothing more can be saved, so lock.
        run.force = true;
        run.answer('no-answer');
      }
    });
  }

  async function runLock(run: Run): Promise<LockOutcome> {
    let answer: boolean | 'no-answer' = true;
    if (anyOpen()) answer = await askRendererToSave(run);
    run.flushing = false;
    const kinds = [...run.kinds];
    const kind = mainKind(run.kinds);
    const saved = answer === true;
    // A renderer that does not answer before quitting cannot be waited for forever.
    const mustLock = run.force || kinds.some((k) => ALWAYS_LOCKS.has(k)) || (answer === 'no-answer' && kinds.includes('quit'));
    if (!saved && !mustLock) {
      deps.log?.(`lock (${kind}): the save did not succeed; the workbook stays open`);
      current = null;
      if (!run.failed) deps.send('lock-kept-open', { kind });
      return { locked: false, saved: false };
    }
    await dropEverything();
    current = null;
    if (!saved) deps.log?.(`lock (${kind}): locked without the last changes (${answer === false ? 'save failed' : 'no answer'})`);
    if (!run.failed) deps.send('locked', { kind, saved });
    return { locked: true, saved };
  }

  const coordinator = {
    /**
     * Lock everything, saving first. Called by the renderer (through `lock:request`), the menu, the
     * system events and quit. A lock that starts while another is under way joins it (and may make
     * it stricter: quick hide always locks, suspend shortens the deadline).
     */
    lock(kind: LockKind, options: { force?: boolean } = {}): Promise<LockOutcome> {
      if (kind === 'quick-hide') setHidden(true);
      const running = current;
      if (running) {
        running.kinds.add(kind);
        running.force ||= options.force === true;
        if (running.flushing) {
          const at = timers.now() + deadlineFor(kind);
          if (at < running.deadlineAt) schedule(running, at);
          // The renderer covers the screen at once for a quick hide; same request, same answer.
          if (kind === 'quick-hide') deps.send('flush-request', { id: running.id, kind });
        }
        return running.done;
      }
      const run: Run = {
        id: nextId++,
        kinds: new Set([kind]),
        force: options.force === true,
        failed: false,
        flushing: true,
        deadlineAt: 0,
        timer: undefined,
        answer: () => undefined,
        done: Promise.resolve({ locked: false, saved: false }),
      };
      current = run;
      run.done = runLock(run);
      return run.done;
    },

    /** The renderer's answer to a flush request (`lock:flushed`). Late or unknown answers are ignored. */
    flushed(id: number, saved: boolean): void {
      if (current && current.id === id) current.answer(saved);
    },

    /**
     * Something failed (renderer gone or hung, uncaught main-process error): nothing can be saved,
     * so lock everything at once, and load the window again on the lock screen with a note.
     */
    async failed(cause: FailureCause): Promise<void> {
      deps.log?.(`failure (${cause}): locking everything without saving`);
      notice = 'failure';
      const run = current;
      if (run) {
        run.failed = true;
        run.force = true;
        run.answer('no-answer');
      }
      await dropEverything();
      deps.reloadRenderer?.(cause);
    },

    /** Asked once by a starting renderer: is there anything to say (after a failure)? */
    takeNotice(): LockNotice | null {
      const value = notice;
      notice = null;
      return value;
    },

    /** The person left the neutral screen after a quick hide. */
    unhide(): void {
      setHidden(false);
    },

    isHidden: () => hidden,
    isBusy: () => current !== null,
    anyOpen,

    /**
     * Quit and closing the window: if a workbook is open, stop, save and lock first, then go on
     * (`proceed` is called once everything is locked). If the save did not succeed, the app stays
     * open and the renderer asks what to do.
     */
    beforeQuit(preventDefault: () => void, proceed: () => void): void {
      if (!anyOpen()) return;
      preventDefault();
      if (quitting) return;
      quitting = true;
      void coordinator.lock('quit').then((outcome) => {
        quitting = false;
        if (outcome.locked) proceed();
      });
    },
  };
  let quitting = false;
  return coordinator;
}

export type LockCoordinator = ReturnType<typeof createLockCoordinator>;

/** The window title: neutral in discreet mode, and after a quick hide until the person returns. */
export function windowTitle(discreetMode: boolean, hidden: boolean): string {
  return discreetMode || hidden ? 'Workbook' : 'Disclosure Workbook';
}

/** Anything with `on(event, listener)`: Electron's webContents, powerMonitor and process, or a test's emitter. */
export interface EventSourceLike {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
}

/** File › Lock and File › Quick hide: index.ts puts these in the menu, and the browser tests click them. */
export function lockMenuItems(coordinator: LockCoordinator, quickHideAccelerator: string) {
  return [
    { label: 'Lock', accelerator: 'CmdOrCtrl+L', click: () => void coordinator.lock('lock') },
    { label: 'Quick hide', accelerator: quickHideAccelerator, click: () => void coordinator.lock('quick-hide') },
  ];
}

/** The system lock screen and suspend (Electron's powerMonitor, or a test's emitter). */
export function watchSystemLockEvents(powerMonitor: EventSourceLike, coordinator: LockCoordinator): void {
  powerMonitor.on('lock-screen', () => void coordinator.lock('lock-screen'));
  powerMonitor.on('suspend', () => void coordinator.lock('suspend'));
}

/** The renderer's health (Electron's webContents, or a test's emitter). */
export function watchRenderer(
  contents: EventSourceLike,
  coordinator: LockCoordinator,
  options: { graceMs?: number; timers?: Timers } = {},
): void {
  const timers = options.timers ?? realTimers;
  const grace = options.graceMs ?? UNRESPONSIVE_GRACE_MS;
  let hung: unknown = undefined;
  const stopWaiting = () => {
    if (hung !== undefined) timers.clearTimeout(hung);
    hung = undefined;
  };
  contents.on('render-process-gone', () => {
    stopWaiting();
    void coordinator.failed('renderer-gone');
  });
  contents.on('unresponsive', () => {
    if (hung !== undefined) return;
    hung = timers.setTimeout(() => {
      hung = undefined;
      void coordinator.failed('renderer-hung');
    }, grace);
  });
  contents.on('responsive', stopWaiting);
}

/** An uncaught error in the main process (Node's `process`, or a test's emitter). */
export function watchMainProcess(
  processLike: EventSourceLike,
  coordinator: LockCoordinator,
  log: (message: string) => void = () => undefined,
): void {
  processLike.on('uncaughtException', (error: unknown) => {
    // The kind of error only: messages of unexpected errors might quote content.
    log(`uncaught error in the main process: ${error instanceof Error ? error.name : typeof error}`);
    void coordinator.failed('main-error');
  });
}
