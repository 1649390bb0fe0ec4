/**
 * `npm run dev`'s flag is written into main.mjs at build time by the dev build only: the build
 * that `npm run build` (and so `npm run dist`) makes carries no dev server at all, and the app
 * itself reads no environment variable for it (devServerFor, electron/main/security.ts).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from './build-electron.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const dev = { origin: 'http://127.0.0.1:5173', scriptHashes: ["'sha256-Z2/iFzh9VMlVkEOar1f/oSHWwQk3ve1qk/C2WdsC4Xk='"] };
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-devbuild-'));
  await buildElectron({ root: ROOT, outdir: path.join(dir, 'plain'), logLevel: 'silent' });
  await buildElectron({ root: ROOT, outdir: path.join(dir, 'dev'), devServer: dev, logLevel: 'silent' });
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('the dev flag in the main-process build', () => {
  it('is only in the dev build', async () => {
    const plain = await readFile(path.join(dir, 'plain', 'main.mjs'), 'utf8');
    const devMain = await readFile(path.join(dir, 'dev', 'main.mjs'), 'utf8');
    expect(plain).not.toContain('127.0.0.1');
    expect(plain).not.toContain(dev.scriptHashes[0]);
    // The plain build leaves the flag undefined (typeof of an undeclared name); the dev build replaces it.
    expect(plain).toContain('typeof __DWB_DEV_SERVER__');
    expect(devMain).not.toContain('__DWB_DEV_SERVER__');
    expect(devMain).toContain(JSON.stringify(dev));
    // Neither build reads it from the environment.
    for (const main of [plain, devMain]) expect(main).not.toMatch(/process\.env\[?['"`.]?\w*DEV_SERVER/);
  });
});
