/**
 * Crash soak: a child process saves a workbook in a loop (electron/core/storage/__fixtures__/
 * saveLoop.ts, the real services with real crypto) and is killed with SIGKILL at a random
 * instant, again and again. After every kill the workbook must open to a complete version no
 * older than the last save the child acknowledged, and every backup must open too.
 *
 *   npm run soak                 500 rounds
 *   npm run soak -- 2000         more rounds (or SOAK_ROUNDS=2000)
 *
 * Prints one JSON object; exits 1 if any file was corrupt or any acknowledged save was lost.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { memoryPreferencesBackend } from '../electron/core/preferencesService';
import { createAppServices } from '../electron/core/services';
import { bundleFixture, opensWithGeneration, runAndKill } from '../electron/core/storage/__fixtures__/killer';
import { rekeyPassphrase } from '../electron/core/storage/__fixtures__/rekeyPassphrase';
import { TEST_KDF } from '../electron/core/vault/vault';

const rounds = Number(process.argv[2] ?? process.env['SOAK_ROUNDS'] ?? 500);
const PASS = 'soak test passphrase, long enough';

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'dwb-soak-'));
const bundle = path.join(dataDir, 'saveLoop.mjs');
const rekeyDir = await mkdtemp(path.join(os.tmpdir(), 'dwb-soak-rekey-'));
const rekeyBundle = path.join(rekeyDir, 'rekeyLoop.mjs');
await bundleFixture('saveLoop', bundle);
await bundleFixture('rekeyLoop', rekeyBundle);

const services = await createAppServices({
  dataDir,
  preferences: memoryPreferencesBackend(),
  appInfo: { version: 'soak', platform: process.platform },
  kdf: TEST_KDF,
});
const { workbooks, files, vault } = services;
await workbooks.create('partner', 'v0', PASS);
await workbooks.lockAll();
// A second workbook folder for the re-key rounds (passphrase changes of the workbook and every backup).
const rekeyServices = await createAppServices({
  dataDir: rekeyDir,
  preferences: memoryPreferencesBackend(),
  appInfo: { version: 'soak', platform: process.platform },
  kdf: TEST_KDF,
});
await rekeyServices.workbooks.create('partner', 'g0', rekeyPassphrase(0));
await rekeyServices.workbooks.lockAll();
let generation = 0;
let rekeyKills = 0;
let rekeysAcknowledged = 0;

const opensWith = (bytes: Uint8Array, g: number) => opensWithGeneration(rekeyServices.vault, bytes, g);

/** One kill of the re-key loop; afterwards exactly one complete set (old or new) must be there. */
async function rekeyRound(round: number) {
  rekeyKills++;
  const { lastAck } = await runAndKill([rekeyBundle, rekeyDir, String(generation)], Math.random() * 60);
  rekeysAcknowledged += Math.max(0, lastAck - generation);
  const files = rekeyServices.files;
  const main = await files.readMain('partner');
  const base = Math.max(lastAck, generation);
  const found: number[] = [];
  if (main) for (const g of [base, base + 1]) if (await opensWith(main, g)) found.push(g);
  if (found.length !== 1) {
    corruptFiles++;
    problems.push(`round ${round}: after a re-key kill the workbook opened with ${found.length} generations`);
    return;
  }
  const current = found[0]!;
  if (current < lastAck) {
    lostAcknowledgedSaves++;
    problems.push(`round ${round}: re-key ${lastAck} was acknowledged but generation ${current} is on disk`);
  }
  for (const backup of await files.listBackups('partner')) {
    backupsChecked++;
    const bytes = await files.readFile(backup);
    if (!(await opensWith(bytes, current)) || (await opensWith(bytes, current - 1))) {
      corruptFiles++;
      problems.push(`round ${round}: backup ${path.basename(backup)} is not in the set of generation ${current}`);
    }
  }
  generation = current;
}

const started = Date.now();
let highestAck = 0;
let acknowledgedSaves = 0;
let corruptFiles = 0;
let lostAcknowledgedSaves = 0;
let backupsChecked = 0;
let staleTempFiles = 0;
const problems: string[] = [];

for (let round = 0; round < rounds; round++) {
  // Every fifth kill lands during re-keying instead of saving.
  if (round % 5 === 4) {
    await rekeyRound(round);
    continue;
  }
  // Mostly kill mid-save; every fourth round kill at a random instant from start-up on.
  const afterFirstAck = round % 4 !== 0;
  const { lastAck, acks } = await runAndKill([bundle, dataDir, PASS], Math.random() * (afterFirstAck ? 40 : 400), afterFirstAck);
  highestAck = Math.max(highestAck, lastAck);
  acknowledgedSaves += acks;

  // The main file: complete, authentic, and not older than the last acknowledged save.
  try {
    const { content } = await workbooks.unlock('partner', { method: 'passphrase', value: PASS });
    const version = Number(content.displayName.replace('v', ''));
    const need = content.role === 'partner' ? content.sections.boundaries.items[0]?.need : undefined;
    if (version > 0 && !need?.endsWith(String(version))) {
      corruptFiles++;
      problems.push(`round ${round}: main file content is inconsistent (v${version})`);
    }
    if (version < highestAck) {
      lostAcknowledgedSaves++;
      problems.push(`round ${round}: opened v${version}, but v${highestAck} was acknowledged`);
    }
  } catch (error) {
    corruptFiles++;
    problems.push(`round ${round}: main file did not open: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await workbooks.lockAll();
  }

  // Every backup is a complete file too.
  for (const backup of await files.listBackups('partner')) {
    backupsChecked++;
    try {
      const { session } = await vault.open(await files.readFile(backup), { method: 'passphrase', value: PASS });
      vault.close(session);
    } catch (error) {
      corruptFiles++;
      problems.push(`round ${round}: backup ${path.basename(backup)} did not open: ${String(error)}`);
    }
  }

  // Like the next app start: temp files left by the kill are removed, never opened.
  staleTempFiles += await workbooks.startup();
}

const leftTemps = [
  ...(await readdir(path.join(dataDir, 'workbooks'))),
  ...(await readdir(path.join(dataDir, 'workbooks', 'backups'))),
].filter((n) => n.endsWith('.tmp'));

const report = {
  rounds,
  kills: rounds,
  killsDuringRekeying: rekeyKills,
  rekeysAcknowledged,
  acknowledgedSaves,
  highestAcknowledgedVersion: highestAck,
  backupsChecked,
  staleTempFilesCleanedUp: staleTempFiles,
  tempFilesLeftAtEnd: leftTemps.length,
  corruptFiles,
  lostAcknowledgedSaves,
  problems: problems.slice(0, 20),
  seconds: Math.round((Date.now() - started) / 1000),
};
console.log(JSON.stringify(report, null, 2));
await workbooks.flush();
await rekeyServices.workbooks.flush();
await rm(dataDir, { recursive: true, force: true });
await rm(rekeyDir, { recursive: true, force: true });
process.exit(corruptFiles === 0 && lostAcknowledgedSaves === 0 && leftTemps.length === 0 ? 0 : 1);
