import { mkdtemp, open, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { memoryPreferencesBackend } from '../../electron/core/preferencesService';
import { createAppServices } from '../../electron/core/services';
import { loadSodium } from '../../electron/core/vault/sodium';
import { createVault, DEFAULT_KDF, TEST_KDF } from '../../electron/core/vault/vault';
import { buildSample } from '../../shared/workbook/samples';
import { parseWorkbookJson, serializeWorkbook } from '../../shared/workbook/content';
import type { ContentChange } from '../../shared/workbook/content';
import type { Role, Workbook } from '../../shared/workbook/schema';
import { ms, percentile } from './_stats';

const PASS = 'bench passphrase for timing';
/** Typing saves timed per sample (the first 10 are left out as warm-up). */
const TYPING_SAVES = 410;
/** Issue #14's targets for a typing save's p95 (ms), on a quiet machine. */
const SAVE_P95_TARGETS = { small: 5, large: 15 };

/**
 * What autosave sends while someone types: the one field they type in, with a few more words each
 * time (the disclosing partner's letter, the partner's questions: the largest field of each).
 */
function typed(workbook: Workbook, i: number): ContentChange {
  const words = `words typed ${i}`;
  if (workbook.role === 'disclosing') {
    const current = workbook.sections.letter.current ?? { root: { type: 'root' as const, children: [] } };
    const paragraph = { type: 'paragraph', version: 1, children: [{ type: 'text', text: words, version: 1 }] };
    return {
      path: ['sections', 'letter', 'current'],
      value: { ...current, root: { ...current.root, children: [...current.root.children, paragraph] } },
    };
  }
  const items = workbook.sections.questions.items;
  const last = items.at(-1);
  return {
    path: ['sections', 'questions', 'items'],
    value: last ? [...items.slice(0, -1), { ...last, why: `${last.why} ${words}` }] : [],
  };
}

/**
 * The disk's own cost of a durable save of `size` bytes in `dir`, with no crypto and no app code:
 * write a temp file, fsync it, rename it over the target, fsync the folder (what every save must
 * do). A save can never be faster than this on the same disk: save = floor + the app's own part.
 */
async function fsyncFloor(dir: string, size: number, rounds = 160): Promise<number[]> {
  const bytes = new Uint8Array(size).fill(7);
  const target = path.join(dir, 'floor.bin');
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    const temp = `${target}.${i}.tmp`;
    const file = await open(temp, 'wx', 0o600);
    await file.write(bytes);
    await file.sync();
    await file.close();
    await rename(temp, target);
    const folder = await open(dir, 'r');
    await folder.sync();
    await folder.close();
    times.push(performance.now() - t);
  }
  return times;
}

/**
 * The disk's own cost of a typing save of `size` bytes (see WorkbookFiles.writeRecent): the same
 * bytes written in place into a file kept open, then fdatasync. The floor of `saveMs*`.
 */
async function inPlaceFloor(dir: string, size: number, rounds = 160): Promise<number[]> {
  const bytes = new Uint8Array(size).fill(7);
  const file = await open(path.join(dir, 'in-place.bin'), 'w+', 0o600);
  const times: number[] = [];
  try {
    await file.write(bytes, 0, size, 0);
    await file.sync();
    for (let i = 0; i < rounds; i++) {
      const t = performance.now();
      bytes[0] = i & 0xff;
      await file.write(bytes, 0, size, 0);
      await file.datasync();
      times.push(performance.now() - t);
    }
  } finally {
    await file.close();
  }
  return times;
}

/**
 * Unlock (KDF at the default cost), save p50/p95 and load time for the small and large samples.
 * `saveMs*`: autosave while typing (one field sent, see workbook:saveChanges), into a recent-save
 * slot; `wholeSaveMs*`: the whole content sent and validated (a packet import, the command);
 * `mainFileSaveMs*`: the main file saved from the content, with a backup (a pause in typing, lock).
 */
export async function run() {
  // A busy machine (the load average) slows every figure below: it is printed beside them.
  const out: Record<string, unknown> = { loadBefore: os.loadavg().map((n) => Math.round(n * 10) / 10) };
  // The last sample seals as the app does in Electron, whose BoringSSL may lack ChaCha20-Poly1305 (see sealEngines).
  const samples: { size: 'small' | 'large'; role: Role; name: string; libsodiumOnly?: boolean }[] = [
    ...(['small', 'large'] as const).flatMap((size) =>
      (['disclosing', 'partner'] as Role[]).map((role) => ({ size, role, name: `${role}-${size}` })),
    ),
    { size: 'large', role: 'disclosing', name: 'disclosing-large-libsodium', libsodiumOnly: true },
  ];
  for (const { size, role, name, libsodiumOnly } of samples) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'dwb-bench-'));
    const services = await createAppServices({
      dataDir,
      preferences: memoryPreferencesBackend(),
      appInfo: { version: 'bench', platform: process.platform },
      kdf: DEFAULT_KDF,
      ...(libsodiumOnly ? { libsodiumOnly } : {}),
    });
    const sample = buildSample(role, size);
    const { recoveryKey } = await services.workbooks.create(role, sample.displayName, PASS);
    const wholeSaves: number[] = [];
    for (let i = 0; i < 60; i++) {
      sample.displayName = `bench ${i}`;
      const t = performance.now();
      await services.workbooks.save(role, sample);
      wholeSaves.push(performance.now() - t);
    }
    const saves: number[] = [];
    // Enough saves that the p95 is not two or three slow fsyncs of the disk (110 gave p95s 30 % apart run to run).
    for (let i = 0; i < TYPING_SAVES; i++) {
      const change = typed(services.workbooks.content(role), i);
      const t = performance.now();
      await services.workbooks.saveChanges(role, [change]);
      saves.push(performance.now() - t);
    }
    // The main file's save follows a pause in typing (MAIN_FILE_DELAYS): timed on its own, after a typing save each.
    const mainFileSaves: number[] = [];
    for (let i = 0; i < 60; i++) {
      await services.workbooks.saveChanges(role, [typed(services.workbooks.content(role), TYPING_SAVES + i)]);
      const t = performance.now();
      await services.workbooks.saveMainFile(role);
      mainFileSaves.push(performance.now() - t);
    }
    await services.workbooks.lockAll();
    const fileBytes = (await stat(services.files.mainPath(role))).size;
    const floor = (await inPlaceFloor(dataDir, fileBytes)).slice(10);
    const atomicFloor = (await fsyncFloor(dataDir, fileBytes)).slice(10);
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
    out[name] = {
      contentBytes: Buffer.byteLength(serializeWorkbook(sample)),
      fileBytes,
      saveMsP50: percentile(saves.slice(10), 50),
      saveMsP95: percentile(saves.slice(10), 95),
      // The same disk's floor for a typing save of this file (see inPlaceFloor), measured right after the saves.
      fsyncFloorMsP25: percentile(floor, 25),
      fsyncFloorMsP50: percentile(floor, 50),
      fsyncFloorMsP95: percentile(floor, 95),
      fsyncFloorMsMax: percentile(floor, 100),
      saveOverFloorMsP50: ms(percentile(saves.slice(10), 50) - percentile(floor, 50)),
      saveOverFloorMsP95: ms(percentile(saves.slice(10), 95) - percentile(floor, 95)),
      saves: saves.length - 10,
      saveP95Target: SAVE_P95_TARGETS[size],
      withinTarget: percentile(saves.slice(10), 95) <= SAVE_P95_TARGETS[size],
      wholeSaveMsP50: percentile(wholeSaves.slice(10), 50),
      wholeSaveMsP95: percentile(wholeSaves.slice(10), 95),
      mainFileSaveMsP50: percentile(mainFileSaves.slice(10), 50),
      mainFileSaveMsP95: percentile(mainFileSaves.slice(10), 95),
      // The floor of a main-file save: temp file, fsync, rename, folder fsync (see fsyncFloor).
      atomicFloorMsP50: percentile(atomicFloor, 50),
      atomicFloorMsP95: percentile(atomicFloor, 95),
      unlockMs: ms(unlockMs),
      loadMsP50: percentile(loads, 50),
    };
    await services.workbooks.lockAll();
    await rm(dataDir, { recursive: true, force: true });
  }
  out['sealEngines'] = await sealEngines();
  const baseline = process.env['BENCH_BASELINE'];
  if (baseline) out['alternatingWithBaseline'] = await alternating(baseline);
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
  out['loadAfter'] = os.loadavg().map((n) => Math.round(n * 10) / 10);
  out['kdf'] = { argon2id: DEFAULT_KDF, ms: ms(performance.now() - t) };
  return out;
}

/**
 * The seal alone (no file), of the large disclosing workbook's content, by each engine the vault
 * has, alternating in this thread: the runtime's ChaCha20-Poly1305 where it has one (Node's
 * OpenSSL: the command, tests and this bench) and libsodium's AEAD, which is what seals where the
 * runtime has none (Electron's BoringSSL offers no chacha20-poly1305): read the saves above with
 * `engineHere` in mind.
 */
export async function sealEngines() {
  const sodium = await loadSodium();
  const runtime = createVault(sodium, { kdf: TEST_KDF });
  const libsodium = createVault(sodium, { kdf: TEST_KDF, libsodiumOnly: true });
  const plaintext = new TextEncoder().encode(serializeWorkbook(buildSample('disclosing', 'large')));
  const times: Record<'runtime' | 'libsodium', number[]> = { runtime: [], libsodium: [] };
  const sessions = {
    runtime: (await runtime.create('disclosing', PASS)).session,
    libsodium: (await libsodium.create('disclosing', PASS)).session,
  };
  for (let i = 0; i < 60; i++) {
    for (const [name, vault] of (i % 2
      ? [
          ['libsodium', libsodium],
          ['runtime', runtime],
        ]
      : [
          ['runtime', runtime],
          ['libsodium', libsodium],
        ]) as ['runtime' | 'libsodium', typeof runtime][]) {
      const t = performance.now();
      await vault.seal(sessions[name], plaintext);
      times[name].push(performance.now() - t);
    }
  }
  runtime.close(sessions.runtime);
  libsodium.close(sessions.libsodium);
  return {
    engineHere: runtime.sealEngine,
    contentBytes: plaintext.length,
    runtimeSealMsP50: percentile(times.runtime.slice(5), 50),
    libsodiumSealMsP50: percentile(times.libsodium.slice(5), 50),
  };
}

/**
 * `BENCH_BASELINE=<another checkout, with node_modules> npm run bench -- storage`: typing saves of
 * that build and of this one, one after the other, save by save, in one process (the same load for
 * both), for each sample. Content arrives as a fresh tree each time, as it does over IPC.
 */
async function alternating(baselineRoot: string) {
  const here = path.resolve(import.meta.dirname, '..', '..');
  const roots = { baseline: path.resolve(baselineRoot), thisBuild: here };
  const out: Record<string, unknown> = { baseline: roots.baseline, loadBefore: os.loadavg().map((n) => Math.round(n * 10) / 10) };
  for (const size of ['small', 'large'] as const) {
    for (const role of ['disclosing', 'partner'] as Role[]) {
      const sides: {
        name: 'baseline' | 'thisBuild';
        services: Awaited<ReturnType<typeof createAppServices>>;
        dataDir: string;
      }[] = [];
      for (const [name, root] of Object.entries(roots) as ['baseline' | 'thisBuild', string][]) {
        const load = (file: string) => import(pathToFileURL(path.join(root, file)).href) as Promise<Record<string, unknown>>;
        const { createAppServices: create } = (await load('electron/core/services.ts')) as {
          createAppServices: typeof createAppServices;
        };
        const { TEST_KDF } = (await load('electron/core/vault/vault.ts')) as { TEST_KDF: typeof DEFAULT_KDF };
        const dataDir = await mkdtemp(path.join(os.tmpdir(), `dwb-bench-${name}-`));
        const services = await create({
          dataDir,
          preferences: memoryPreferencesBackend(),
          appInfo: { version: 'bench', platform: process.platform },
          kdf: TEST_KDF, // the key derivation is not what is measured here
        });
        const sample = buildSample(role, size);
        await services.workbooks.create(role, sample.displayName, PASS);
        await services.workbooks.save(role, sample);
        sides.push({ name, services, dataDir });
      }
      const times: Record<string, number[]> = { baseline: [], thisBuild: [] };
      // CPU time of the whole process (every thread: main, crypto worker, file-system threads) per
      // save: far less sensitive to a busy machine than the wall-clock time.
      const cpu: Record<string, number[]> = { baseline: [], thisBuild: [] };
      for (let i = 0; i < 120; i++) {
        for (const side of i % 2 ? [...sides].reverse() : sides) {
          const change = typed(side.services.workbooks.content(role), i);
          const fresh = { path: change.path, value: structuredClone(change.value) };
          const c = process.cpuUsage();
          const t = performance.now();
          await side.services.workbooks.saveChanges(role, [fresh]);
          times[side.name]!.push(performance.now() - t);
          const used = process.cpuUsage(c);
          cpu[side.name]!.push((used.user + used.system) / 1000);
        }
      }
      const figures = (name: 'baseline' | 'thisBuild') => ({
        saveMsP25: percentile(times[name]!.slice(10), 25),
        saveMsP50: percentile(times[name]!.slice(10), 50),
        saveMsP95: percentile(times[name]!.slice(10), 95),
        cpuMsP50: percentile(cpu[name]!.slice(10), 50),
      });
      out[`${role}-${size}`] = { baseline: figures('baseline'), thisBuild: figures('thisBuild') };
      for (const side of sides) {
        await side.services.workbooks.lockAll();
        await rm(side.dataDir, { recursive: true, force: true });
      }
    }
  }
  out['loadAfter'] = os.loadavg().map((n) => Math.round(n * 10) / 10);
  return out;
}
