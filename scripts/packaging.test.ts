/**
 * Packaging checks that can run without internet:
 *  1. electron-builder.yml: app id, name, targets, file association, fuses, what goes into app.asar,
 *     and the icons in build/ at every size.
 *  2. A dry run: `npm run build`, then `electron-builder --dir --linux` with a stand-in Electron
 *     distribution (electron-builder cannot download the real one here). The stand-in "binary"
 *     carries the fuse sentinel and wire, so electron-builder really flips the fuses, and we read
 *     them back. Then we open the packed app.asar and check what is in it.
 * The dry run is skipped (with the reason printed) only on Windows, or when electron-builder fails
 * because it tried to reach the network. Set DWB_SKIP_PACKAGING=1 to skip it on purpose.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const ROOT = path.resolve(import.meta.dirname, '..');
const yaml = require('js-yaml') as { load(text: string): unknown };
const asar = require('@electron/asar') as {
  listPackage(archive: string, options?: { isPack: boolean }): string[];
  extractFile(archive: string, filename: string): Buffer;
};

type Config = Record<string, unknown> & {
  files: string[];
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  fileAssociations: { ext: string; name: string; icon: string }[];
};
const config = yaml.load(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Config;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('names the app and builds AppImage + deb, NSIS and dmg', () => {
    expect(config['appId']).toBe('org.disclosureworkbook.app');
    expect(config['productName']).toBe('Disclosure Workbook');
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config['publish']).toBeNull();
  });

  it('associates .dwb workbook files with the app', () => {
    const dwb = config.fileAssociations.find((a) => a.ext === 'dwb');
    expect(dwb).toBeDefined();
    expect(existsSync(path.join(ROOT, 'build', `${dwb?.icon ?? ''}.ico`))).toBe(true);
    expect(existsSync(path.join(ROOT, 'build', `${dwb?.icon ?? ''}.icns`))).toBe(true);
  });

  it('switches the Electron fuses that close side doors', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });

  it('packs only package.json and the built app, never sources, maps or samples', () => {
    expect(config['asar']).toBe(true);
    const include = config.files.filter((f) => !f.startsWith('!'));
    expect(include.sort()).toEqual(['dist-electron/**/*', 'dist/renderer/**/*', 'package.json']);
    const exclude = config.files.filter((f) => f.startsWith('!'));
    for (const pattern of ['!**/*.map', '!**/*.ts', '!**/*.tsx', '!**/*.dwb']) expect(exclude).toContain(pattern);
  });

  it('has icons at every size the installers need', async () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = await readFile(path.join(ROOT, 'build', config.linux.icon, `${size}x${size}.png`));
      expect(pngSize(png)).toEqual({ width: size, height: size });
    }
    const ico = await readFile(path.join(ROOT, 'build', config.win.icon));
    expect(ico.readUInt16LE(2)).toBe(1); // type: icon
    const icoSizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + i * 16) || 256);
    expect(icoSizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    const icns = await readFile(path.join(ROOT, 'build', config.mac.icon));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) types.push(icns.subarray(at, at + 4).toString('ascii'));
    expect(types).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10']));
  });
});

describe('licences for the About screen (scripts/licenses.mjs)', () => {
  it('lists every shipped package with its licence text, and no type declarations or test tools', async () => {
    await run(process.execPath, [path.join(ROOT, 'scripts/licenses.mjs')], { cwd: ROOT });
    const list = JSON.parse(await readFile(path.join(ROOT, 'renderer/generated/licenses.json'), 'utf8')) as {
      name: string;
      version: string;
      license: string;
      text: string;
    }[];
    const names = list.map((e) => e.name);
    for (const shipped of [
      'react',
      'react-dom',
      'lexical',
      'zod',
      'immer',
      'libsodium-wrappers-sumo',
      'electron-store',
      'docx',
      'electron',
    ]) {
      expect(names).toContain(shipped);
    }
    for (const notShipped of ['vitest', 'vite', 'playwright-core', 'typescript', 'eslint', 'electron-builder', '@types/node']) {
      expect(names).not.toContain(notShipped);
    }
    for (const entry of list) {
      expect(entry.license, entry.name).not.toBe('UNKNOWN');
      expect(entry.text.length, `${entry.name} has a licence text`).toBeGreaterThan(50);
    }
    expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);
  });
});

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_DISABLE = 48;
const FUSE_ENABLE = 49;
// Order of the V1 fuse wire (as in @electron/fuses).
const FUSE_ORDER = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;

/** A folder that looks enough like an unpacked Electron for electron-builder (and its fuse step). */
async function makeStandInElectron(dir: string) {
  await mkdir(path.join(dir, 'resources'), { recursive: true });
  // Electron's defaults: RunAsNode, NodeOptions and inspect on; the rest off (GrantFileProtocol on).
  const wire = [FUSE_ENABLE, FUSE_DISABLE, FUSE_ENABLE, FUSE_ENABLE, FUSE_DISABLE, FUSE_DISABLE, FUSE_DISABLE, FUSE_ENABLE];
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron"\n#'),
    Buffer.from(SENTINEL),
    Buffer.from([1, wire.length, ...wire]),
  ]);
  await writeFile(path.join(dir, 'electron'), binary);
  await chmod(path.join(dir, 'electron'), 0o755);
  const version = (require('electron/package.json') as { version: string }).version;
  await writeFile(path.join(dir, 'version'), version);
  await writeFile(path.join(dir, 'LICENSE'), 'stand-in');
  await writeFile(path.join(dir, 'chrome-sandbox'), '');
}

function readFuses(binary: Buffer): Record<string, boolean | number> {
  const at = binary.indexOf(SENTINEL) + SENTINEL.length;
  const length = binary[at + 1] ?? 0;
  const out: Record<string, boolean | number> = {};
  for (let i = 0; i < length; i++) {
    const state = binary[at + 2 + i] ?? 0;
    out[FUSE_ORDER[i] ?? `fuse${i}`] = state === FUSE_ENABLE ? true : state === FUSE_DISABLE ? false : state;
  }
  return out;
}

describe('packaging dry run (electron-builder --dir with a stand-in Electron)', () => {
  let work = '';
  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('packs the built main, preload and renderer, flips the fuses, and leaves everything else out', async (ctx) => {
    if (process.env['DWB_SKIP_PACKAGING'] === '1') ctx.skip('DWB_SKIP_PACKAGING=1 was set.');
    if (process.platform === 'win32') ctx.skip('The dry run uses a Linux --dir build; run it on Linux or macOS.');

    await run('npm', ['run', 'build'], { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 });
    work = await mkdtemp(path.join(os.tmpdir(), 'dwb-packaging-'));
    const standIn = path.join(work, 'electron-dist');
    const output = path.join(work, 'release');
    await makeStandInElectron(standIn);

    const cli = path.join(ROOT, 'node_modules/electron-builder/cli.js');
    try {
      await run(
        process.execPath,
        [cli, '--dir', '--linux', '--x64', `-c.electronDist=${standIn}`, `-c.directories.output=${output}`],
        {
          cwd: ROOT,
          maxBuffer: 32 * 1024 * 1024,
          env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true', CI: 'true' },
        },
      );
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      const text = `${stderr}${stdout}`;
      if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo/i.test(text)) {
        ctx.skip(`electron-builder tried to reach the network, which this machine cannot do:\n${text.slice(-800)}`);
      }
      throw error;
    }

    const unpacked = path.join(output, 'linux-unpacked');
    // The fuses were flipped in the (stand-in) binary, exactly as configured.
    const fuses = readFuses(await readFile(path.join(unpacked, 'disclosure-workbook')));
    expect(fuses).toMatchObject(config.electronFuses);

    const archive = path.join(unpacked, 'resources', 'app.asar');
    const files = asar.listPackage(archive, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
    const own = files.filter((f) => !f.startsWith('/node_modules'));

    // The built app is there, and it is the build we just made.
    // The crypto worker is started by file from main.mjs: it must be packed beside it.
    for (const built of [
      'dist-electron/main.mjs',
      'dist-electron/cryptoWorker.mjs',
      'dist-electron/preload.cjs',
      'dist/renderer/index.html',
    ]) {
      expect(own).toContain(`/${built}`);
      expect(asar.extractFile(archive, built).equals(await readFile(path.join(ROOT, built)))).toBe(true);
    }
    expect(own.some((f) => /^\/dist\/renderer\/assets\/.+\.js$/.test(f))).toBe(true);
    expect(own.some((f) => /^\/dist\/renderer\/assets\/.+\.css$/.test(f))).toBe(true);

    // Nothing of ours beyond package.json and the build output.
    const outside = own.filter((f) => !/^\/(package\.json|dist|dist\/renderer(\/.*)?|dist-electron(\/.*)?)$/.test(f));
    expect(outside).toEqual([]);

    // No sources, tests, source maps, sample workbooks or backups anywhere, node_modules included.
    expect(files.filter((f) => /\.(ts|tsx|mts|cts|map)$/.test(f))).toEqual([]);
    expect(files.filter((f) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(f))).toEqual([]);
    expect(files.filter((f) => /\.dwb(\.bak.*)?$/.test(f))).toEqual([]);
    expect(files.filter((f) => /^\/(shared|renderer|electron|scripts|tests|docs|build|bin)\//.test(f))).toEqual([]);

    // Only runtime dependencies: no renderer-only libraries, test tools or Electron itself.
    const packages = new Set(files.filter((f) => f.startsWith('/node_modules/')).map((f) => f.split('/').slice(2, 4).join('/')));
    const names = [...packages].map((p) => (p.startsWith('@') ? p : (p.split('/')[0] ?? p)));
    for (const dev of [
      'react',
      'react-dom',
      'lexical',
      '@lexical/react',
      'immer',
      'vite',
      'vitest',
      'playwright-core',
      'electron',
      'electron-builder',
      'typescript',
      '@types/node',
    ]) {
      expect(names, `${dev} must not be packed`).not.toContain(dev);
    }
    for (const runtime of ['electron-store', 'libsodium-wrappers-sumo', 'zod', 'docx']) expect(names).toContain(runtime);
  });
});
