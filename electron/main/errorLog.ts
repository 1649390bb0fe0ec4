/**
 * Electron wiring of the local error log (the rules are in electron/core/errorLog.ts): the file
 * lives in `<user data>/logs/`, written by electron-log; renderer crashes and hangs are recorded
 * with Electron's reason only.
 */
import path from 'node:path';
import log from 'electron-log/main';
import { configureErrorLog, errorEventForResult, type ErrorLog, type LoggerLike } from '../core/errorLog';
import type { Result } from '../../shared/ipc/result';

export function startErrorLog(userDataDir: string): ErrorLog {
  return configureErrorLog(log as unknown as LoggerLike, { dir: path.join(userDataDir, 'logs') });
}

/** For registerIpc: record failed saves and exports (kind and code only). */
export function logFailedCall(errorLog: ErrorLog) {
  return (channel: string, result: Result<unknown>) => {
    const event = errorEventForResult(channel, result);
    if (event) errorLog.record(event);
  };
}

/** The two webContents events recorded (typed locally: only index.ts, window.ts and ipc.ts import Electron). */
interface RendererEvents {
  on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string; exitCode: number }) => void): unknown;
  on(event: 'unresponsive', listener: () => void): unknown;
}

export function logRendererFailures(contents: RendererEvents, errorLog: ErrorLog): void {
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') errorLog.record({ kind: 'renderer-gone', code: details.reason });
  });
  contents.on('unresponsive', () => errorLog.record({ kind: 'renderer-hung' }));
}
