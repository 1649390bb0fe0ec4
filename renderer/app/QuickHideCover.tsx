import { useLayoutEffect, useRef, useSyncExternalStore, type RefObject } from 'react';

/**
 * The lock layer: the quick-hide cover and "the app takes no input while a lock saves". Kept in
 * a tiny store of its own, outside the app's state, so showing the cover re-renders only this
 * layer and never the open workbook (with a long letter that would delay the cover's first paint).
 */
interface LayerState {
  covered: boolean;
  busy: boolean;
}
let state: LayerState = { covered: false, busy: false };
const listeners = new Set<() => void>();

export const lockLayer = {
  get: (): LayerState => state,
  set: (patch: Partial<LayerState>): void => {
    const next = { ...state, ...patch };
    if (next.covered === state.covered && next.busy === state.busy) return;
    state = next;
    for (const listener of listeners) listener();
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Renders the cover when asked, and makes `appBody` inert while covered or saving for a lock. */
export function LockLayer({ appBody }: { appBody: RefObject<HTMLElement | null> }) {
  const { covered, busy } = useSyncExternalStore(lockLayer.subscribe, lockLayer.get);
  useLayoutEffect(() => {
    appBody.current?.toggleAttribute('inert', covered || busy);
  }, [appBody, covered, busy]);
  return covered ? <QuickHideCover /> : null;
}

/**
 * Quick hide, the instant part: a neutral full-window cover in the top layer (a manual popover),
 * so it sits above everything, open dialogs included. Unlike a modal dialog it does not move focus:
 * nothing else runs before it is painted (a blur would make a long letter save first). It opens
 * before the browser paints; the app beneath is made inert, the save and the lock finish
 * underneath, then the neutral screen follows.
 */
function QuickHideCover() {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const cover = ref.current;
    if (cover && !cover.matches(':popover-open')) cover.showPopover();
    return () => {
      if (cover?.matches(':popover-open')) cover.hidePopover();
    };
  }, []);
  return (
    <div ref={ref} popover="manual" className="quick-hide-cover" role="presentation" data-testid="quick-hide-cover">
      <div className="hidden-card">
        <p className="hidden-title">Workbook</p>
      </div>
    </div>
  );
}
