/**
 * Electron wiring for workbook files opened from the system (the logic is in
 * electron/core/openedFiles.ts). Call before the app is ready: macOS sends `open-file` for a
 * double-clicked file before `ready`, and it must be taken (preventDefault) to be ours.
 */
import { createOpenedFileQueue, workbookFileFromArgs, type OpenedFileQueue } from '../core/openedFiles';

/** The two events of Electron's `app` used here (typed locally: only index.ts imports Electron). */
interface AppFileEvents {
  on(event: 'open-file', listener: (event: { preventDefault(): void }, file: string) => void): unknown;
  on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string) => void): unknown;
}

export function listenForOpenedFiles(app: AppFileEvents): OpenedFileQueue {
  const queue = createOpenedFileQueue();
  app.on('open-file', (event, file) => {
    event.preventDefault();
    queue.push(file);
  });
  // Windows and Linux: the file is an argument, on the first start or forwarded from a second one.
  const first = workbookFileFromArgs(process.argv.slice(1), process.cwd());
  if (first) queue.push(first);
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = workbookFileFromArgs(argv.slice(1), workingDirectory);
    if (file) queue.push(file);
  });
  return queue;
}
