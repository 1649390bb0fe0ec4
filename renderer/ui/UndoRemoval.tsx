import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { removedMessage, UNDO_TEXTS } from '../../shared/guidance/everydayTexts';
import { focusAfterPaint } from './focus';

/**
 * One remove-then-Undo pattern for both workbooks. A removal happens at once (no "are you
 * sure?"), and a notice stays in view with an Undo button: at least UNDO_MS, and after that
 * until the person's next action (a key or a click elsewhere), so it never vanishes while
 * someone is away or reading slowly. A new removal replaces the notice (the earlier one
 * stays removed). Focus moves to the next item, or to the list's heading when none is left.
 * Ctrl+Z outside a text field also undoes.
 */
export const UNDO_MS = 10_000;

export interface Removal {
  /** What was removed, in a few words: "cover story 2", "the entry from 2019". */
  what: string;
  /** Put it back (the caller restores at the same place). */
  undo: () => void;
  /** Where focus goes once the item has gone (called after the next paint). */
  focusAfter?: () => HTMLElement | null | undefined;
  /** Where focus goes after Undo (called after the next paint). */
  focusRestored?: () => HTMLElement | null | undefined;
}

interface Notice extends Removal {
  serial: number;
}

const UndoContext = createContext<((removal: Removal) => void) | null>(null);

/** Remove something with an Undo notice. Works without a provider too (no notice, no undo). */
export function useRemoveWithUndo(): (removal: Removal) => void {
  const context = useContext(UndoContext);
  return context ?? noProvider;
}
function noProvider(removal: Removal) {
  focusSoon(removal.focusAfter);
}

function focusSoon(target: (() => HTMLElement | null | undefined) | undefined) {
  if (target) focusAfterPaint(target);
}

/**
 * Focus for after a removal: the item now at `index` in `list` (the next one), else the one
 * before it, else `fallback` (usually the list's heading). Items are the list's own children.
 */
export function nextItemOrHeading(
  list: () => Element | null | undefined,
  index: number,
  fallback: () => HTMLElement | null | undefined,
): () => HTMLElement | null | undefined {
  return () => {
    const items = Array.from(list()?.children ?? []).filter((e): e is HTMLElement => e instanceof HTMLElement);
    return items[index] ?? items[index - 1] ?? fallback();
  };
}

/** The list holding the item that `from` (say, its Remove button) is in. */
export function listAround(from: Element): () => Element | null | undefined {
  const list = from.closest('li')?.parentElement;
  return () => (list?.isConnected ? list : null);
}
/** The open section's heading (the shell's content pane has one). */
export const sectionHeading = () => document.getElementById('section-title');

/** Remove an item by id from an array (in an immer draft); returns what to put back where. */
export function spliceOut<T extends { id: string }>(list: T[], id: string): { item: T; index: number } | null {
  const index = list.findIndex((x) => x.id === id);
  if (index < 0) return null;
  const [item] = list.splice(index, 1);
  return item ? { item, index } : null;
}
/** Put an item back at its place (or at the end if the list got shorter); never twice. */
export function spliceBack<T extends { id: string }>(list: T[], item: T, index: number): void {
  if (list.some((x) => x.id === item.id)) return;
  list.splice(Math.min(index, list.length), 0, item);
}

export function UndoProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [expired, setExpired] = useState(false);
  const serial = useRef(0);
  const noticeRef = useRef<HTMLDivElement>(null);

  const remove = useCallback((removal: Removal) => {
    serial.current += 1;
    setNotice({ ...removal, serial: serial.current });
    setExpired(false);
    focusSoon(removal.focusAfter);
  }, []);

  const current = useRef<Notice | null>(null);
  current.current = notice;
  const undo = useCallback(() => {
    const shown = current.current;
    if (!shown) return;
    current.current = null;
    setNotice(null);
    shown.undo();
    focusSoon(shown.focusRestored);
  }, []);

  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setExpired(true), UNDO_MS);
    return () => window.clearTimeout(timer);
  }, [notice]);

  useEffect(() => {
    if (!notice) return;
    const inside = (target: EventTarget | null) => target instanceof Node && !!noticeRef.current?.contains(target);
    const onKey = (event: KeyboardEvent) => {
      const editable =
        event.target instanceof HTMLElement &&
        (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z' && !editable) {
        event.preventDefault();
        undo();
        return;
      }
      if (expired && !inside(event.target) && !['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) setNotice(null);
    };
    const onPointer = (event: PointerEvent) => {
      if (expired && !inside(event.target)) setNotice(null);
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointer, true);
    };
  }, [notice, expired, undo]);

  return (
    <UndoContext.Provider value={remove}>
      {children}
      <div className="undo-notice-slot" ref={noticeRef}>
        <div role="status" aria-live="polite" className={notice ? 'undo-notice' : 'undo-notice empty'} data-testid="undo-notice">
          {notice && (
            <>
              <span>
                {removedMessage(notice.what)} <span className="visually-hidden">{UNDO_TEXTS.shortcutHint}</span>
              </span>
              <button type="button" onClick={undo}>
                {UNDO_TEXTS.undo}
                <span className="visually-hidden">: {notice.what}</span>
              </button>
            </>
          )}
        </div>
      </div>
    </UndoContext.Provider>
  );
}

/**
 * The usual case: remove the item with `id` from a list in the workbook, with Undo putting it
 * back at the same place, focus to the next item (the list's children, in the same order as
 * `items`) or to the heading.
 */
export function useRemoveListItem<W>(update: (recipe: (draft: W) => void) => void) {
  const removeWithUndo = useRemoveWithUndo();
  return useCallback(
    <T extends { id: string }>(options: {
      /** The whole list in the workbook (Undo puts the item back at its place in it). */
      items: readonly T[];
      /** The items shown in `list`, in order, when it shows only some of them (for focus). */
      shown?: readonly T[];
      id: string;
      inDraft: (draft: W) => T[];
      what: string;
      list: () => Element | null | undefined;
      heading: () => HTMLElement | null | undefined;
    }) => {
      const index = options.items.findIndex((x) => x.id === options.id);
      const item = options.items[index];
      if (!item) return;
      const shownIndex = options.shown ? options.shown.findIndex((x) => x.id === options.id) : index;
      update((draft) => {
        spliceOut(options.inDraft(draft), options.id);
      });
      removeWithUndo({
        what: options.what,
        undo: () =>
          update((draft) => {
            spliceBack(options.inDraft(draft), item, index);
          }),
        focusAfter: nextItemOrHeading(options.list, shownIndex, options.heading),
        focusRestored: () => options.list()?.children[shownIndex] as HTMLElement | undefined,
      });
    },
    [update, removeWithUndo],
  );
}
