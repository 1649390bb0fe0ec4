/**
 * A screen whose code loads when it is first needed (its own chunk; `script-src 'self'` covers
 * it). Unlike a bare `React.lazy`, a screen whose code has already arrived (see `preload`)
 * renders at once, without suspending: React holds a revealed Suspense boundary back for up to
 * 300 ms, which would show an empty pane for a moment on every first visit.
 */
import { createElement, lazy, useState, type ComponentType } from 'react';

export interface LazyComponent<P extends object> {
  /** Render this; it suspends (showing the nearest Suspense fallback) only while its code is on the way. */
  readonly Component: ComponentType<P>;
  /** Start loading now; resolves once `Component` renders without suspending. Safe to call often. */
  readonly preload: () => Promise<void>;
}

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<void> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        loading = null; // a later visit tries again
        throw error;
      },
    ));
  const Suspending = lazy(async () => {
    await preload();
    return { default: loaded as ComponentType<P> };
  });
  function Component(props: P) {
    // Chosen once per mount, so a screen never remounts (losing what was typed) when its code arrives.
    const [chosen] = useState<ComponentType<P>>(() => loaded ?? Suspending);
    return createElement(chosen, props);
  }
  return { Component, preload };
}

/** Load these when the browser is idle (after the first screen is up), so a first visit does not wait. */
export function preloadWhenIdle(...preloads: (() => Promise<unknown>)[]): () => void {
  const run = () => {
    for (const preload of preloads) preload().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 200);
  return () => clearTimeout(handle);
}
