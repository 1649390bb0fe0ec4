import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { memoryPreferencesBackend } from './preferencesService';
import { createAppServices, type AppServicesOptions } from './services';
import { TEST_KDF } from './vault/vault';

/** A fresh temp folder and real services with cheap (still Argon2id) KDF settings. */
export async function makeTestServices(overrides: Partial<AppServicesOptions> = {}) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'dwb-test-'));
  const services = await createAppServices({
    dataDir,
    preferences: memoryPreferencesBackend(),
    appInfo: { version: 'test', platform: process.platform },
    kdf: TEST_KDF,
    crypto: 'this-thread',
    // A pause in typing never saves the main file by itself here, however slow the machine: tests
    // that list files or calls stay exact. workbookService.recentSaves.test.ts shortens the delays.
    mainFileDelays: { idleMs: 600_000, maxMs: 600_000 },
    ...overrides,
  });
  return {
    dataDir,
    ...services,
    cleanup: async () => {
      await services.workbooks.flush();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export const PASS = 'correct horse battery staple';

/**
 * Services made inside a test and cleaned up after it: call once at the top of a test file,
 * then `const env = await setup()` in any test (as many as it needs).
 */
export function servicesPerTest(): (overrides?: Partial<AppServicesOptions>) => ReturnType<typeof makeTestServices> {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });
  return async (overrides = {}) => {
    const env = await makeTestServices(overrides);
    cleanups.push(env.cleanup);
    return env;
  };
}
