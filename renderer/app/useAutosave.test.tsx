// @vitest-environment happy-dom
import { act, useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyWorkbook, type Workbook } from '../../shared/workbook/schema';
import { mount, type Mounted } from '../testSupport';
import { AUTOSAVE_DELAY_MS, useAutosave } from './useAutosave';

/** The main process's side of `workbook:save`: records what it was sent; can be told to fail. */
function fakeBridge() {
  const saved: Workbook[] = [];
  let fail = false;
  const save = vi.fn((input: unknown) => {
    const { content } = input as { content: Workbook };
    if (fail) return Promise.resolve({ ok: false, error: { code: 'disk-full', message: 'The disk is full.' } });
    saved.push(content);
    return Promise.resolve({ ok: true, value: { savedAt: `saved-${saved.length}` } });
  });
  window.api = { invoke: { 'workbook:save': save } as never, onEvent: () => () => undefined };
  return { saved, save, failNext: (v: boolean) => (fail = v) };
}

type Autosave = ReturnType<typeof useAutosave>;
let latest: Autosave | null = null;
const see = (value: Autosave) => {
  latest = value;
};
function Probe({ content, onValue = see }: { content: Workbook; onValue?: (value: Autosave) => void }) {
  const autosave = useAutosave('partner', content, 'at-open');
  useEffect(() => onValue(autosave));
  return null;
}

const base = emptyWorkbook('partner', 'Riley', new Date('2026-01-15T10:00:00Z'));
const named = (displayName: string): Workbook => ({ ...base, displayName });
let mounted: Mounted | null = null;

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  latest = null;
  vi.useRealTimers();
  delete window.api;
});

const settle = () => act(async () => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10));

describe('useAutosave', () => {
  it('does not save what it opened with; saves the latest content once, after a pause in typing', async () => {
    const bridge = fakeBridge();
    mounted = mount(<Probe content={base} />);
    await settle();
    expect(bridge.save).not.toHaveBeenCalled();
    expect(latest?.status).toEqual({ state: 'saved', at: 'at-open' });

    mounted.rerender(<Probe content={named('R')} />);
    expect(latest?.status.state).toBe('pending');
    await act(async () => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS / 2));
    mounted.rerender(<Probe content={named('Ri')} />);
    await act(async () => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS / 2));
    expect(bridge.save).not.toHaveBeenCalled();
    await settle();
    expect(bridge.saved.map((w) => w.displayName)).toEqual(['Ri']);
    expect(latest?.status).toEqual({ state: 'saved', at: 'saved-1' });
  });

  it('flush saves at once (lock, quit) and reports whether it worked', async () => {
    const bridge = fakeBridge();
    mounted = mount(<Probe content={base} />);
    mounted.rerender(<Probe content={named('Riley R.')} />);
    let ok = false;
    await act(async () => {
      ok = await latest!.flush();
    });
    expect(ok).toBe(true);
    expect(bridge.saved.map((w) => w.displayName)).toEqual(['Riley R.']);
    await settle();
    expect(bridge.save).toHaveBeenCalledTimes(1);
  });

  it('a failed save keeps the change, says why, and the next try sends it again', async () => {
    const bridge = fakeBridge();
    bridge.failNext(true);
    mounted = mount(<Probe content={base} />);
    mounted.rerender(<Probe content={named('Kept')} />);
    await settle();
    expect(latest?.status).toEqual({ state: 'error', message: 'The disk is full.' });
    bridge.failNext(false);
    let ok = false;
    await act(async () => {
      ok = await latest!.flush();
    });
    expect(ok).toBe(true);
    expect(bridge.saved.map((w) => w.displayName)).toEqual(['Kept']);
    expect(latest?.status.state).toBe('saved');
  });
});
