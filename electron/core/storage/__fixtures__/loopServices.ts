import { memoryPreferencesBackend } from '../../preferencesService';
import { createAppServices } from '../../services';
import { TEST_KDF } from '../../vault/vault';

/** The real services a saving loop (saveLoop.ts, rekeyLoop.ts: child processes killed by killer.ts) runs on. */
export function loopServices(dataDir: string) {
  return createAppServices({
    dataDir,
    preferences: memoryPreferencesBackend(),
    appInfo: { version: 'test', platform: process.platform },
    kdf: TEST_KDF,
    crypto: 'this-thread', // the crash test is about the storage path; a crypto worker per round would add its start-up to every one
  });
}
