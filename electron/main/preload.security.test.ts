import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_EVENT_CHANNEL, APP_EVENTS, CHANNELS } from '../../shared/ipc/channels';

/**
 * The preload is the only bridge between the sandboxed page and the main process. This runs
 * the BUNDLED preload (built exactly like scripts/build-electron.mjs builds
 * dist-electron/preload.cjs) in a bare `vm` context with a fake `electron` module, and checks
 * that what it exposes is exactly the contract: `invoke` with one function per channel, and
 * `onEvent` that passes on known events only. Nothing else (no ipcRenderer, no require).
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
let dir = '';
let code = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-preload-'));
  const outfile = path.join(dir, 'preload.cjs');
  await build({
    entryPoints: [path.join(ROOT, 'electron/preload/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    external: ['electron'],
    logLevel: 'silent',
    legalComments: 'none',
  });
  code = await readFile(outfile, 'utf8');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function runPreload(source = code) {
  const exposed = new Map<string, unknown>();
  const invoked: { channel: string; input: unknown }[] = [];
  const listeners = new Map<string, Set<(...a: unknown[]) => void>>();
  const requested: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: (channel: string, input: unknown) => {
        invoked.push({ channel, input });
        return Promise.resolve({ ok: true, value: channel });
      },
      on: (channel: string, l: (...a: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(l);
      },
      removeListener: (channel: string, l: (...a: unknown[]) => void) => listeners.get(channel)?.delete(l),
      send: () => {
        throw new Error('send must not be used');
      },
      sendSync: () => {
        throw new Error('sendSync must not be used');
      },
    },
  };
  const module = { exports: {} };
  const sandbox = {
    module,
    exports: module.exports,
    require: (name: string) => {
      requested.push(name);
      if (name === 'electron') return electron;
      throw new Error(`the preload may not require ${name}`);
    },
  };
  vm.runInNewContext(source, sandbox, { filename: 'preload.cjs' });
  const emit = (channel: string, ...args: unknown[]) => {
    for (const l of listeners.get(channel) ?? []) l({}, ...args);
  };
  return { exposed, invoked, listeners, requested, emit };
}

describe('the bundled preload', () => {
  it('requires only electron, and exposes only window.api', () => {
    const { exposed, requested } = runPreload();
    expect(requested).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual(['api']);
  });

  it('exposes exactly invoke (one function per contract channel) and onEvent', () => {
    const api = runPreload().exposed.get('api') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onEvent']);
    expect(typeof api['onEvent']).toBe('function');
    const invoke = api['invoke'] as Record<string, unknown>;
    expect(Object.keys(invoke).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(typeof invoke[channel], channel).toBe('function');
    expect(Object.isFrozen(invoke)).toBe(true);
  });

  it('each function invokes its own channel only, and no other channel can be reached', async () => {
    const { exposed, invoked } = runPreload();
    const invoke = (exposed.get('api') as { invoke: Record<string, (i?: unknown) => Promise<unknown>> }).invoke;
    for (const channel of CHANNELS) await invoke[channel]!({ probe: channel });
    expect(invoked).toEqual(CHANNELS.map((channel) => ({ channel, input: { probe: channel } })));
    // Adding, replacing or reaching other channels is impossible.
    expect(() => {
      (invoke as Record<string, unknown>)['fs:readFile'] = () => undefined;
    }).toThrow();
    expect(() => {
      (invoke as Record<string, unknown>)['workbook:save'] = () => undefined;
    }).toThrow();
    expect(invoke['fs:readFile']).toBeUndefined();
    expect(invoked.map((c) => c.channel).every((c) => (CHANNELS as readonly string[]).includes(c))).toBe(true);
  });

  it('passes on known app events only, and unsubscribes', () => {
    const { exposed, emit, listeners } = runPreload();
    const api = exposed.get('api') as { onEvent(l: (e: string) => void): () => void };
    const seen: string[] = [];
    const off = api.onEvent((e) => seen.push(e));
    expect([...listeners.keys()]).toEqual([APP_EVENT_CHANNEL]);
    for (const event of APP_EVENTS) emit(APP_EVENT_CHANNEL, event);
    emit(APP_EVENT_CHANNEL, 'open-devtools');
    emit(APP_EVENT_CHANNEL, { toString: () => 'lock-all' });
    emit(APP_EVENT_CHANNEL, 42);
    expect(seen).toEqual([...APP_EVENTS]);
    off();
    emit(APP_EVENT_CHANNEL, 'lock-all');
    expect(seen).toHaveLength(APP_EVENTS.length);
    expect(listeners.get(APP_EVENT_CHANNEL)?.size).toBe(0);
  });

  it("passes a lock event's detail on with it (the renderer checks its shape)", () => {
    const { exposed, emit } = runPreload();
    const api = exposed.get('api') as { onEvent(l: (e: string, d?: unknown) => void): () => void };
    const seen: [string, unknown][] = [];
    api.onEvent((e, d) => seen.push([e, d]));
    emit(APP_EVENT_CHANNEL, 'flush-request', { id: 3, kind: 'quick-hide' });
    emit(APP_EVENT_CHANNEL, 'open-help');
    emit(APP_EVENT_CHANNEL, 'not-an-event', { id: 4 });
    expect(seen).toEqual([
      ['flush-request', { id: 3, kind: 'quick-hide' }],
      ['open-help', undefined],
    ]);
  });

  it('the shipped dist-electron/preload.cjs, when built, exposes nothing beyond the contract either', async () => {
    let shipped: string;
    try {
      shipped = await readFile(path.join(ROOT, 'dist-electron/preload.cjs'), 'utf8');
    } catch {
      return; // not built on this machine yet
    }
    const { exposed, requested } = runPreload(shipped);
    expect(requested).toEqual(['electron']);
    const api = exposed.get('api') as { invoke: Record<string, unknown> };
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onEvent']);
    // A build older than the source may lack a new channel, but never has one the contract lacks.
    for (const channel of Object.keys(api.invoke)) expect(CHANNELS as readonly string[]).toContain(channel);
    expect(shipped).not.toMatch(/ipcRenderer\.(send|sendSync|sendTo|postMessage)\b/);
  });
});
