import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic, type StorageFs } from './atomicFile';

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

export async function fileState<T>(
  file: string,
  parse: (raw: unknown) => T,
  options: { fs?: StorageFs } = {},
): Promise<SmallState<T>> {
  const fs = options.fs ?? nodeFs;
  let value: T;
  try {
    value = parse(JSON.parse(String(await fs.readFile(file, 'utf8'))));
  } catch {
    value = parse(undefined);
  }
  let writing: Promise<void> = Promise.resolve();
  let dirty = false;
  function schedule() {
    if (dirty) return;
    dirty = true;
    writing = writing.then(async () => {
      dirty = false;
      try {
        await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
        await writeFileAtomic(fs, file, new TextEncoder().encode(JSON.stringify(value)));
      } catch {
        // Counts only: losing one update is better than failing the save that caused it.
      }
    });
  }
  return {
    get: () => value,
    update(change) {
      value = change(value);
      schedule();
    },
    flush: () => writing,
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
