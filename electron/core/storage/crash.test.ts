import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestServices, PASS } from '../testSupport';
import { bundleFixture, opensWithGeneration, runAndKill } from './__fixtures__/killer';
import { rekeyPassphrase } from './__fixtures__/rekeyPassphrase';
import { workbookIdOfFile } from '../workbookService';
import { parseSaveCounters } from './smallState';
import { WORKBOOK_EXTENSION } from './workbookFiles';

/** The save counter in a format-2 file's header (bytes 48-55, little-endian). */
const saveCounterOf = (file: Uint8Array) => {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  return view.getUint32(48, true) + view.getUint32(52, true) * 2 ** 32;
};

/**
 * Kill a process that is saving in a loop at random instants (typing saves: into the recent-save
 * slots, in place, and the main file now and then). After every kill the workbook must open to a
 * complete version no older than the last acknowledged save, no temp file or torn slot may ever
 * be taken for the workbook, and after the unlock the main file holds that version alone.
 */
const ROUNDS = Number(process.env['CRASH_ROUNDS'] ?? 60);
/**
 * Each round starts a fresh Node process (about 0.6 s on a quiet 2-core machine, several times that
 * when the machine is busy), so the budget is counted in rounds, never in one fixed wall-clock limit.
 * `npm run soak` runs the same check for 500 kills.
 */
const PER_ROUND_BUDGET_MS = 6_000;
const TEST_BUDGET_MS = 60_000 + ROUNDS * PER_ROUND_BUDGET_MS;

let bundle = '';
let rekeyBundle = '';
let env: Awaited<ReturnType<typeof makeTestServices>>;
let rekeyEnv: Awaited<ReturnType<typeof makeTestServices>>;
/** Kills during a re-key (passphrase change of the workbook and every backup). */
const REKEY_ROUNDS = Number(process.env['CRASH_REKEY_ROUNDS'] ?? 25);

beforeAll(async () => {
  env = await makeTestServices();
  await env.workbooks.create('partner', 'v0', PASS);
  await env.workbooks.lockAll();
  bundle = path.join(env.dataDir, 'saveLoop.mjs');
  await bundleFixture('saveLoop', bundle);
  rekeyEnv = await makeTestServices();
  await rekeyEnv.workbooks.create('partner', 'g0', rekeyPassphrase(0));
  await rekeyEnv.workbooks.lockAll();
  rekeyBundle = path.join(rekeyEnv.dataDir, 'rekeyLoop.mjs');
  await bundleFixture('rekeyLoop', rekeyBundle);
}, 120_000);
afterAll(async () => {
  await env.cleanup();
  await rekeyEnv.cleanup();
});

describe('saves survive SIGKILL at any instant', () => {
  it(
    `keeps a complete, acknowledged version over ${ROUNDS} kills`,
    async () => {
      let lastAck = 0;
      /** Kills after which a slot held a save newer than the main file (so the unlock took it from there). */
      let slotAhead = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const { lastAck: ack } = await runAndKill([bundle, env.dataDir, PASS], Math.random() * 40);
        lastAck = Math.max(lastAck, ack);
        // The save counters the child wrote (without fsync, see smallState) are whole and never ahead
        // of the workbook file: a kill never makes the workbook look like an older copy.
        const main = (await env.files.readMain('partner'))!;
        const newestOnDisk = Math.max(
          saveCounterOf(main),
          ...(await env.files.readRecent('partner')).map(({ bytes }) => saveCounterOf(bytes)),
        );
        if (newestOnDisk > saveCounterOf(main)) slotAhead++;
        const counters = parseSaveCounters(JSON.parse(await readFile(path.join(env.dataDir, 'save-counters.json'), 'utf8')));
        const remembered = counters[workbookIdOfFile(main)!];
        expect(remembered, `round ${round}: counters`).toBeDefined();
        expect(remembered!, `round ${round}: counters`).toBeLessThanOrEqual(newestOnDisk);
        const { content } = await env.workbooks.unlock('partner', { method: 'passphrase', value: PASS });
        // The unlock put the newest save in the main file and removed the slots.
        expect(await env.files.recentFiles('partner'), `round ${round}: slots`).toEqual([]);
        const version = Number(content.displayName.replace('v', ''));
        expect(version, `round ${round}`).toBeGreaterThanOrEqual(lastAck);
        expect(content.role === 'partner' && content.sections.boundaries.items[0]?.need.endsWith(String(version))).toBe(true);
        await env.workbooks.lockAll();
      }
      // The kills did leave typing saves newer than the main file (the test is not vacuous).
      expect(slotAhead).toBeGreaterThan(0);
      // Stale temp files from the kills (and one planted here, so there is always one to clean)
      // are removed on the next start, never opened, and the workbook still opens afterwards.
      const workbooksDir = path.join(env.dataDir, 'workbooks');
      await writeFile(path.join(workbooksDir, `partner${WORKBOOK_EXTENSION}.0123456789abcdef.tmp`), 'half a save');
      const temps = async () =>
        [
          ...(await readdir(workbooksDir)),
          ...(await readdir(path.join(workbooksDir, 'backups')).catch(() => [] as string[])),
        ].filter((f) => f.endsWith('.tmp'));
      const before = await temps();
      expect(before.length).toBeGreaterThanOrEqual(1);
      const removed = await env.workbooks.startup();
      expect(removed).toBe(before.length);
      expect(await temps()).toEqual([]);
      const { content } = await env.workbooks.unlock('partner', { method: 'passphrase', value: PASS });
      expect(Number(content.displayName.replace('v', '')), 'after cleanup').toBeGreaterThanOrEqual(lastAck);
      await env.workbooks.lockAll();
    },
    TEST_BUDGET_MS,
  );
});

describe('a re-key survives SIGKILL at any instant', () => {
  it(
    `leaves the complete old set or the complete new set over ${REKEY_ROUNDS} kills`,
    async () => {
      const { files, vault } = rekeyEnv;
      const opens = (bytes: Uint8Array, generation: number) => opensWithGeneration(vault, bytes, generation);
      let generation = 0;
      let rekeysSeen = 0;
      for (let round = 0; round < REKEY_ROUNDS; round++) {
        const { lastAck: acked } = await runAndKill([rekeyBundle, rekeyEnv.dataDir, String(generation)], Math.random() * 60);
        // Reading finishes (or undoes) an interrupted re-key, as the next start would.
        const main = (await files.readMain('partner'))!;
        const candidates = [Math.max(acked, generation), Math.max(acked, generation) + 1];
        const found = [];
        for (const g of candidates) if (await opens(main, g)) found.push(g);
        expect(found, `round ${round}: the workbook opens with exactly one generation`).toHaveLength(1);
        const current = found[0]!;
        rekeysSeen += current - generation;
        // Every backup belongs to the same set: it opens with the current passphrase and not with the one before.
        for (const backup of await files.listBackups('partner')) {
          const bytes = await files.readFile(backup);
          expect(await opens(bytes, current), `round ${round}: ${path.basename(backup)}`).toBe(true);
          expect(await opens(bytes, current - 1), `round ${round}: ${path.basename(backup)} old`).toBe(false);
        }
        const leftovers = (await readdir(path.join(rekeyEnv.dataDir, 'workbooks'))).filter((n) => n.includes('.rekey.'));
        expect(leftovers, `round ${round}`).toEqual([]);
        generation = current;
      }
      // The kills did land during re-keys (the test is not vacuous).
      expect(rekeysSeen).toBeGreaterThan(0);
    },
    60_000 + REKEY_ROUNDS * PER_ROUND_BUDGET_MS,
  );
});
