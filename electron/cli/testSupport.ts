/**
 * For tests of the workbook command: run it with in-memory standard streams and get back its
 * exit code and what it wrote. `stdin` is what a pipe would give it (secrets one per line).
 */
import { PassThrough } from 'node:stream';
import type { CliIo } from './io';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runWithStreams(run: (io: CliIo) => Promise<number>, stdin = ''): Promise<CliRun> {
  const input = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  input.end(stdin);
  const code = await run({ stdin: input, stdout, stderr });
  return { code, out, err };
}
