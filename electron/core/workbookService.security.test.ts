import { readdir, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { makeSentinels } from '../../tests/e2e/securitySentinels';
import { createWorkbookFiles } from './storage/workbookFiles';
import { PASS, servicesPerTest } from './testSupport';
import type { KeyedSession, VaultSession } from './vault/vault';
import { createWorkbookService } from './workbookService';

/**
 * After lock the main process keeps neither keys nor content: every session's data key is
 * zeroed, the service refuses to hand out content, and a V8 heap snapshot of this process
 * holds none of the sentinel strings (while before the lock it does: the probe works).
 */
const testServices = servicesPerTest();

/** The real service, with the vault wrapped so the test sees every session it hands out. */
async function setup() {
  const env = await testServices();
  const sessions: VaultSession[] = [];
  const vault: typeof env.vault = {
    ...env.vault,
    async create(kind, passphrase) {
      const created = await env.vault.create(kind, passphrase);
      sessions.push(created.session);
      return created;
    },
    async open(file, secret) {
      const opened = await env.vault.open(file, secret);
      sessions.push(opened.session);
      return opened;
    },
    async unlock(file, secret) {
      const session = await env.vault.unlock(file, secret);
      sessions.push(session);
      return session;
    },
    async rekey(session, change, others) {
      const result = await env.vault.rekey(session, change, others);
      sessions.push(result.session);
      return result;
    },
  };
  const workbooks = createWorkbookService({ vault, files: env.files });
  return { ...env, workbooks, sessions };
}

async function heapStrings(): Promise<string[]> {
  // Taking a snapshot runs a full garbage collection first. Only the snapshot's string table is
  // parsed (the node and edge arrays before it are most of its size and are not needed here).
  const chunks: Buffer[] = [];
  for await (const chunk of v8.getHeapSnapshot()) chunks.push(chunk as Buffer);
  const snapshot = Buffer.concat(chunks);
  const start = snapshot.indexOf('"strings":');
  expect(start).toBeGreaterThan(0);
  return (JSON.parse(`{${snapshot.toString('utf8', start)}`) as { strings: string[] }).strings;
}

describe('locking drops keys and content in the main process', () => {
  it('zeroes every data key and refuses content after lock, lockAll and a second unlock', async () => {
    const { workbooks, sessions } = await setup();
    await workbooks.create('disclosing', 'D', PASS);
    await workbooks.create('partner', 'P', PASS);
    await workbooks.lock('disclosing');
    await workbooks.unlock('disclosing', { method: 'passphrase', value: PASS });
    // Unlocking again while open replaces (and zeroes) the earlier session.
    await workbooks.unlock('disclosing', { method: 'passphrase', value: PASS });
    expect(sessions.length).toBe(4);
    expect(sessions.filter((s) => s.closed)).toHaveLength(2);
    await workbooks.lockAll();
    for (const s of sessions) {
      expect(s.closed).toBe(true);
      expect((s as KeyedSession).dataKey.every((b) => b === 0)).toBe(true);
    }
    expect(() => workbooks.content('disclosing')).toThrow(/locked/);
    expect(() => workbooks.content('partner')).toThrow(/locked/);
    await expect(workbooks.save('partner', {})).rejects.toMatchObject({ info: { code: 'locked' } });
  });

  it('zeroes the key when the content fails to decode', async () => {
    const { workbooks, sessions, vault, files } = await setup();
    const { session } = await vault.create('partner', PASS);
    sessions.length = 0;
    await files.write('partner', await vault.seal(session, new TextEncoder().encode('{"not":"a workbook"}')));
    await expect(workbooks.unlock('partner', { method: 'passphrase', value: PASS })).rejects.toMatchObject({
      info: { code: 'damaged' },
    });
    expect(sessions).toHaveLength(1);
    expect((sessions[0] as KeyedSession).dataKey.every((b) => b === 0)).toBe(true);
    expect(workbooks.isUnlocked('partner')).toBe(false);
  });

  it('leaves no sentinel string in the heap after lock (and the probe does see them before)', async () => {
    const { workbooks } = await setup();
    let set: ReturnType<typeof makeSentinels> | null = makeSentinels();
    const prefix = set.prefix;
    // No RegExp here: V8 keeps the last string a RegExp matched (RegExp.input) alive.
    const leaked = (strings: string[]) => strings.filter((s) => s !== prefix && s.includes(prefix));
    await workbooks.create('partner', 'P', PASS);
    await workbooks.save('partner', set.workbooks.partner);
    set = null;
    await workbooks.lockAll();
    await workbooks.unlock('partner', { method: 'passphrase', value: PASS });

    // Count only: keeping the matches would itself keep them alive.
    const before = leaked(await heapStrings()).length;
    expect(before).toBeGreaterThan(0);

    await workbooks.lockAll();
    const after = leaked(await heapStrings());
    expect(after).toEqual([]);
    // Two snapshots of the test process: minutes on a busy 2-core machine (seen 120-216 s), so a generous bound.
  }, 600_000);
});

describe('stale temp files from a crash', () => {
  it('are removed on the next start in the folder and in backups, and never taken for the workbook', async () => {
    const env = await testServices();
    await env.workbooks.create('partner', 'kept', PASS);
    const content = env.workbooks.content('partner');
    await env.workbooks.save('partner', { ...content, displayName: 'second' });
    await env.workbooks.lockAll();
    const dir = path.join(env.dataDir, 'workbooks');
    const backups = path.join(dir, 'backups');
    await mkdir(backups, { recursive: true });
    // A temp file that looks newer than everything and is a complete-looking file: still ignored.
    await writeFile(path.join(dir, 'partner.dwb.fedcba9876543210.tmp'), 'half a save');
    await writeFile(path.join(backups, 'partner.99999999-999999999-999.dwb.0123456789abcdef.tmp'), 'half a backup');
    const files = createWorkbookFiles({ dir });
    expect((await files.listBackups('partner')).some((f) => f.endsWith('.tmp'))).toBe(false);
    // Opening works while they are there...
    expect((await env.workbooks.unlock('partner', { method: 'passphrase', value: PASS })).content.displayName).toBe('second');
    await env.workbooks.lockAll();
    // ...and the next start removes both; a user's own file that merely ends in .tmp is left alone.
    await writeFile(path.join(dir, 'notes.tmp'), 'not ours');
    expect(await env.workbooks.startup()).toBe(2);
    const left = [...(await readdir(dir)), ...(await readdir(backups))];
    expect(left.filter((n) => n.endsWith('.tmp'))).toEqual(['notes.tmp']);
  });
});
