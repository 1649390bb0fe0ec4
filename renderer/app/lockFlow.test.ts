import { describe, expect, it } from 'vitest';
import { LOCKED_WHEN_QUIET, UNSAVED_AT_LOCK } from '../../shared/guidance/lockTexts';
import { createLockFlow, lockNote, questionCoversWorkbook, screenAfterLock, type LockFlowEffects } from './lockFlow';

/** Effects that record what happened, in order; `flush` is settled by the test. */
function recorder(options: { reached?: boolean } = {}) {
  const log: string[] = [];
  let settleFlush: (saved: boolean) => void = () => undefined;
  let failFlush: (error: Error) => void = () => undefined;
  const effects: LockFlowEffects = {
    flush: () => {
      log.push('flush');
      return new Promise<boolean>((resolve, reject) => {
        settleFlush = resolve;
        failFlush = reject;
      });
    },
    answer: (id, saved) => {
      log.push(`answer:${id}:${saved}`);
      return Promise.resolve();
    },
    request: (kind, force) => {
      log.push(`request:${kind}${force ? ':force' : ''}`);
      return Promise.resolve(options.reached ?? true);
    },
    cover: () => log.push('cover'),
    afterPaint: () => {
      log.push('paint');
      return Promise.resolve();
    },
    setBusy: (busy) => log.push(busy ? 'busy' : 'idle'),
    locked: (detail) => {
      log.push(`locked:${detail.kind}:${detail.saved}`);
    },
    keptOpen: (kind) => log.push(`keptOpen:${kind}`),
    lockWithoutCoordinator: () => {
      log.push('lockWithoutCoordinator');
      return Promise.resolve();
    },
  };
  return { log, effects, settle: (saved: boolean) => settleFlush(saved), fail: (e: Error) => failFlush(e) };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the renderer lock flow', () => {
  it('quick hide covers the screen before it even asks the main process', async () => {
    const r = recorder();
    await createLockFlow(r.effects).request('quick-hide');
    expect(r.log).toEqual(['cover', 'request:quick-hide']);
  });

  it('Lock, Ctrl+L and idle only ask; "Lock anyway" asks with force', async () => {
    const r = recorder();
    const flow = createLockFlow(r.effects);
    await flow.request('lock');
    await flow.request('idle');
    await flow.request('lock', { force: true });
    expect(r.log).toEqual(['request:lock', 'request:idle', 'request:lock:force']);
  });

  it('answers a flush request only after the save settled, with its result; input is held meanwhile', async () => {
    const r = recorder();
    const flow = createLockFlow(r.effects);
    const done = flow.onEvent('flush-request', { id: 7, kind: 'lock' });
    await tick();
    expect(r.log).toEqual(['busy', 'flush']);
    r.settle(true);
    await done;
    expect(r.log).toEqual(['busy', 'flush', 'answer:7:true']);
  });

  it('a flush request for a quick hide (File › Quick hide) covers at once and lets it paint before saving', async () => {
    const r = recorder();
    const done = createLockFlow(r.effects).onEvent('flush-request', { id: 2, kind: 'quick-hide' });
    expect(r.log).toEqual(['cover', 'paint']);
    await tick();
    expect(r.log).toEqual(['cover', 'paint', 'busy', 'flush']);
    r.settle(false);
    await done;
    expect(r.log.at(-1)).toBe('answer:2:false');
  });

  it('a save that throws is answered as not saved (never as saved)', async () => {
    const r = recorder();
    const done = createLockFlow(r.effects).onEvent('flush-request', { id: 3, kind: 'suspend' });
    r.fail(new Error('bridge gone'));
    await done;
    expect(r.log.at(-1)).toBe('answer:3:false');
  });

  it('locked and kept-open release the input and hand over', async () => {
    const r = recorder();
    const flow = createLockFlow(r.effects);
    await flow.onEvent('locked', { kind: 'idle', saved: true });
    await flow.onEvent('lock-kept-open', { kind: 'lock' });
    expect(r.log).toEqual(['idle', 'locked:idle:true', 'idle', 'keptOpen:lock']);
  });

  it('ignores events whose detail is not what the main process sends', async () => {
    const r = recorder();
    const flow = createLockFlow(r.effects);
    await flow.onEvent('flush-request', { id: -1, kind: 'lock' });
    await flow.onEvent('flush-request', { id: 1, kind: 'format-disk' });
    await flow.onEvent('locked', null);
    await flow.onEvent('lock-kept-open', 'lock');
    expect(r.log).toEqual([]);
  });

  it('if the main process cannot be reached, it still locks (never a cover over an open workbook)', async () => {
    const r = recorder({ reached: false });
    await createLockFlow(r.effects).request('quick-hide');
    expect(r.log).toEqual(['cover', 'request:quick-hide', 'lockWithoutCoordinator', 'locked:quick-hide:false']);
  });
});

describe('what the renderer shows after a lock', () => {
  it('the neutral screen after quick hide only', () => {
    expect(screenAfterLock('quick-hide')).toBe('hidden');
    for (const kind of ['lock', 'idle', 'lock-screen', 'suspend', 'quit'] as const) expect(screenAfterLock(kind)).toBe('home');
  });

  it('says plainly when the last changes could not be saved, and why an idle lock happened', () => {
    expect(lockNote({ kind: 'lock', saved: true })).toBeUndefined();
    expect(lockNote({ kind: 'idle', saved: true })).toBe(LOCKED_WHEN_QUIET);
    expect(lockNote({ kind: 'quick-hide', saved: false })).toBe(UNSAVED_AT_LOCK);
    expect(lockNote({ kind: 'suspend', saved: false }, 'Clipboard cleared.')).toBe(`${UNSAVED_AT_LOCK} Clipboard cleared.`);
    expect(lockNote({ kind: 'lock', saved: true }, 'Clipboard cleared.')).toBe('Clipboard cleared.');
  });

  it('covers the workbook behind the question when the person is probably away', () => {
    expect(questionCoversWorkbook('idle')).toBe(true);
    expect(questionCoversWorkbook('lock-screen')).toBe(true);
    expect(questionCoversWorkbook('lock')).toBe(false);
    expect(questionCoversWorkbook('quit')).toBe(false);
  });
});
