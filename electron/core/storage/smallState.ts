import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { replaceFile, writeFileAtomic, type StorageFs } from './atomicFile';

/**
 * A small JSON file of counts and times beside the preferences (never content, names or
 * secrets): the highest save counter seen per workbook id, the throttle's failure counts.
 * Reads fall back to empty on any damage; writes are atomic, coalesced, and never block a save.
 */
export interface SmallState<T> {
  get(): T;
  update(change: (value: T) => T): void;
  /** Wait until everything updated so far is on disk. */
  flush(): Promise<void>;
}

export function memoryState<T>(initial: T): SmallState<T> {
  let value = initial;
  return {
    get: () => value,
    update: (change) => void (value = change(value)),
    flush: () => Promise.resolve(),
  };
}

/**
 * `durable: 'each'` (the default): every write is fsynced (file and folder), for state that
 * changes rarely (the throttle's failures). `durable: 'at-flush'`: writes after `update` replace
 * the file without fsync (an app crash keeps them; a power cut may lose the newest), and `flush`
 * writes it once more, synced, when anything changed since the last synced write. For state that
 * changes with every save (the save counters): two fsyncs fewer per save. `delayMs` (at-flush
 * only): an unsynced write waits this long after the update that called for it, and carries
 * every update made meanwhile, so saves in quick succession (typing) share one write instead of
 * each adding a file and a rename to the disk's journal beside the next save; `flush` writes at once.
 */
export async function fileState<T>(
  file: string,
  parse: (raw: unknown) => T,
  options: { fs?: StorageFs; durable?: 'each' | 'at-flush'; delayMs?: number } = {},
): Promise<SmallState<T>> {
  const fs = options.fs ?? nodeFs;
  const lazy = options.durable === 'at-flush';
  const delayMs = lazy ? (options.delayMs ?? 0) : 0;
  /** A delayed write not started yet (see delayMs). */
  let timer: ReturnType<typeof setTimeout> | null = null;
  let value: T;
  try {
    value = parse(JSON.parse(String(await fs.readFile(file, 'utf8'))));
  } catch {
    value = parse(undefined);
  }
  let writing: Promise<void> = Promise.resolve();
  let dirty = false;
  /** Written since the last synced write (at-flush only). */
  let unsynced = false;
  let folderMade = false;
  async function writeNow(synced: boolean): Promise<void> {
    try {
      if (!folderMade) await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      folderMade = true;
      const bytes = new TextEncoder().encode(JSON.stringify(value));
      if (synced) {
        await writeFileAtomic(fs, file, bytes);
        unsynced = false;
      } else {
        unsynced = true;
        await replaceFile(fs, file, bytes);
      }
    } catch {
      // Counts only: losing one update is better than failing the save that caused it.
    }
  }
  function start() {
    timer = null;
    writing = writing.then(() => {
      dirty = false;
      return writeNow(!lazy);
    });
  }
  function schedule() {
    if (dirty) return;
    dirty = true;
    if (delayMs <= 0) return start();
    timer = setTimeout(start, delayMs);
    // Never what keeps a process running: the command and the app flush before they end.
    timer.unref?.();
  }
  return {
    get: () => value,
    update(change) {
      const next = change(value);
      // An update that changes nothing (the same object back) writes nothing.
      if (next === value) return;
      value = next;
      schedule();
    },
    async flush() {
      if (timer) {
        // The delayed write is made now, synced, below.
        clearTimeout(timer);
        timer = null;
        dirty = false;
        unsynced = true;
      }
      await writing;
      if (lazy && unsynced) {
        writing = writing.then(() => writeNow(true));
        await writing;
      }
    },
  };
}

/** The highest save counter this computer has seen per workbook id (hex), for the rollback notice. */
export type SaveCounters = Record<string, number>;

export function parseSaveCounters(raw: unknown): SaveCounters {
  const out: SaveCounters = {};
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [id, n] of Object.entries(raw as Record<string, unknown>)) {
      if (/^[0-9a-f]{32}$/.test(id) && typeof n === 'number' && Number.isSafeInteger(n) && n >= 0) out[id] = n;
    }
  }
  return out;
}
