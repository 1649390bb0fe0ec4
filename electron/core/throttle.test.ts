import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePartner } from '../../shared/export/__fixtures__/workbooks';
import { runCli } from '../cli/main';
import { runWithStreams } from '../cli/testSupport';
import { sealQuestionPacket } from './exchange/questionPacketFile';
import { memoryPreferencesBackend } from './preferencesService';
import { createAppServices } from './services';
import { fileState } from './storage/smallState';
import { attemptKey, createThrottle, parseAttemptRecords } from './throttle';
import { loadSodium } from './vault/sodium';
import { createVault, TEST_KDF } from './vault/vault';
import { PASS } from './testSupport';

// The one throttle for every path that tries a secret, kept across restarts (attempts.json beside the preferences).
let dataDir = '';
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'dwb-throttle-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const pass = (value: string) => ({ method: 'passphrase' as const, value });

/** Services on one data folder with a clock the test moves by hand (no waiting). */
async function start(dir: string, clock: { t: number }, chosen: { file: string | null } = { file: null }) {
  return createAppServices({
    dataDir: dir,
    preferences: memoryPreferencesBackend(),
    appInfo: { version: 'test', platform: process.platform },
    kdf: TEST_KDF,
    now: () => new Date(clock.t),
    dialogs: {
      showOpenDialog: () => Promise.resolve(chosen.file),
      showSaveDialog: () => Promise.resolve(chosen.file),
    },
  });
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { info?: { code: string; retryAfterMs?: number } };
  }
  throw new Error('expected a failure');
}

describe('the throttle', () => {
  it('keeps the growing pause for unlock across a restart, and stores only counts and times', async () => {
    const dir = path.join(dataDir, 'restart');
    const clock = { t: 5_000_000 };
    let app = await start(dir, clock);
    await app.workbooks.create('partner', 'SENTINEL-THROTTLE-NAME', PASS);
    await app.workbooks.lockAll();
    for (const [i, delay] of [1000, 2000, 4000].entries()) {
      expect(await failure(app.workbooks.unlock('partner', pass(`wrong ${i}`)))).toMatchObject({
        info: { code: 'wrong-secret', retryAfterMs: delay },
      });
      if (i < 2) clock.t += delay;
    }
    await app.workbooks.flush();

    // Quit and start again: the pause is still there, and the right passphrase is not even tried.
    app = await start(dir, clock);
    expect(await failure(app.workbooks.unlock('partner', pass(PASS)))).toMatchObject({
      info: { code: 'wait', retryAfterMs: 4000 },
    });
    expect(await failure(app.workbooks.openBackup('partner', pass(PASS)))).toMatchObject({ info: { code: 'wait' } });
    clock.t += 4000;
    // The count goes on from where it was: the next wrong one waits 8 s.
    expect(await failure(app.workbooks.unlock('partner', pass('wrong 3')))).toMatchObject({
      info: { code: 'wrong-secret', retryAfterMs: 8000 },
    });
    clock.t += 8000;
    await app.workbooks.unlock('partner', pass(PASS));
    // Changing the passphrase counts on the same file.
    expect(
      await failure(app.workbooks.changePassphrase('partner', 'not the passphrase', 'a new long passphrase 1')),
    ).toMatchObject({ info: { code: 'wrong-secret', retryAfterMs: 1000 } });
    expect(await failure(app.workbooks.replaceRecoveryKey('partner', PASS))).toMatchObject({ info: { code: 'wait' } });
    await app.workbooks.lockAll();

    const raw = await readFile(path.join(dir, 'attempts.json'), 'utf8');
    const records = JSON.parse(raw) as Record<string, unknown>;
    expect(Object.keys(records).every((k) => /^[0-9a-f]{32}$/.test(k))).toBe(true);
    expect(parseAttemptRecords(records)).toEqual(records);
    expect(raw).not.toMatch(/SENTINEL|partner|dwb|correct horse|wrong/);
  });

  it('pauses a wrong release code for a question packet, across a restart', async () => {
    const dir = path.join(dataDir, 'packet');
    const clock = { t: 9_000_000 };
    const sealed = await sealQuestionPacket(
      createVault(await loadSodium(), { kdf: TEST_KDF }),
      await loadSodium(),
      fixturePartner(),
      new Date(clock.t),
    );
    const packetFile = path.join(dataDir, 'questions.dwbq');
    await writeFile(packetFile, sealed.bytes);
    const chosen = { file: packetFile };
    let app = await start(dir, clock, chosen);
    await app.workbooks.create('disclosing', 'D', PASS);
    await app.exchange.choosePacket();
    expect(await failure(app.exchange.openPacket('1111-2222-3333-4444'))).toMatchObject({ info: { code: 'wrong-secret' } });
    await app.workbooks.flush();
    await app.workbooks.lockAll();

    app = await start(dir, clock, chosen);
    await app.workbooks.unlock('disclosing', pass(PASS));
    await app.exchange.choosePacket();
    expect(await failure(app.exchange.openPacket(sealed.code))).toMatchObject({ info: { code: 'wait' } });
    clock.t += 1000;
    const packet = await app.exchange.openPacket(sealed.code);
    expect(packet.questions.length).toBeGreaterThan(0);
    await app.workbooks.lockAll();
  });

  it('the workbook command shares the count for the same file with the app, across runs', async () => {
    const dir = path.join(dataDir, 'cli');
    const clock = { t: 20_000_000 };
    const app = await start(dir, clock);
    await app.workbooks.create('partner', 'P', PASS);
    await app.workbooks.lockAll();
    const file = path.join(dir, 'workbooks', 'partner.dwb');
    const attempts = path.join(dir, 'attempts.json');
    const vault = createVault(await loadSodium(), { kdf: TEST_KDF });

    async function cli(args: string[], stdin: string) {
      // A fresh throttle read from the file each run, as a new process would.
      const throttle = createThrottle({ state: await fileState(attempts, parseAttemptRecords), now: () => clock.t });
      return runWithStreams((io) => runCli(args, io, { vault, throttle }), stdin);
    }

    expect(await cli(['verify', file], 'wrong passphrase\n')).toMatchObject({ code: 1 });
    const refused = await cli(['verify', file], `${PASS}\n`);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/Please wait 1 second before trying again/);
    // The app, started now, sees the command's wrong passphrase for the same file.
    const later = await start(dir, clock);
    expect(await failure(later.workbooks.unlock('partner', pass(PASS)))).toMatchObject({ info: { code: 'wait' } });
    clock.t += 1000;
    // passwd counts its current passphrase on the same file: the second wrong one waits 2 s.
    expect(await cli(['passwd', file], 'wrong current\nanother long passphrase 2\n')).toMatchObject({ code: 1 });
    expect((await cli(['verify', file], `${PASS}\n`)).err).toMatch(/Please wait/);
    clock.t += 2000;
    expect((await cli(['verify', file], `${PASS}\n`)).code).toBe(0);
    expect(attemptKey('workbook', file)).toMatch(/^[0-9a-f]{32}$/);
  });
});
