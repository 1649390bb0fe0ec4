// @vitest-environment happy-dom
import { act, Suspense, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { mount } from './testSupport';
import { lazyComponent } from './lazyComponent';

/** A screen with state of its own, to see whether it is ever mounted twice. */
function Counter({ label }: { label: string }) {
  const [n, setN] = useState(0);
  return (
    <button type="button" onClick={() => setN((v) => v + 1)}>
      {label} {n}
    </button>
  );
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('lazyComponent', () => {
  it('a preloaded screen renders in the first frame, without the fallback', async () => {
    let loads = 0;
    const lazy = lazyComponent(() => {
      loads += 1;
      return Promise.resolve(Counter);
    });
    await lazy.preload();
    await lazy.preload();
    const view = mount(
      <Suspense fallback={<p>waiting</p>}>
        <lazy.Component label="Ready" />
      </Suspense>,
    );
    expect(view.container.textContent).toBe('Ready 0');
    expect(loads).toBe(1);
    view.unmount();
  });

  it('a screen whose code is on its way shows the fallback, then itself, and keeps its state when the parent renders again', async () => {
    const gate = deferred();
    const lazy = lazyComponent(async () => {
      await gate.promise;
      return Counter;
    });
    const view = mount(
      <Suspense fallback={<p>waiting</p>}>
        <lazy.Component label="Late" />
      </Suspense>,
    );
    expect(view.container.textContent).toBe('waiting');
    await act(async () => {
      gate.resolve();
      await lazy.preload();
    });
    await expect.poll(() => view.container.textContent).toBe('Late 0');
    act(() => view.container.querySelector('button')!.click());
    expect(view.container.textContent).toBe('Late 1');
    // Its code has arrived since it mounted: rendering again must not swap it for a new instance.
    view.rerender(
      <Suspense fallback={<p>waiting</p>}>
        <lazy.Component label="Late" />
      </Suspense>,
    );
    expect(view.container.textContent).toBe('Late 1');
    view.unmount();
  });

  it('a failed load can be tried again', async () => {
    let attempts = 0;
    const lazy = lazyComponent(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Counter);
    });
    await expect(lazy.preload()).rejects.toThrow('offline');
    await lazy.preload();
    expect(attempts).toBe(2);
  });
});
