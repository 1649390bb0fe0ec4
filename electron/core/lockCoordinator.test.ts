import { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LockEventDetails, LockEventName } from '../../shared/ipc/lock';
import type { Role } from '../../shared/workbook/schema';
import { dispatch } from './handlers';
import {
  createLockCoordinator,
  LOCK_FLUSH_DEADLINE_MS,
  lockMenuItems,
  SYSTEM_FLUSH_DEADLINE_MS,
  UNRESPONSIVE_GRACE_MS,
  watchMainProcess,
  watchRenderer,
  watchSystemLockEvents,
  windowTitle,
  type LockCoordinatorDeps,
  type Timers,
} from './lockCoordinator';
import { memoryPreferencesBackend } from './preferencesService';
import { createAppServices, type AppServices } from './services';
import { TEST_KDF } from './vault/vault';

/** A clock the test moves by hand: deadlines are checked by counting, never by waiting. */
function manualTimers() {
  let now = 0;
  let nextId = 1;
  const tasks = new Map<number, { at: number; run: () => void }>();
  const timers: Timers & { advance(ms: number): void; pending(): number } = {
    now: () => now,
    setTimeout(run, ms) {
      const id = nextId++;
      tasks.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout(handle) {
      tasks.delete(handle as number);
    },
    advance(ms) {
      now += ms;
      for (const [id, task] of [...tasks].sort((a, b) => a[1].at - b[1].at)) {
        if (task.at <= now && tasks.delete(id)) task.run();
      }
    },
    pending: () => tasks.size,
  };
  return timers;
}

const settle = async () => {
  for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setImmediate(resolve));
};

type Sent = { event: LockEventName; detail: LockEventDetails[LockEventName] };

/** A coordinator over a stand-in for the workbook service, recording everything in order. */
function setup(options: { open?: Role[]; rendererPresent?: boolean; deps?: Partial<LockCoordinatorDeps> } = {}) {
  const open = new Set<Role>(options.open ?? ['disclosing']);
  const log: string[] = [];
  const sent: Sent[] = [];
  const timers = manualTimers();
  const reloads: string[] = [];
  let titleChanges = 0;
  const coordinator = createLockCoordinator({
    workbooks: {
      lockAll: () => {
        log.push('lockAll');
        open.clear();
        return Promise.resolve();
      },
      isUnlocked: (role) => open.has(role),
    },
    alsoClose: () => {
      log.push('alsoClose');
      return Promise.resolve();
    },
    send: (event, detail) => {
      if (options.rendererPresent === false) return false;
      log.push(`send:${event}`);
      sent.push({ event, detail });
      return true;
    },
    reloadRenderer: (cause) => reloads.push(cause),
    onTitleChange: () => (titleChanges += 1),
    timers,
    ...options.deps,
  });
  const lastFlushRequest = () => {
    const request = [...sent].reverse().find((s) => s.event === 'flush-request');
    return request?.detail as LockEventDetails['flush-request'] | undefined;
  };
  return { coordinator, open, log, sent, timers, reloads, lastFlushRequest, titleChanges: () => titleChanges };
}

describe('the lock coordinator', () => {
  it('asks the renderer to save first, and drops keys only after the acknowledged save', async () => {
    const t = setup();
    const outcome = t.coordinator.lock('lock');
    await settle();
    expect(t.sent).toEqual([{ event: 'flush-request', detail: { id: 1, kind: 'lock' } }]);
    expect(t.open.has('disclosing')).toBe(true);
    t.coordinator.flushed(1, true);
    expect(await outcome).toEqual({ locked: true, saved: true });
    expect(t.log).toEqual(['send:flush-request', 'lockAll', 'alsoClose', 'send:locked']);
    expect(t.sent.at(-1)).toEqual({ event: 'locked', detail: { kind: 'lock', saved: true } });
    expect(t.timers.pending()).toBe(0);
  });

  it('waits at most 1.5 s for a lock, then keeps a manual lock open (nothing typed is dropped)', async () => {
    const t = setup();
    const outcome = t.coordinator.lock('lock');
    t.timers.advance(LOCK_FLUSH_DEADLINE_MS - 1);
    await settle();
    expect(t.log).toEqual(['send:flush-request']);
    t.timers.advance(1);
    expect(await outcome).toEqual({ locked: false, saved: false });
    expect(t.open.has('disclosing')).toBe(true);
    expect(t.sent.at(-1)).toEqual({ event: 'lock-kept-open', detail: { kind: 'lock' } });
    expect(LOCK_FLUSH_DEADLINE_MS).toBeLessThanOrEqual(1500);
  });

  it('waits at most 300 ms on suspend, then locks anyway', async () => {
    const t = setup();
    const outcome = t.coordinator.lock('suspend');
    t.timers.advance(SYSTEM_FLUSH_DEADLINE_MS - 1);
    await settle();
    expect(t.open.has('disclosing')).toBe(true);
    t.timers.advance(1);
    expect(await outcome).toEqual({ locked: true, saved: false });
    expect(t.sent.at(-1)).toEqual({ event: 'locked', detail: { kind: 'suspend', saved: false } });
    expect(SYSTEM_FLUSH_DEADLINE_MS).toBeLessThanOrEqual(300);
  });

  it('waits at most 300 ms on the system lock screen too', async () => {
    const t = setup();
    const outcome = t.coordinator.lock('lock-screen');
    t.timers.advance(SYSTEM_FLUSH_DEADLINE_MS);
    expect(await outcome).toEqual({ locked: false, saved: false });
    expect(t.sent.at(-1)?.event).toBe('lock-kept-open');
  });

  it('a failed save keeps a manual, idle or lock-screen lock open, but quick hide and suspend always lock', async () => {
    for (const kind of ['lock', 'idle', 'lock-screen', 'quit'] as const) {
      const t = setup();
      const outcome = t.coordinator.lock(kind);
      await settle();
      t.coordinator.flushed(1, false);
      expect(await outcome, kind).toEqual({ locked: false, saved: false });
      expect(t.open.size, kind).toBe(1);
      expect(t.sent.at(-1), kind).toEqual({ event: 'lock-kept-open', detail: { kind } });
    }
    for (const kind of ['quick-hide', 'suspend'] as const) {
      const t = setup();
      const outcome = t.coordinator.lock(kind);
      await settle();
      t.coordinator.flushed(1, false);
      expect(await outcome, kind).toEqual({ locked: true, saved: false });
      expect(t.open.size, kind).toBe(0);
    }
  });

  it('"Lock anyway" (force) locks after a failed save', async () => {
    const t = setup();
    const outcome = t.coordinator.lock('lock', { force: true });
    await settle();
    t.coordinator.flushed(1, false);
    expect(await outcome).toEqual({ locked: true, saved: false });
  });

  it('quit locks when the renderer does not answer at all, within the same deadline', async () => {
    const t = setup();
    const outcome = t.coordinator.lock('quit');
    t.timers.advance(LOCK_FLUSH_DEADLINE_MS);
    expect(await outcome).toEqual({ locked: true, saved: false });
  });

  it('a lock that starts during another joins it; quick hide covers at once and always locks', async () => {
    const t = setup();
    const first = t.coordinator.lock('lock');
    await settle();
    expect(t.coordinator.isHidden()).toBe(false);
    const second = t.coordinator.lock('quick-hide');
    expect(t.coordinator.isHidden()).toBe(true);
    expect(t.titleChanges()).toBe(1);
    // Same request id, now marked quick-hide, so the renderer covers the screen at once.
    expect(t.lastFlushRequest()).toEqual({ id: 1, kind: 'quick-hide' });
    t.coordinator.flushed(1, false);
    expect(await first).toEqual({ locked: true, saved: false });
    expect(await second).toEqual({ locked: true, saved: false });
    expect(t.log.filter((l) => l === 'lockAll')).toHaveLength(1);
    expect(t.sent.at(-1)).toEqual({ event: 'locked', detail: { kind: 'quick-hide', saved: false } });
    t.coordinator.unhide();
    expect(t.coordinator.isHidden()).toBe(false);
  });

  it('suspend during a lock shortens the wait to 300 ms', async () => {
    const t = setup();
    const first = t.coordinator.lock('lock');
    t.timers.advance(100);
    void t.coordinator.lock('suspend');
    t.timers.advance(SYSTEM_FLUSH_DEADLINE_MS);
    expect(await first).toEqual({ locked: true, saved: false });
  });

  it('ignores late and unknown answers', async () => {
    const t = setup();
    const first = t.coordinator.lock('lock');
    t.timers.advance(LOCK_FLUSH_DEADLINE_MS);
    await first;
    const second = t.coordinator.lock('lock');
    await settle();
    t.coordinator.flushed(1, true); // the first request's late answer
    t.coordinator.flushed(99, true);
    await settle();
    expect(t.open.size).toBe(1);
    t.coordinator.flushed(2, true);
    expect(await second).toEqual({ locked: true, saved: true });
  });

  it('without a renderer (or with nothing open) locks at once', async () => {
    const gone = setup({ rendererPresent: false });
    expect(await gone.coordinator.lock('lock')).toEqual({ locked: true, saved: false });
    expect(gone.open.size).toBe(0);
    const nothingOpen = setup({ open: [] });
    expect(await nothingOpen.coordinator.lock('quick-hide')).toEqual({ locked: true, saved: true });
    expect(nothingOpen.sent.map((s) => s.event)).toEqual(['locked']);
  });

  it('after a failure locks at once without waiting for a save, reloads, and has a note once', async () => {
    const t = setup();
    const waiting = t.coordinator.lock('lock');
    await settle();
    await t.coordinator.failed('renderer-gone');
    expect(t.open.size).toBe(0);
    expect(t.reloads).toEqual(['renderer-gone']);
    expect(await waiting).toEqual({ locked: true, saved: false });
    // Nothing more is said to the dead (or reloading) renderer.
    expect(t.sent.map((s) => s.event)).toEqual(['flush-request']);
    expect(t.coordinator.takeNotice()).toBe('failure');
    expect(t.coordinator.takeNotice()).toBeNull();
  });

  it('quit waits for the lock, and stays open when the save did not succeed', async () => {
    const t = setup();
    let prevented = 0;
    let proceeded = 0;
    t.coordinator.beforeQuit(
      () => (prevented += 1),
      () => (proceeded += 1),
    );
    // Asked again while saving (quit pressed twice): still held, one lock.
    t.coordinator.beforeQuit(
      () => (prevented += 1),
      () => (proceeded += 1),
    );
    await settle();
    expect(prevented).toBe(2);
    expect(t.sent.filter((s) => s.event === 'flush-request')).toHaveLength(1);
    t.coordinator.flushed(1, false);
    await settle();
    expect(proceeded).toBe(0);
    expect(t.open.size).toBe(1);
    t.coordinator.beforeQuit(
      () => (prevented += 1),
      () => (proceeded += 1),
    );
    await settle();
    t.coordinator.flushed(2, true);
    await settle();
    expect(proceeded).toBe(1);
    // Nothing open any more: quitting goes straight on.
    t.coordinator.beforeQuit(
      () => (prevented += 1),
      () => (proceeded += 1),
    );
    expect(prevented).toBe(3);
  });

  it('the neutral window title after quick hide, even without discreet mode', () => {
    expect(windowTitle(false, false)).toBe('Disclosure Workbook');
    expect(windowTitle(false, true)).toBe('Workbook');
    expect(windowTitle(true, false)).toBe('Workbook');
  });
});

describe('the main-process wiring (the functions electron/main/index.ts calls)', () => {
  it('File › Lock and File › Quick hide go through the coordinator', async () => {
    const t = setup();
    const [lockItem, hideItem] = lockMenuItems(t.coordinator, 'CmdOrCtrl+Shift+H');
    expect(lockItem?.accelerator).toBe('CmdOrCtrl+L');
    expect(hideItem?.accelerator).toBe('CmdOrCtrl+Shift+H');
    lockItem?.click();
    await settle();
    expect(t.lastFlushRequest()).toEqual({ id: 1, kind: 'lock' });
    hideItem?.click();
    expect(t.lastFlushRequest()).toEqual({ id: 1, kind: 'quick-hide' });
    expect(t.coordinator.isHidden()).toBe(true);
  });

  it('powerMonitor lock-screen and suspend go through the coordinator', async () => {
    const t = setup();
    const powerMonitor = new EventEmitter();
    watchSystemLockEvents(powerMonitor, t.coordinator);
    powerMonitor.emit('suspend');
    await settle();
    expect(t.lastFlushRequest()).toEqual({ id: 1, kind: 'suspend' });
    t.timers.advance(SYSTEM_FLUSH_DEADLINE_MS);
    await settle();
    expect(t.open.size).toBe(0);
  });

  it('an unresponsive renderer that recovers within the grace period is left alone', async () => {
    const t = setup();
    const contents = new EventEmitter();
    watchRenderer(contents, t.coordinator, { timers: t.timers });
    contents.emit('unresponsive');
    t.timers.advance(UNRESPONSIVE_GRACE_MS - 1);
    contents.emit('responsive');
    t.timers.advance(UNRESPONSIVE_GRACE_MS);
    await settle();
    expect(t.open.size).toBe(1);
    expect(t.reloads).toEqual([]);
  });

  it('an uncaught main-process error locks everything', async () => {
    const t = setup();
    const processLike = new EventEmitter();
    const logged: string[] = [];
    watchMainProcess(processLike, t.coordinator, (m) => logged.push(m));
    processLike.emit('uncaughtException', new TypeError('secret words from a letter'));
    await settle();
    expect(t.open.size).toBe(0);
    expect(t.reloads).toEqual(['main-error']);
    expect(logged.join(' ')).toContain('TypeError');
    expect(logged.join(' ')).not.toContain('secret');
  });
});

/**
 * The same with the real services (real crypto, real files): a stand-in renderer answers flush
 * requests through the real handler table, as the page does through the preload.
 */
describe('with the real services and a stand-in renderer', () => {
  let dir = '';
  let services: AppServices | null = null;
  afterEach(async () => {
    await services?.workbooks.lockAll();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function start(renderer: { answers: boolean }) {
    dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-lock-'));
    const timers = manualTimers();
    const reloads: string[] = [];
    /** What the renderer holds that is not saved yet. */
    let typed: string | null = null;
    const s: AppServices = await createAppServices({
      dataDir: dir,
      preferences: memoryPreferencesBackend({}),
      appInfo: { version: 'test', platform: process.platform },
      kdf: TEST_KDF,
      lock: {
        timers,
        reloadRenderer: (cause) => reloads.push(cause),
        send: (event, detail) => {
          if (event === 'flush-request' && renderer.answers) {
            const { id } = detail as LockEventDetails['flush-request'];
            void (async () => {
              let saved = true;
              if (typed !== null) {
                const content = s.workbooks.content('disclosing');
                const result = await dispatch(s.handlers, 'workbook:save', {
                  role: 'disclosing',
                  content: { ...content, displayName: typed },
                });
                saved = result.ok;
                if (saved) typed = null;
              }
              await dispatch(s.handlers, 'lock:flushed', { id, saved });
            })();
          }
          return true;
        },
      },
    });
    services = s;
    const created = await dispatch(s.handlers, 'workbook:create', {
      role: 'disclosing',
      displayName: 'Sam',
      passphrase: 'quiet river lantern morning',
    });
    expect(created.ok).toBe(true);
    const contents = new EventEmitter();
    watchRenderer(contents, s.lock, { timers });
    return { s, timers, reloads, contents, type: (text: string) => (typed = text) };
  }

  async function displayNameAfterUnlock(s: AppServices) {
    const opened = await dispatch(s.handlers, 'workbook:unlock', {
      role: 'disclosing',
      secret: { method: 'passphrase', value: 'quiet river lantern morning' },
    });
    if (!opened.ok) throw new Error(opened.error.message);
    return (opened.value as { content: { displayName: string } }).content.displayName;
  }

  it('lock:request saves what the renderer held, then locks; the words are there after unlocking', async () => {
    const { s, type } = await start({ answers: true });
    type('Sam, typed just before Lock');
    const outcome = await dispatch(s.handlers, 'lock:request', { kind: 'lock' });
    expect(outcome).toEqual({ ok: true, value: { locked: true, saved: true } });
    expect(s.workbooks.isUnlocked('disclosing')).toBe(false);
    expect(await displayNameAfterUnlock(s)).toBe('Sam, typed just before Lock');
  });

  it('a renderer crash locks at once (keys dropped), reloads, and the new renderer is told', async () => {
    const { s, reloads, contents } = await start({ answers: true });
    expect(s.workbooks.isUnlocked('disclosing')).toBe(true);
    contents.emit('render-process-gone', {}, { reason: 'crashed' });
    // Locking releases the workbook's lock file (disk I/O), so wait for the reload rather than a fixed number of turns.
    await vi.waitFor(() => expect(reloads).toHaveLength(1), { timeout: 10_000 });
    expect(s.workbooks.isUnlocked('disclosing')).toBe(false);
    expect(() => s.workbooks.content('disclosing')).toThrow(/locked/);
    expect(reloads).toEqual(['renderer-gone']);
    expect(await dispatch(s.handlers, 'lock:notice', undefined)).toEqual({ ok: true, value: { notice: 'failure' } });
    expect(await dispatch(s.handlers, 'lock:notice', undefined)).toEqual({ ok: true, value: { notice: null } });
  });

  it('a hung renderer locks after the grace period, though a manual lock had to stay open for it', async () => {
    const { s, reloads, contents, timers } = await start({ answers: false });
    contents.emit('unresponsive');
    // A lock meanwhile cannot get an answer: it keeps the workbook open (a slow save is not a lost one)...
    const waiting = dispatch(s.handlers, 'lock:request', { kind: 'lock' });
    timers.advance(LOCK_FLUSH_DEADLINE_MS);
    expect(await waiting).toEqual({ ok: true, value: { locked: false, saved: false } });
    timers.advance(UNRESPONSIVE_GRACE_MS - LOCK_FLUSH_DEADLINE_MS - 1);
    await settle();
    expect(s.workbooks.isUnlocked('disclosing')).toBe(true);
    // ...until the renderer counts as hung: then everything locks at once.
    timers.advance(1);
    await vi.waitFor(() => expect(reloads).toHaveLength(1), { timeout: 10_000 });
    expect(s.workbooks.isUnlocked('disclosing')).toBe(false);
    expect(reloads).toEqual(['renderer-hung']);
    expect(await dispatch(s.handlers, 'lock:notice', undefined)).toEqual({ ok: true, value: { notice: 'failure' } });
  });
});
