import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { changedParts } from '../../shared/workbook/changes';
import type { Workbook } from '../../shared/workbook/schema';
import { call } from '../bridge';
import { flushPendingEditorChanges, onPendingEditorChange } from '../editor/pendingChanges';

export type SaveStatus =
  { state: 'saved'; at: string } | { state: 'pending' } | { state: 'saving' } | { state: 'error'; message: string };

/** Save this long after the last change to the content. */
export const AUTOSAVE_DELAY_MS = 700;
/**
 * Words waiting in an editor are saved this long after the last key press: early in a pause, so
 * the serializing and sending are done before the writer goes on (as the editor's own pause
 * before it handed its words over used to be).
 */
export const EDITOR_PAUSE_MS = 400;
/** Typing that never pauses that long is still saved this often. */
export const AUTOSAVE_MAX_WAIT_MS = 5_000;
/** A due save waits for an idle moment between key presses, never longer than this. */
export const SAVE_IDLE_TIMEOUT_MS = 1_000;
/** More changed parts than this (the contract's limit) go as one whole save. */
const MAX_CHANGES = 200;

/**
 * The save status lives outside React state, so a change of status re-renders only the status
 * line that shows it (`useSaveStatus`), not the whole workbook screen around the letter.
 */
export interface SaveStatusStore {
  get: () => SaveStatus;
  subscribe: (listener: () => void) => () => void;
}

function createStatusStore(initial: SaveStatus) {
  let status = initial;
  const listeners = new Set<() => void>();
  const store: SaveStatusStore & { set: (next: SaveStatus | ((s: SaveStatus) => SaveStatus)) => void } = {
    get: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    set: (next) => {
      const value = typeof next === 'function' ? next(status) : next;
      if (value === status) return;
      status = value;
      for (const listener of [...listeners]) listener();
    },
  };
  return store;
}

export function useSaveStatus(store: SaveStatusStore): SaveStatus {
  return useSyncExternalStore(store.subscribe, store.get);
}

/** Run `task` when the page is idle (between key presses), at the latest after `timeout` ms. */
function whenIdle(task: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 0);
  return () => window.clearTimeout(handle);
}

/**
 * Saves the latest content about 0.7 s after the last change (0.4 s after the last key press in
 * an editor, and at least every 5 s while typing goes on), one save at a time, and exposes `flush()` for lock and quit. A failed save
 * keeps the content in memory and retries on the next change or flush, so nothing typed is
 * dropped. Only the parts changed since the last successful save are sent (updates are
 * immutable, so an unchanged part is the same object), and the main process validates and
 * serializes only those.
 *
 * Editors do not put their words into the content while someone types; they only say that words
 * are waiting (renderer/editor/pendingChanges.ts). When a save is due, it waits for an idle
 * moment, has the editors serialize once, and sends in the next idle moment: the work of a
 * save never sits between two key presses when it can wait for a gap.
 */
export function useAutosave(role: Workbook['role'], content: Workbook, initialSavedAt: string) {
  const [store] = useState(() => createStatusStore({ state: 'saved', at: initialSavedAt }));
  const setStatus = store.set;
  const latest = useRef(content);
  /** What the main process holds: the content of the last successful save (or as opened). */
  const saved = useRef(content);
  const savedAt = useRef(initialSavedAt);
  const dirty = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const cancelIdle = useRef<(() => void) | null>(null);
  /** When the oldest change not yet sent was made (for the longest wait while typing goes on). */
  const firstUnsaved = useRef<number | null>(null);
  /** An editor said words are waiting that it has not put into the content yet. */
  const editorWaiting = useRef(false);
  const running = useRef<Promise<boolean>>(Promise.resolve(true));
  const first = useRef(true);

  const cancelScheduled = useCallback(() => {
    window.clearTimeout(timer.current);
    cancelIdle.current?.();
    cancelIdle.current = null;
  }, []);

  /** Send now if anything changed; resolves to false when the save failed (content stays in memory). */
  const send = useCallback((): Promise<boolean> => {
    cancelScheduled();
    running.current = running.current.then(async () => {
      if (!dirty.current) {
        // A change was announced and then turned out to be nothing new: saved as it is.
        setStatus((s) => (s.state === 'pending' && !editorWaiting.current ? { state: 'saved', at: savedAt.current } : s));
        return true;
      }
      dirty.current = false;
      firstUnsaved.current = null;
      const sending = latest.current;
      const changes = changedParts(saved.current, sending);
      // Nothing the main process keeps has changed (the same parts as saved): nothing to send.
      if (changes.length === 0) {
        setStatus((s) => (dirty.current || editorWaiting.current ? s : { state: 'saved', at: savedAt.current }));
        return true;
      }
      setStatus({ state: 'saving' });
      const result =
        changes.length <= MAX_CHANGES
          ? await call('workbook:saveChanges', { role, changes })
          : await call('workbook:save', { role, content: sending });
      if (result.ok) {
        saved.current = sending;
        savedAt.current = result.value.savedAt;
        setStatus((s) => (dirty.current || editorWaiting.current ? s : { state: 'saved', at: result.value.savedAt }));
        return true;
      }
      dirty.current = true;
      setStatus({ state: 'error', message: result.error.message });
      return false;
    });
    return running.current;
  }, [role, cancelScheduled, setStatus]);

  /** The editors hand over what is waiting, then everything is sent (lock, quit, retry, a due save). */
  const takeEditorWords = useCallback(() => {
    editorWaiting.current = false;
    flushPendingEditorChanges();
  }, []);
  const saveNow = useCallback((): Promise<boolean> => {
    takeEditorWords();
    return send();
  }, [takeEditorWords, send]);

  /**
   * A change was made: save after a pause. When due, wait for an idle moment, let the editors
   * serialize what is waiting (their change to the content is applied at once), and send in the
   * next idle moment.
   */
  const scheduleSave = useCallback(
    (delay: number) => {
      setStatus((s) => (s.state === 'pending' ? s : { state: 'pending' }));
      // A due save is waiting for an idle moment already: it will take these words too.
      if (cancelIdle.current) return;
      const now = Date.now();
      firstUnsaved.current ??= now;
      const wait = Math.max(0, Math.min(delay, firstUnsaved.current + AUTOSAVE_MAX_WAIT_MS - now));
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        cancelIdle.current = whenIdle(() => {
          takeEditorWords();
          cancelIdle.current = whenIdle(() => {
            cancelIdle.current = null;
            void saveNow();
          }, SAVE_IDLE_TIMEOUT_MS);
        }, SAVE_IDLE_TIMEOUT_MS);
      }, wait);
    },
    [saveNow, setStatus, takeEditorWords],
  );

  // The newest content is known to a flush as soon as it is rendered (a lock may ask for a save
  // right after a key press), not only once the later effect below has run.
  useLayoutEffect(() => {
    if (latest.current === content) return;
    latest.current = content;
    dirty.current = true;
  }, [content]);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Already saved by a flush in between: nothing is pending.
    if (!dirty.current) return;
    scheduleSave(AUTOSAVE_DELAY_MS);
  }, [content, scheduleSave]);

  // Words waiting in an editor count as a change (the editor serializes them when the save runs).
  useEffect(
    () =>
      onPendingEditorChange(() => {
        editorWaiting.current = true;
        scheduleSave(EDITOR_PAUSE_MS);
      }),
    [scheduleSave],
  );

  useEffect(() => cancelScheduled, [cancelScheduled]);

  return { status: store as SaveStatusStore, flush: saveNow, retry: saveNow };
}
