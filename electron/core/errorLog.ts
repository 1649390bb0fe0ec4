/**
 * The local error log: errors only, and nothing a person wrote or did. Each record is a kind
 * from a fixed list and, at most, a short code (an app error code such as `disk-full`, a system
 * error code such as `ENOSPC`, an Error class name, or Electron's reason a renderer went away),
 * written with the day it happened and no time of day: when someone unlocked or wrote is itself
 * private. Names, paths, messages and content never reach it: `errorRecord` builds the only
 * text that is written, and a hook on the logger drops anything else (a stray log.error call
 * somewhere with an Error or a message). electron-log writes the file (electron/main wires it
 * to the user-data folder); this module is plain Node and tested with electron-log/node.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Result } from '../../shared/ipc/result';

export const ERROR_KINDS = [
  'save-failed',
  'export-failed',
  'renderer-gone',
  'renderer-hung',
  'startup-failed',
  'main-error',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];
export interface ErrorEvent {
  kind: ErrorKind;
  code?: string | number | undefined;
}

export const LOG_FILE = 'errors.log';
/** electron-log moves a full file here, so there are never more than two. */
export const OLD_LOG_FILE = 'errors.old.log';
export const MAX_LOG_BYTES = 256 * 1024;

const SAFE_CODE = /^[A-Za-z0-9_-]{1,40}$/;
const RECORD = /^(save-failed|export-failed|renderer-gone|renderer-hung|startup-failed|main-error)( code=[A-Za-z0-9_-]{1,40})?$/;

/** The one line written for an event. Anything that is not a plain short code is left out. */
export function errorRecord(event: ErrorEvent): string {
  const kind = (ERROR_KINDS as readonly string[]).includes(event.kind) ? event.kind : 'main-error';
  const code = typeof event.code === 'number' && Number.isInteger(event.code) ? String(event.code) : event.code;
  return typeof code === 'string' && SAFE_CODE.test(code) ? `${kind} code=${code}` : kind;
}

/** A short, content-free code for a thrown value: its app error code, system code, or class name. */
export function errorCode(error: unknown): string {
  if (error && typeof error === 'object') {
    const info = (error as { info?: { code?: unknown } }).info;
    if (typeof info?.code === 'string' && SAFE_CODE.test(info.code)) return info.code;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && SAFE_CODE.test(code)) return code;
    const name = (error as { name?: unknown }).name;
    if (typeof name === 'string' && /^[A-Za-z]{0,30}Error$/.test(name)) return name;
  }
  return 'unknown';
}

/** Failures of these channels are save or export failures; refusals a person caused are not errors. */
const LOGGED_CHANNELS: Record<string, ErrorKind> = {
  'workbook:save': 'save-failed',
  'workbook:create': 'save-failed',
  'workbook:changePassphrase': 'save-failed',
  'incoming:accept': 'save-failed',
  'share:package': 'export-failed',
  'share:document': 'export-failed',
  'share:questions': 'export-failed',
  'therapist:save': 'export-failed',
  'questions:release': 'export-failed',
};
const LOGGED_CODES = new Set(['disk-full', 'permission', 'io', 'internal', 'invalid-content']);

/** What to log for the result of one call from the window, if anything. */
export function errorEventForResult(channel: string, result: Result<unknown>): ErrorEvent | null {
  if (result.ok) return null;
  const kind = Object.hasOwn(LOGGED_CHANNELS, channel) ? LOGGED_CHANNELS[channel] : undefined;
  if (!kind || !LOGGED_CODES.has(result.error.code)) return null;
  return { kind, code: result.error.code };
}

/** The parts of an electron-log logger (electron-log/main in the app, electron-log/node in tests) used here. */
export interface LoggerLike {
  transports: Record<string, { level: string | false } | undefined> & {
    file: {
      level: string | false;
      maxSize: number;
      format: unknown;
      resolvePathFn: (...args: never[]) => string;
    };
  };
  hooks: ((message: { data: unknown[] }, transport?: unknown, transportName?: string) => { data: unknown[] } | false)[];
  error(...data: unknown[]): void;
}

export interface ErrorLog {
  dir: string;
  record(event: ErrorEvent): void;
  /** Remove both files (when a workbook is deleted). */
  clear(): Promise<void>;
}

export function configureErrorLog(log: LoggerLike, options: { dir: string }): ErrorLog {
  for (const [name, transport] of Object.entries(log.transports)) {
    if (name !== 'file' && transport) transport.level = false;
  }
  const file = log.transports.file;
  file.level = 'error';
  file.maxSize = MAX_LOG_BYTES;
  // The day only, never the time of day.
  file.format = '{y}-{m}-{d} {text}';
  file.resolvePathFn = () => path.join(options.dir, LOG_FILE);
  log.hooks.push((message) => {
    const [only, ...rest] = message.data;
    return rest.length === 0 && typeof only === 'string' && RECORD.test(only) ? message : false;
  });
  return {
    dir: options.dir,
    record(event) {
      try {
        log.error(errorRecord(event));
      } catch {
        // A log that cannot be written must never break the app.
      }
    },
    async clear() {
      for (const name of [LOG_FILE, OLD_LOG_FILE]) await rm(path.join(options.dir, name), { force: true });
    },
  };
}
