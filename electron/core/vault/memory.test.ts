import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSodium } from './sodium';
import { createVault, TEST_KDF } from './vault';

/**
 * The data key is gone from the process's memory after lock. A child process unlocks, saves and
 * locks with the real services, whose keys live in a crypto worker; this process derives the
 * key from the file on disk (the child never hands one out) and reads the child's whole readable
 * memory (/proc/<pid>/mem) while open and after lock, and checks that the worker that held the
 * key has ended. Content sentinels still found after lock are reported, not failed on: V8
 * strings cannot be wiped (see docs/security.md).
 */
const children: ChildProcess[] = [];
const dirs: string[] = [];
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** How often each needle occurs in the child's readable memory. */
function scan(pid: number, needles: Buffer[], where: string[] = []): number[] {
  const counts = needles.map(() => 0);
  const longest = Math.max(...needles.map((n) => n.length));
  const maps = readFileSync(`/proc/${pid}/maps`, 'utf8').trim().split('\n');
  const fd = openSync(`/proc/${pid}/mem`, 'r');
  const chunk = Buffer.alloc(16 * 1024 * 1024 + longest);
  try {
    for (const line of maps) {
      const [range, perms] = line.split(' ') as [string, string];
      if (!perms.startsWith('r') || /\[(vvar|vsyscall|vvar_vclock)\]/.test(line)) continue;
      const [start, end] = range.split('-').map((h) => parseInt(h, 16)) as [number, number];
      for (let at = start; at < end; at += chunk.length - longest) {
        const length = Math.min(chunk.length, end - at);
        let read = 0;
        try {
          read = readSync(fd, chunk, 0, length, at);
        } catch {
          break; // an unreadable region (a guard page)
        }
        const view = chunk.subarray(0, read);
        needles.forEach((needle, i) => {
          for (let j = view.indexOf(needle); j !== -1; j = view.indexOf(needle, j + 1)) {
            // A match wholly inside the overlap is counted with the next chunk.
            if (j + needle.length <= read - longest + needle.length || at + read >= end) {
              counts[i]!++;
              if (i === 0) where.push(`${(at + j).toString(16)} in ${line}`);
            }
          }
        });
        if (read < length) break;
      }
    }
  } finally {
    closeSync(fd);
  }
  return counts;
}

interface Message {
  phase: 'open' | 'locked';
  file?: string;
  workers: number;
}

/** The data key of a workbook file, derived here (never taken from the child). */
async function dataKeyOf(file: string): Promise<Buffer> {
  const sodium = await loadSodium();
  const vault = createVault(sodium, { kdf: TEST_KDF });
  const session = await vault.unlock(readFileSync(file), {
    method: 'passphrase',
    value: 'correct horse battery staple',
  });
  const key = Buffer.from(session.dataKey);
  vault.close(session);
  return key;
}

describe.skipIf(process.platform !== 'linux')('the data key in memory', () => {
  it('is found while a workbook is open and is absent from the whole process after lock', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'dwb-memory-'));
    dirs.push(dataDir);
    const prefix = `SENTINEL${Math.random().toString(36).slice(2, 10).toUpperCase()}`;
    const child = fork(path.join(import.meta.dirname, '__fixtures__', 'memoryChild.ts'), [dataDir, prefix], {
      execArgv: ['--expose-gc', '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.push(child);
    const messages: Message[] = [];
    let wake: (() => void) | null = null;
    child.on('message', (m) => {
      messages.push(m as Message);
      wake?.();
    });
    const nextMessage = async (): Promise<Message> => {
      while (messages.length === 0) await new Promise<void>((r) => (wake = r));
      return messages.shift()!;
    };

    const open = await nextMessage();
    expect(open.phase).toBe('open');
    // The open workbook's key is held by one worker (none of it on the child's main thread).
    expect(open.workers).toBe(1);
    const key = await dataKeyOf(open.file!);
    const sentinels = ['NAME', 'NEED', 'SECOND'].map((s) => Buffer.from(`${prefix}-${s}`));
    const whileOpen = scan(child.pid!, [key, ...sentinels]);
    // The probe works: the open workbook's key is in the process's memory while it is open.
    expect(whileOpen[0]).toBeGreaterThanOrEqual(1);

    child.send('lock');
    const locked = await nextMessage();
    expect(locked.phase).toBe('locked');
    // The worker that held the key has ended (its memory, WebAssembly heap included, is returned).
    expect(locked.workers).toBe(0);
    const where: string[] = [];
    const afterLock = scan(child.pid!, [key, ...sentinels], where);
    if (where.length) console.info(`key after lock at: ${where.join('; ')}`);
    const sentinelCopies = Object.fromEntries(sentinels.map((s, i) => [s.toString(), afterLock[1 + i]]));
    console.info(
      `memory after lock: data key ${afterLock[0]}, content sentinels ${JSON.stringify(sentinelCopies)} (while open: key ${whileOpen[0]}, sentinels ${JSON.stringify(whileOpen.slice(1))})`,
    );
    expect(afterLock[0]).toBe(0);
    key.fill(0);
    child.send('exit');
  });
});
