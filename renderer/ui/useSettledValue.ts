import { useEffect, useState } from 'react';

/** How long a value must stay the same before `useSettledValue` takes it up. */
export const SETTLE_MS = 1200;

/**
 * `value` as it was when the writing last paused: a new value is taken up once it has stayed the
 * same for `settleMs` and the page is idle, so work derived from it (a long letter's open items:
 * the whole text searched for every inventory category, the working copy compared with the last
 * draft) runs once per pause, not with every save while a person types. When `resetKey` changes
 * (a draft saved, ticked or restored), the current value is taken up at once.
 */
export function useSettledValue<T>(value: T, resetKey: unknown, settleMs = SETTLE_MS): T {
  const [state, setState] = useState({ value, key: resetKey });
  // Adjusting state while rendering (React's pattern for a prop that changes): no extra pass.
  if (state.key !== resetKey) setState({ value, key: resetKey });
  const settled = state.key === resetKey ? state.value : value;
  useEffect(() => {
    if (settled === value) return;
    let cancelIdle: (() => void) | null = null;
    const timer = window.setTimeout(() => {
      const take = () => setState((s) => (s.key === resetKey ? { value, key: resetKey } : s));
      if (typeof requestIdleCallback === 'function') {
        const handle = requestIdleCallback(take, { timeout: 1000 });
        cancelIdle = () => cancelIdleCallback(handle);
      } else take();
    }, settleMs);
    return () => {
      window.clearTimeout(timer);
      cancelIdle?.();
    };
  }, [value, settled, resetKey, settleMs]);
  return settled;
}
