import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryPreferencesBackend } from '../preferencesService';
import { createAppServices } from '../services';
import { DamagedFileError, type KdfParams } from './format';
import { loadSodium } from './sodium';
import { createVault, TEST_KDF, WrongSecretError, type Vault } from './vault';
import { createWorkerVault, type WorkerVault } from './workerVault';

/**
 * The vault of the app and the command: keys are derived and held in crypto workers. Everything
 * is counted (derivations, live workers, event-loop turns), never timed: CI is a busy machine.
 */
const derivations: KdfParams[] = [];
const vault = createWorkerVault({ kdf: TEST_KDF, onDerivation: (params) => derivations.push(params) });
const inThread = createVault(await loadSodium(), { kdf: TEST_KDF });
const PASS = 'a long passphrase for the worker';
const text = (s: string) => new TextEncoder().encode(s);
const str = (b: Uint8Array) => new TextDecoder().decode(b);

afterAll(() => vault.settled());

/** How many times the main event loop turns (setImmediate) while `work` runs. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ turns: number; value: T }> {
  let turns = 0;
  let running = true;
  const spin = () => {
    if (!running) return;
    turns++;
    setImmediate(spin);
  };
  setImmediate(spin);
  const value = await work().finally(() => (running = false));
  return { turns, value };
}

describe('the worker vault', () => {
  it('creates, seals, locks and opens again, with one worker per open key that ends on lock', async () => {
    expect(vault.liveWorkers()).toBe(0);
    const { session, recoveryKey } = await vault.create('partner', PASS);
    expect(vault.liveWorkers()).toBe(1);
    expect(Object.keys(session).sort()).toEqual(['closed', 'header', 'kind']); // no key on this thread
    const first = await vault.seal(session, text('{"n":1}'));
    const second = await vault.seal(session, text('{"n":2}'));
    expect(session.header.saveCounter).toBe(2);
    vault.close(session);
    await expect(vault.seal(session, text('x'))).rejects.toThrow(/locked/);
    await vault.settled();
    expect(vault.liveWorkers()).toBe(0);

    const unlocked = await vault.unlock(second, { method: 'passphrase', value: PASS });
    expect(str((await vault.decrypt(unlocked, second)).plaintext)).toBe('{"n":2}');
    // A backup sealed under the same key opens with the open session (no derivation).
    const before = derivations.length;
    expect(str((await vault.decrypt(unlocked, first)).plaintext)).toBe('{"n":1}');
    expect(derivations.length).toBe(before);
    expect(await vault.verifyPassphrase(unlocked, PASS)).toBe(true);
    expect(await vault.verifyPassphrase(unlocked, 'not the passphrase')).toBe(false);
    const note = await vault.sealNote(unlocked, text('["pending.tmp"]'));
    expect(str((await vault.openNote(unlocked, note))!)).toBe('["pending.tmp"]');
    vault.close(unlocked);

    const viaRecovery = await vault.open(second, { method: 'recoveryKey', value: recoveryKey });
    expect(str(viaRecovery.plaintext)).toBe('{"n":2}');
    vault.close(viaRecovery.session);
    await vault.settled();
    expect(vault.liveWorkers()).toBe(0);
  });

  it('writes the same format as the in-thread vault, both ways', async () => {
    const fromWorker = await vault.create('disclosing', PASS);
    const file = await vault.seal(fromWorker.session, text('from the worker'));
    vault.close(fromWorker.session);
    const opened = await inThread.open(file, { method: 'passphrase', value: PASS });
    expect(str(opened.plaintext)).toBe('from the worker');
    const back = await inThread.seal(opened.session, text('from this thread'));
    inThread.close(opened.session);
    const reopened = await vault.open(back, { method: 'passphrase', value: PASS });
    expect(str(reopened.plaintext)).toBe('from this thread');
    vault.close(reopened.session);
    await vault.settled();
  });

  it('seals saves through buffers kept with the worker: the same buffer each save, grown when needed, content zeroed', async () => {
    const { session } = await vault.create('disclosing', PASS);
    const sizes = [10, 20_000, 15, 300_000, 40];
    const files: Uint8Array[] = [];
    const buffers = new Set<ArrayBufferLike>();
    for (const [i, size] of sizes.entries()) {
      const content = text(`${i}:${'é'.repeat(size)}`);
      const sent = content.slice();
      const file = await vault.seal(session, content, { reuse: true });
      // The caller's copy is zeroed at once; the copy shared with the worker once sealed.
      expect(content.every((b) => b === 0)).toBe(true);
      expect(vault.sharedContent(session)!.every((b) => b === 0)).toBe(true);
      buffers.add(file.buffer);
      expect(
        str((await inThread.decrypt(await inThread.unlock(file.slice(), { method: 'passphrase', value: PASS }), file)).plaintext),
      ).toBe(str(sent));
      files.push(file.slice());
    }
    // One buffer until the 300 kB save outgrew it, then one more.
    expect(buffers.size).toBe(2);
    expect(session.header.saveCounter).toBe(sizes.length);
    // Two saves at once: the second goes the ordinary way; both files open to their own content.
    const [a, b] = await Promise.all([
      vault.seal(session, text('first at once'), { reuse: true }),
      vault.seal(session, text('second at once'), { reuse: true }),
    ]);
    expect(a.buffer).not.toBe(b.buffer);
    const opened = await vault.unlock(a, { method: 'passphrase', value: PASS });
    expect(str((await vault.decrypt(opened, a)).plaintext)).toBe('first at once');
    expect(str((await vault.decrypt(opened, b)).plaintext)).toBe('second at once');
    vault.close(opened);
    vault.close(session);
    expect(vault.sharedContent(session)).toBeNull();
    await vault.settled();
    expect(vault.liveWorkers()).toBe(0);
  });

  it('answers a wrong secret or a damaged file with the same errors as before, and ends the worker', async () => {
    const { session } = await vault.create('partner', PASS);
    const file = await vault.seal(session, text('{}'));
    vault.close(session);
    derivations.length = 0;
    await expect(vault.unlock(file, { method: 'passphrase', value: 'wrong passphrase here' })).rejects.toThrow(WrongSecretError);
    expect(derivations).toEqual([TEST_KDF]); // counted in the worker, reported here
    await expect(vault.open(file, { method: 'recoveryKey', value: 'not-a-key' })).rejects.toBeInstanceOf(WrongSecretError);
    const damaged = file.slice();
    damaged[damaged.length - 40]! ^= 1;
    await expect(vault.open(damaged, { method: 'passphrase', value: PASS })).rejects.toBeInstanceOf(DamagedFileError);
    expect(derivations).toHaveLength(1); // the checksum is checked before any derivation
    await vault.settled();
    expect(vault.liveWorkers()).toBe(0);
  });

  it('re-keys inside the same worker: the old key can be closed while the new one stays', async () => {
    const { session } = await vault.create('partner', PASS);
    const backup = await vault.seal(session, text('backup'));
    const result = await vault.rekey(session, { passphrase: 'the next passphrase', newRecoveryKey: true }, [backup]);
    expect(result.recoveryKey).toMatch(/-/);
    vault.close(session);
    await vault.settled();
    expect(vault.liveWorkers()).toBe(1);
    const main = await vault.seal(result.session, text('current'));
    vault.close(result.session);
    await vault.settled();
    expect(vault.liveWorkers()).toBe(0);
    for (const [file, content] of [
      [main, 'current'],
      [result.others[0]!, 'backup'],
    ] as const) {
      const opened = await inThread.open(file, { method: 'passphrase', value: 'the next passphrase' });
      expect(str(opened.plaintext)).toBe(content);
      inThread.close(opened.session);
    }
  });

  it('through the real services: lock returns only once the key is wiped and its worker has ended', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'dwb-worker-'));
    try {
      const services = await createAppServices({
        dataDir,
        preferences: memoryPreferencesBackend(),
        appInfo: { version: 'test', platform: process.platform },
        kdf: TEST_KDF,
      });
      const keys = services.vault as WorkerVault; // the default: keys in the crypto worker
      await services.workbooks.create('partner', 'P', PASS);
      await services.workbooks.create('disclosing', 'D', PASS);
      expect(keys.liveWorkers()).toBe(2);
      await services.workbooks.lock('partner');
      expect(keys.liveWorkers()).toBe(1);
      const { content } = await services.workbooks.unlock('partner', { method: 'passphrase', value: PASS });
      expect(content.displayName).toBe('P');
      expect(keys.liveWorkers()).toBe(2);
      await services.workbooks.lockAll();
      expect(keys.liveWorkers()).toBe(0);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('starts the derivation worker of a create or a passphrase unlock together with its key worker, and none for a recovery key', async () => {
    // Above 16 MiB a derivation runs in a worker of its own (the app's default is 3 x 256 MiB).
    const kdf = { opslimit: 2, memlimitKiB: 64 * 1024 };
    const starts: string[] = [];
    const heavy = createWorkerVault({ kdf, onKdfWorker: (start) => starts.push(start) });
    const { session, recoveryKey } = await heavy.create('partner', PASS);
    const file = await heavy.seal(session, text('{"n":1}'));
    heavy.close(session);
    expect(starts).toEqual(['prestarted']);
    const unlocked = await heavy.unlock(file, { method: 'passphrase', value: PASS });
    expect(starts).toEqual(['prestarted', 'prestarted']);
    // A later derivation in the same key worker (checking a passphrase) starts its worker when it begins.
    expect(await heavy.verifyPassphrase(unlocked, PASS)).toBe(true);
    expect(starts).toEqual(['prestarted', 'prestarted', 'on demand']);
    heavy.close(unlocked);
    const viaRecovery = await heavy.open(file, { method: 'recoveryKey', value: recoveryKey });
    expect(str(viaRecovery.plaintext)).toBe('{"n":1}');
    expect(starts).toHaveLength(3);
    heavy.close(viaRecovery.session);
    await heavy.settled();
    expect(heavy.liveWorkers()).toBe(0);
  });

  it('keeps the main event loop turning while a key is derived (the in-thread vault stops it)', async () => {
    // A derivation heavy enough to matter: 2 passes over 64 MiB (the app's default is 3 x 256 MiB).
    const kdf = { opslimit: 2, memlimitKiB: 64 * 1024 };
    const counted: KdfParams[] = [];
    const heavy: Vault = createWorkerVault({ kdf, onDerivation: (p) => counted.push(p) });
    const inWorker = await turnsDuring(() => heavy.create('partner', PASS));
    heavy.close(inWorker.value.session);
    await heavy.settled();
    expect(counted).toEqual([kdf]);
    // The loop kept turning: at least a hundred turns while the worker derived (each turn is a
    // few microseconds; Argon2id over 64 MiB takes tens of milliseconds on any machine).
    expect(inWorker.turns).toBeGreaterThan(100);

    const sameThread = createVault(await loadSodium(), { kdf });
    const blocked = await turnsDuring(() => sameThread.create('partner', PASS));
    sameThread.close(blocked.value.session);
    expect(blocked.turns).toBeLessThanOrEqual(1);
  });
});
