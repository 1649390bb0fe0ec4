// @vitest-environment happy-dom
import { act, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyChanges, type ContentChange } from '../../shared/workbook/content';
import { emptyWorkbook, type Workbook } from '../../shared/workbook/schema';
import { mount, type Mounted } from '../testSupport';
import { notifyPendingEditorChange, registerPendingFlush } from '../editor/pendingChanges';
import { AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, EDITOR_PAUSE_MS, useAutosave } from './useAutosave';

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
  editor.unregister?.();
  editor.unregister = undefined;
  delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
  delete (window as { cancelIdleCallback?: unknown }).cancelIdleCallback;
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
    expect(latest?.status.get()).toEqual({ state: 'saved', at: 'at-open' });

    mounted.rerender(<Probe content={named('R')} />);
    expect(latest?.status.get().state).toBe('pending');
    await act(async () => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS / 2));
    mounted.rerender(<Probe content={named('Ri')} />);
    await act(async () => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS / 2));
    expect(bridge.save).not.toHaveBeenCalled();
    await settle();
    expect(bridge.saved.map((w) => w.displayName)).toEqual(['Ri']);
    expect(latest?.status.get()).toEqual({ state: 'saved', at: 'saved-1' });
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
    expect(latest?.status.get()).toEqual({ state: 'error', message: 'The disk is full.' });
    bridge.failNext(false);
    let ok = false;
    await act(async () => {
      ok = await latest!.flush();
    });
    expect(ok).toBe(true);
    expect(bridge.saved.map((w) => w.displayName)).toEqual(['Kept']);
    expect(latest?.status.get().state).toBe('saved');
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
    expect(latest?.status.get().state).toBe('error');
    bridge.failNext(false);
    const second: Workbook = { ...first, lastSectionId: 'support' };
    mounted.rerender(<Probe content={second} />);
    await settle();
    expect(bridge.sent.at(-1)?.map((c) => c.path.join('.'))).toEqual(['displayName', 'lastSectionId']);
    expect(bridge.saved.at(-1)).toMatchObject({ displayName: 'Failed once', lastSectionId: 'support' });
  });
});

/**
 * An editor as RichTextEditor behaves towards the autosave: a key press only announces that words
 * are waiting; the words reach the content when the flusher is called (synchronously, flushSync).
 */
const editor: { waiting: string | null; serialized: number; unregister?: (() => void) | undefined } = {
  waiting: null,
  serialized: 0,
};
function typeWords(words: string) {
  editor.waiting = words;
  notifyPendingEditorChange();
}

/** A workbook screen: holds the content, renders (each commit counted) and has one editor. */
const screen = { renders: 0 };
function Shell() {
  const [content, setContent] = useState(base);
  const autosave = useAutosave('partner', content, 'at-open');
  useEffect(() => {
    screen.renders += 1;
  });
  const apply = useRef(setContent);
  useEffect(() => see(autosave));
  useEffect(() => {
    editor.unregister = registerPendingFlush(() => {
      const words = editor.waiting;
      if (words === null) return;
      editor.waiting = null;
      editor.serialized += 1;
      flushSync(() => apply.current((c) => ({ ...c, displayName: words })));
    });
    return editor.unregister;
  }, []);
  return null;
}

/** requestIdleCallback under the test's control: nothing runs until `runIdle()`. */
function controlIdle() {
  const queue = new Map<number, () => void>();
  let id = 0;
  const w = window as unknown as { requestIdleCallback: unknown; cancelIdleCallback: unknown };
  w.requestIdleCallback = (task: () => void) => {
    queue.set((id += 1), task);
    return id;
  };
  w.cancelIdleCallback = (handle: number) => queue.delete(handle);
  return {
    waiting: () => queue.size,
    runIdle: async () => {
      const tasks = [...queue.values()];
      queue.clear();
      await act(async () => {
        for (const task of tasks) task();
        await vi.advanceTimersByTimeAsync(0);
      });
    },
  };
}

describe('useAutosave with an editor (words waiting in Lexical)', () => {
  beforeEach(() => {
    editor.waiting = null;
    editor.serialized = 0;
    screen.renders = 0;
  });

  it('a key press serializes nothing and re-renders nothing; the save serializes once, after the pause', async () => {
    const bridge = fakeBridge(base);
    mounted = mount(<Shell />);
    const rendered = screen.renders;
    for (const words of ['I', 'I t', 'I to', 'I told']) {
      typeWords(words);
      await act(async () => vi.advanceTimersByTimeAsync(EDITOR_PAUSE_MS - 100));
    }
    expect(editor.serialized).toBe(0);
    expect(screen.renders).toBe(rendered);
    expect(latest?.status.get().state).toBe('pending');
    await settle();
    expect(editor.serialized).toBe(1);
    expect(bridge.saved.map((w) => w.displayName)).toEqual(['I told']);
    expect(latest?.status.get()).toEqual({ state: 'saved', at: 'saved-1' });
    // One render for the new content; the status (pending, saving, saved) re-rendered nothing.
    expect(screen.renders).toBe(rendered + 1);
  });

  it('typing that never pauses is still saved every few seconds', async () => {
    const bridge = fakeBridge(base);
    mounted = mount(<Shell />);
    const step = EDITOR_PAUSE_MS / 2;
    for (let t = 0; t <= AUTOSAVE_MAX_WAIT_MS + step; t += step) {
      typeWords(`word ${t}`);
      await act(async () => vi.advanceTimersByTimeAsync(step));
    }
    expect(bridge.saved.length).toBeGreaterThanOrEqual(1);
  });

  it('the save waits for an idle moment, and a word typed just before a lock is in what the lock saves', async () => {
    const idle = controlIdle();
    const bridge = fakeBridge(base);
    mounted = mount(<Shell />);
    typeWords('first words');
    await act(async () => vi.advanceTimersByTimeAsync(EDITOR_PAUSE_MS + 10));
    // Due, but the page has been busy: nothing serialized or sent yet.
    expect(idle.waiting()).toBe(1);
    expect(editor.serialized).toBe(0);
    expect(bridge.save).not.toHaveBeenCalled();
    // A word typed, then the lock asks for a save at once (as the shell's flush does for the lock coordinator).
    typeWords('first words and the last');
    let ok = false;
    await act(async () => {
      ok = await latest!.flush();
    });
    expect(ok).toBe(true);
    expect(bridge.saved.map((w) => w.displayName)).toEqual(['first words and the last']);
    // The idle save that was waiting has nothing left to do.
    await idle.runIdle();
    await settle();
    await idle.runIdle();
    expect(bridge.save).toHaveBeenCalledTimes(1);
    expect(latest?.status.get()).toEqual({ state: 'saved', at: 'saved-1' });
  });

  it('a due save serializes in one idle moment and sends in the next', async () => {
    const idle = controlIdle();
    const bridge = fakeBridge(base);
    mounted = mount(<Shell />);
    typeWords('a sentence');
    await act(async () => vi.advanceTimersByTimeAsync(EDITOR_PAUSE_MS + 10));
    await idle.runIdle();
    expect(editor.serialized).toBe(1);
    expect(bridge.save).not.toHaveBeenCalled();
    await idle.runIdle();
    expect(bridge.saved.map((w) => w.displayName)).toEqual(['a sentence']);
  });
});
