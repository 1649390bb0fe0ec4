import { readFile } from 'node:fs/promises';
import { AppError } from '../../shared/ipc/result';

/** Reads a file the person chose (a dialog or the command line); a clear message when it cannot be read. */
export async function readChosenFile(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new AppError({ code: 'io', message: 'That file could not be read.' }, { cause: error });
  }
}
