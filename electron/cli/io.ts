import { createInterface } from 'node:readline';

/** A failure with a one-line message and an exit code (1: wrong secret/damaged/invalid, 2: usage). */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * Secrets are never taken from argv. When stdin is not a terminal they are read one per line
 * (in the order each command documents); at a terminal they are prompted for without echo.
 */
export function createSecretReader(io: CliIo) {
  let lines: string[] | null = null;
  let reading: Promise<string[]> | null = null;

  function readAllLines(): Promise<string[]> {
    reading ??= new Promise<string[]>((resolve, reject) => {
      const chunks: Buffer[] = [];
      io.stdin.on('data', (c: Buffer | string) => chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c)));
      io.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8').split(/\r?\n/)));
      io.stdin.on('error', reject);
    });
    return reading;
  }

  async function promptHidden(prompt: string): Promise<string> {
    io.stderr.write(prompt);
    const stdin = io.stdin;
    stdin.setRawMode?.(true);
    stdin.resume();
    return new Promise((resolve, reject) => {
      let value = '';
      const onData = (chunk: Buffer | string) => {
        for (const char of chunk.toString('utf8')) {
          if (char === '\r' || char === '\n') {
            done();
            resolve(value);
            return;
          }
          if (char === '\u0003') {
            done();
            reject(new CliError('Cancelled.', 2));
            return;
          }
          if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
          else value += char;
        }
      };
      const done = () => {
        stdin.removeListener('data', onData);
        stdin.setRawMode?.(false);
        stdin.pause();
        io.stderr.write('\n');
      };
      stdin.on('data', onData);
    });
  }

  return async function readSecret(prompt: string): Promise<string> {
    if (io.stdin.isTTY) return promptHidden(`${prompt}: `);
    lines ??= await readAllLines();
    const next = lines.shift();
    if (next === undefined || (next === '' && lines.length === 0)) {
      throw new CliError(`Expected ${prompt.toLowerCase()} on standard input (one per line).`, 2);
    }
    return next;
  };
}

export function readLineInteractive(io: CliIo, prompt: string): Promise<string> {
  const rl = createInterface({ input: io.stdin, output: io.stderr });
  return new Promise((resolve) => rl.question(prompt, (answer) => (rl.close(), resolve(answer))));
}
