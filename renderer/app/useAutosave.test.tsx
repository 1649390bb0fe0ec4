// @vitest-environment happy-dom
import { act, useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyChanges, type ContentChange } from '../../shared/workbook/content';
import { emptyWorkbook, type Workbook } from '../../shared/workbook/schema';
import { mount, type Mounted } from '../testSupport';
import { AUTOSAVE_DELAY_MS, useAutosave } from './useAutosave';

/**
 * The main process's side of `workbook:saveChanges` (and `workbook:save`): applies what it is sent
 * to what it holds, with the real per-part validation; records each save; can be told to fail.
 */
function fakeBridge(opened: Workbook) {
  const saved: Workbook[] = [];
  const sent: ContentChange[][] = [];
  let holds = opened;
  let fail = false;
  const answer = (next: () => Workbook) => {
    if (fail) return Promise.resolve({ ok: false, error: { code: 'disk-full', message: 'The disk is full.' } });
    holds = next();
    saved.push(holds);
    return Promise.resolve({ ok: true, value: { savedAt: `saved-${saved.length}` } });
  };
  const saveChanges = vi.fn((input: unknown) => {
    const { changes } = input as { changes: ContentChange[] };
    sent.push(changes);
    return answer(() => applyChanges(holds, changes));
  });
  const save = vi.fn((input: unknown) => answer(() => (input as { content: Workbook }).content));
  window.api = {
    invoke: { 'workbook:save': save, 'workbook:saveChanges': saveChanges } as never,
    onEvent: () => () => undefined,
  };
  return { saved, sent, save: saveChanges, wholeSave: save, failNext: (v: boolean) => (fail = v) };
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
    const bridge = fakeBridge(base);
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
    const bridge = fakeBridge(base);
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
    const bridge = fakeBridge(base);
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
  it('sends only the parts that changed, each against what the main process holds', async () => {
    const bridge = fakeBridge(base);
    mounted = mount(<Probe content={base} />);
    const withNote: Workbook = {
      ...base,
      sections: {
        ...(base as Extract<Workbook, { role: 'partner' }>).sections,
        impactLetter: { ...(base as Extract<Workbook, { role: 'partner' }>).sections.impactLetter, dismissedChecks: ['a'] },
      },
    } as Workbook;
    mounted.rerender(<Probe content={withNote} />);
    await settle();
    expect(bridge.sent).toEqual([[{ path: ['sections', 'impactLetter', 'dismissedChecks'], value: ['a'] }]]);
    expect(bridge.wholeSave).not.toHaveBeenCalled();
  });

  it('after a failed save, the next one also sends the parts that failed', async () => {
    const bridge = fakeBridge(base);
    bridge.failNext(true);
    mounted = mount(<Probe content={base} />);
    const first = named('Failed once');
    mounted.rerender(<Probe content={first} />);
    await settle();
    expect(latest?.status.state).toBe('error');
    bridge.failNext(false);
    const second: Workbook = { ...first, lastSectionId: 'support' };
    mounted.rerender(<Probe content={second} />);
    await settle();
    expect(bridge.sent.at(-1)?.map((c) => c.path.join('.'))).toEqual(['displayName', 'lastSectionId']);
    expect(bridge.saved.at(-1)).toMatchObject({ displayName: 'Failed once', lastSectionId: 'support' });
  });
});
