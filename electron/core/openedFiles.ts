/**
 * Workbook files handed to the app by the system: on Windows and Linux as a command-line
 * argument (first start, or a second start that Electron forwards as `second-instance`), on
 * macOS through `open-file`, which can fire before the app is ready. Plain Node, so both the
 * argument rule and the queue are tested without Electron.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORKBOOK_EXTENSION } from './storage/workbookFiles';

/**
 * The workbook file named in a command line, or null. `args` excludes the executable. Switches
 * (anything starting with "-", which Chromium and the system add) are never taken for files,
 * even when they end in .dwb; `file://` URLs (some Linux file managers) become paths; relative
 * paths are resolved against the folder the command was started in. The last one wins.
 */
export function workbookFileFromArgs(args: readonly string[], cwd: string): string | null {
  for (let i = args.length - 1; i >= 0; i--) {
    const arg = args[i]!;
    if (arg.startsWith('-') || !arg.toLowerCase().endsWith(WORKBOOK_EXTENSION)) continue;
    if (arg.startsWith('file://')) {
      try {
        return fileURLToPath(arg);
      } catch {
        continue;
      }
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) continue; // any other URL scheme is not a file
    return path.resolve(cwd, arg);
  }
  return null;
}

/**
 * Holds files opened before anyone can take them (macOS `open-file` before ready, the first
 * start's argv before the services exist), then hands each over once a handler is attached.
 * Only the newest waiting file is kept: one offer is shown at a time.
 */
export function createOpenedFileQueue() {
  let waiting: string | null = null;
  let handler: ((file: string) => void) | null = null;
  return {
    push(file: string) {
      if (handler) handler(file);
      else waiting = file;
    },
    attach(next: (file: string) => void) {
      handler = next;
      if (waiting !== null) {
        const file = waiting;
        waiting = null;
        next(file);
      }
    },
  };
}
export type OpenedFileQueue = ReturnType<typeof createOpenedFileQueue>;
