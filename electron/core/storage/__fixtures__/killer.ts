/**
 * Kill-and-check, shared by the crash test (storage/crash.test.ts) and the crash soak
 * (scripts/soak.ts): bundle a saving loop (saveLoop.ts, rekeyLoop.ts) into one file Node runs
 * as it is, start it, kill it with SIGKILL at a chosen instant, and tell what it acknowledged.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import type { Vault } from '../../vault/vault';
import { rekeyPassphrase } from './rekeyPassphrase';

/** Bundles `__fixtures__/<name>.ts` (and what it imports) into `outfile`, an ES module for Node. */
export async function bundleFixture(name: 'saveLoop' | 'rekeyLoop', outfile: string): Promise<void> {
  await build({
    entryPoints: [path.join(import.meta.dirname, `${name}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
  });
}

/**
 * Starts `node <args>` (a bundled loop, which prints `ack N` after each save it finished) and
 * kills it `delayMs` after its first acknowledged save, or after the start when `afterFirstAck`
 * is false. Resolves with the last save it acknowledged and how many; rejects when it exits on its own.
 */
export function runAndKill(args: string[], delayMs: number, afterFirstAck = true): Promise<{ lastAck: number; acks: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let lastAck = 0;
    let acks = 0;
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    if (!afterFirstAck) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const m = /^ack (\d+)$/.exec(line);
        if (!m) continue;
        lastAck = Number(m[1]);
        acks++;
        // Start the random countdown once saving is under way.
        timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`the saver exited on its own (${String(code)}): ${stderr}`));
      else resolve({ lastAck, acks });
    });
  });
}

/** Whether `bytes` open with the passphrase of re-key generation `generation` (rekeyLoop.ts). */
export async function opensWithGeneration(vault: Vault, bytes: Uint8Array, generation: number): Promise<boolean> {
  if (generation < 0) return false;
  try {
    vault.close((await vault.open(bytes, { method: 'passphrase', value: rekeyPassphrase(generation) })).session);
    return true;
  } catch {
    return false;
  }
}
