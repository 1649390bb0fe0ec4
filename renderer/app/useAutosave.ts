import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { changedParts } from '../../shared/workbook/changes';
import type { Workbook } from '../../shared/workbook/schema';
import { call } from '../bridge';

export type SaveStatus =
  { state: 'saved'; at: string } | { state: 'pending' } | { state: 'saving' } | { state: 'error'; message: string };

export const AUTOSAVE_DELAY_MS = 700;
/** More changed parts than this (the contract's limit) go as one whole save. */
const MAX_CHANGES = 200;

/**
 * Saves the latest content about 0.7 s after the last change, one save at a time, and
 * exposes `flush()` for lock and quit. A failed save keeps the content in memory and retries
 * on the next change or flush, so nothing typed is dropped. Only the parts changed since the last
 * successful save are sent (updates are immutable, so an unchanged part is the same object), and
 * the main process validates and serializes only those.
 */
export function useAutosave(role: Workbook['role'], content: Workbook, initialSavedAt: string) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved', at: initialSavedAt });
  const latest = useRef(content);
  /** What the main process holds: the content of the last successful save (or as opened). */
  const saved = useRef(content);
  const savedAt = useRef(initialSavedAt);
  const dirty = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const running = useRef<Promise<boolean>>(Promise.resolve(true));
  const first = useRef(true);

  /** Save now if anything changed; resolves to false when the save failed (content stays in memory). */
  const saveNow = useCallback((): Promise<boolean> => {
    window.clearTimeout(timer.current);
    running.current = running.current.then(async () => {
      if (!dirty.current) return true;
      dirty.current = false;
      const sending = latest.current;
      const changes = changedParts(saved.current, sending);
      // Nothing the main process keeps has changed (the same parts as saved): nothing to send.
      if (changes.length === 0) {
        setStatus((s) => (dirty.current ? s : { state: 'saved', at: savedAt.current }));
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
        setStatus((s) => (dirty.current ? s : { state: 'saved', at: result.value.savedAt }));
        return true;
      }
      dirty.current = true;
      setStatus({ state: 'error', message: result.error.message });
      return false;
    });
    return running.current;
  }, [role]);

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
    setStatus({ state: 'pending' });
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  }, [content, saveNow]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return { status, flush: saveNow, retry: saveNow };
}
