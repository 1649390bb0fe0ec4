import { createHash } from 'node:crypto';
import path from 'node:path';
import { THERAPIST_TEXTS } from '../../shared/guidance/handoffTexts';
import { memoryState, type SmallState } from './storage/smallState';

/**
 * One throttle for every path that tries a secret: unlocking a workbook (this computer's or a
 * chosen file), opening a backup, changing the passphrase or the recovery key, a question
 * packet's release code, a therapist package's share code, and the `workbook` command.
 *
 * Each wrong secret doubles a pause before the next try at the same file (1 s, 2 s, 4 s ... up
 * to 30 s). The counts and times are kept in `attempts.json` beside the preferences, so quitting
 * and starting again does not reset them. Keys are a hash of the kind of secret and the file's
 * full path: the file holds no names, paths, content or secrets, only counts and times.
 */
export interface AttemptRecord {
  /** Wrong secrets in a row for this file. */
  failures: number;
  /** No try before this time (ms since 1970). */
  notBefore: number;
  /** When the last wrong secret was given (ms since 1970). */
  last: number;
}
export type AttemptRecords = Record<string, AttemptRecord>;

/** A try came too soon after a wrong secret: nothing was tried. */
export class ThrottleWaitError extends Error {
  override name = 'ThrottleWaitError';
  constructor(readonly retryAfterMs: number) {
    super(THERAPIST_TEXTS.waitBeforeTrying(Math.ceil(retryAfterMs / 1000)));
  }
}

/** Growing pause after wrong attempts: 1 s, 2 s, 4 s ... up to 30 s. */
export function failureDelayMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(30_000, 1000 * 2 ** (Math.min(failures, 16) - 1));
}

/** A record is forgotten a day after its last wrong secret. */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;
const KEY = /^[0-9a-f]{32}$/;

export function parseAttemptRecords(raw: unknown): AttemptRecords {
  const out: AttemptRecords = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!KEY.test(key) || !value || typeof value !== 'object') continue;
    const { failures, notBefore, last } = value as Record<string, unknown>;
    const ok = [failures, notBefore, last].every((n) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0);
    if (ok) out[key] = { failures: failures as number, notBefore: notBefore as number, last: last as number };
  }
  return out;
}

/** What a secret is tried against: a workbook file, a question packet or a therapist package. */
export type AttemptKind = 'workbook' | 'packet' | 'package';

/** The record key: a hash of the kind and the file's full path (no path is ever stored). */
export function attemptKey(kind: AttemptKind, file: string): string {
  return createHash('sha256')
    .update(`${kind}\0${path.resolve(file)}`)
    .digest('hex')
    .slice(0, 32);
}

export function createThrottle(deps: { state?: SmallState<AttemptRecords>; now?: () => number } = {}) {
  const state = deps.state ?? memoryState<AttemptRecords>({});
  const now = deps.now ?? (() => Date.now());

  function waitFor(key: string): number {
    const record = state.get()[key];
    if (!record) return 0;
    const t = now();
    // A clock set back never makes the pause longer than the pause itself.
    return Math.min(record.notBefore - t, failureDelayMs(record.failures));
  }

  const throttle = {
    /** Throws ThrottleWaitError when the last wrong secret for this key was too recent. */
    check(key: string): void {
      const wait = waitFor(key);
      if (wait > 0) throw new ThrottleWaitError(wait);
    },
    /** A wrong secret: returns the pause before the next try. */
    failed(key: string): number {
      const t = now();
      let delay = 0;
      state.update((all) => {
        const next: AttemptRecords = {};
        for (const [k, r] of Object.entries(all)) if (t - r.last < FORGET_AFTER_MS && t >= r.last - FORGET_AFTER_MS) next[k] = r;
        const failures = (next[key]?.failures ?? 0) + 1;
        delay = failureDelayMs(failures);
        next[key] = { failures, notBefore: t + delay, last: t };
        return next;
      });
      return delay;
    },
    /** The right secret: the count for this key starts again. */
    succeeded(key: string): void {
      if (!(key in state.get())) return;
      state.update((all) => Object.fromEntries(Object.entries(all).filter(([k]) => k !== key)));
    },
    /**
     * Check, run `attempt`, and count it: `isWrong` says which errors are a wrong secret.
     */
    async attempt<T>(key: string, run: () => Promise<T>, isWrong: (error: unknown) => boolean): Promise<T> {
      throttle.check(key);
      let result: T;
      try {
        result = await run();
      } catch (error) {
        if (isWrong(error)) throttle.failed(key);
        throw error;
      }
      throttle.succeeded(key);
      return result;
    },
    /** Wait until the counts are on disk. */
    flush: () => state.flush(),
  };
  return throttle;
}

export type Throttle = ReturnType<typeof createThrottle>;
