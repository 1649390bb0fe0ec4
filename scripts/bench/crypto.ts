import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { memoryPreferencesBackend } from '../../electron/core/preferencesService';
import { createAppServices } from '../../electron/core/services';
import { DEFAULT_KDF } from '../../electron/core/vault/vault';
import { buildSample } from '../../shared/workbook/samples';
import { ms } from './_stats';

const PASS = 'bench passphrase for the crypto worker';
const mib = () => Math.round(process.memoryUsage().rss / 1048576);

/**
 * What a person feels while a key is derived (the default Argon2id cost): the longest the main
 * thread went without turning (a setImmediate chain) during an unlock, and how many times it
 * turned; plus resident memory with both large workbooks open and after lock. With the keys in
 * the crypto worker (the app) and, for comparison, on the main thread (as before issue 14).
 */
export async function run() {
  const out: Record<string, unknown> = { argon2id: DEFAULT_KDF };
  for (const crypto of ['worker', 'this-thread'] as const) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'dwb-bench-crypto-'));
    const services = await createAppServices({
      dataDir,
      preferences: memoryPreferencesBackend(),
      appInfo: { version: 'bench', platform: process.platform },
      kdf: DEFAULT_KDF,
      crypto,
    });
    const start = mib();
    for (const role of ['disclosing', 'partner'] as const) {
      await services.workbooks.create(role, role, PASS);
      await services.workbooks.save(role, buildSample(role, 'large'));
    }
    await services.workbooks.lockAll();
    await services.vault.settled();

    let turns = 0;
    let longest = 0;
    let last = performance.now();
    let running = true;
    const spin = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      turns++;
      if (running) setImmediate(spin);
    };
    setImmediate(spin);
    const t = performance.now();
    await services.workbooks.unlock('disclosing', { method: 'passphrase', value: PASS });
    const unlockMs = performance.now() - t;
    running = false;
    await services.workbooks.unlock('partner', { method: 'passphrase', value: PASS });
    const bothOpen = mib();
    await services.workbooks.lockAll();
    await services.vault.settled();
    out[crypto] = {
      unlockMs: ms(unlockMs),
      mainThreadLongestStallMs: ms(longest),
      mainThreadTurnsDuringUnlock: turns,
      rssMiB: { start, bothOpen, afterLock: mib() },
    };
    await rm(dataDir, { recursive: true, force: true });
  }
  return out;
}
