import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The data key is gone from the process's memory after lock. A child process unlocks, saves and
 * locks with the real services; it hands over each data key XOR-masked; this process reads the
 * child's whole readable memory (/proc/<pid>/mem) before and after lock. Content sentinels still
 * found after lock are reported, not failed on: V8 strings cannot be wiped (see docs/security.md).
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
  keys?: { masked: string; mask: string }[];
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
    // Rebuilt here only for the scan: the child never holds a second plain copy.
    const keys = open.keys!.map(({ masked, mask }) => {
      const m = Buffer.from(masked, 'hex');
      const r = Buffer.from(mask, 'hex');
      return Buffer.from(m.map((b, i) => b ^ r[i]!));
    });
    expect(keys.length).toBeGreaterThanOrEqual(2);
    const sentinels = ['NAME', 'NEED', 'SECOND'].map((s) => Buffer.from(`${prefix}-${s}`));
    const current = keys.at(-1)!;
    const whileOpen = scan(child.pid!, [current, ...sentinels]);
    // The probe works: the open workbook's key is in memory while it is open.
    expect(whileOpen[0]).toBeGreaterThanOrEqual(1);

    child.send('lock');
    expect((await nextMessage()).phase).toBe('locked');
    const where: string[] = [];
    const afterLock = scan(child.pid!, [current, ...keys.slice(0, -1), ...sentinels], where);
    if (where.length) console.info(`key after lock at: ${where.join('; ')}`);
    const keyCopies = afterLock.slice(0, keys.length);
    const sentinelCopies = Object.fromEntries(sentinels.map((s, i) => [s.toString(), afterLock[keys.length + i]]));
    console.info(
      `memory after lock: data keys ${JSON.stringify(keyCopies)}, content sentinels ${JSON.stringify(sentinelCopies)} (while open: key ${whileOpen[0]}, sentinels ${JSON.stringify(whileOpen.slice(1))})`,
    );
    expect(keyCopies).toEqual(keys.map(() => 0));
    for (const key of keys) key.fill(0);
    child.send('exit');
  });
});
