import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { memoryPreferencesBackend } from '../../electron/core/preferencesService';
import { createAppServices } from '../../electron/core/services';
import { DEFAULT_KDF } from '../../electron/core/vault/vault';
import { buildSample } from '../../shared/workbook/samples';
import { parseWorkbookJson, serializeWorkbook } from '../../shared/workbook/content';
import type { Role } from '../../shared/workbook/schema';
import { ms, percentile } from './_stats';

const PASS = 'bench passphrase for timing';

/** Unlock (KDF at the default cost), save p50/p95 and load time for the small and large samples. */
export async function run() {
  const out: Record<string, unknown> = {};
  for (const size of ['small', 'large'] as const) {
    for (const role of ['disclosing', 'partner'] as Role[]) {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'dwb-bench-'));
      const services = await createAppServices({
        dataDir,
        preferences: memoryPreferencesBackend(),
        appInfo: { version: 'bench', platform: process.platform },
        kdf: DEFAULT_KDF,
      });
      const sample = buildSample(role, size);
      const { recoveryKey } = await services.workbooks.create(role, sample.displayName, PASS);
      const saves: number[] = [];
      for (let i = 0; i < 120; i++) {
        sample.displayName = `bench ${i}`;
        const t = performance.now();
        await services.workbooks.save(role, sample);
        saves.push(performance.now() - t);
      }
      await services.workbooks.lockAll();
      const t0 = performance.now();
      await services.workbooks.unlock(role, { method: 'passphrase', value: PASS });
      const unlockMs = performance.now() - t0;
      // Load without the KDF (the recovery key path uses a fast hash): read, authenticate,
      // decrypt, parse, migrate and validate.
      const loads: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t1 = performance.now();
        const bytes = (await services.files.readMain(role))!;
        const opened = await services.vault.open(bytes, { method: 'recoveryKey', value: recoveryKey });
        parseWorkbookJson(new TextDecoder().decode(opened.plaintext), role);
        loads.push(performance.now() - t1);
        services.vault.close(opened.session);
      }
      out[`${role}-${size}`] = {
        contentBytes: Buffer.byteLength(serializeWorkbook(sample)),
        fileBytes: (await stat(services.files.mainPath(role))).size,
        saveMsP50: percentile(saves.slice(10), 50),
        saveMsP95: percentile(saves.slice(10), 95),
        saves: saves.length - 10,
        unlockMs: ms(unlockMs),
        loadMsP50: percentile(loads, 50),
      };
      await services.workbooks.lockAll();
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  // The KDF alone, at the default cost stored in new files.
  const sodium = (await import('../../electron/core/vault/sodium')).loadSodium;
  const s = await sodium();
  const t = performance.now();
  s.crypto_pwhash(
    32,
    PASS,
    s.randombytes_buf(16),
    DEFAULT_KDF.opslimit,
    DEFAULT_KDF.memlimitKiB * 1024,
    s.crypto_pwhash_ALG_ARGON2ID13,
  );
  out['kdf'] = { argon2id: DEFAULT_KDF, ms: ms(performance.now() - t) };
  return out;
}
