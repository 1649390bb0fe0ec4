// Bundles the main process (ESM) and the sandboxed preload (must be CommonJS) with esbuild.
// `node scripts/build-electron.mjs` builds dist-electron/; scripts/dev.mjs (npm run dev) calls
// buildElectron with the dev server, the only build that writes the dev flag into main.mjs.
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: false, logLevel: 'info', legalComments: 'none' };
const requireBanner = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";

/**
 * @param {{ root?: string; outdir?: string; devServer?: { origin: string; scriptHashes: string[] }; logLevel?: 'info' | 'silent' }} [options]
 */
export async function buildElectron(options = {}) {
  const outdir = options.outdir ?? 'dist-electron';
  const settings = { ...common, logLevel: options.logLevel ?? common.logLevel, absWorkingDir: options.root ?? process.cwd() };
  await build({
    ...settings,
    entryPoints: ['electron/main/index.ts'],
    outfile: path.join(outdir, 'main.mjs'),
    format: 'esm',
    packages: 'external',
    banner: { js: requireBanner },
    // A string literal (JSON inside), read by devServerFor (electron/main/security.ts) only while unpackaged.
    ...(options.devServer ? { define: { __DWB_DEV_SERVER__: JSON.stringify(JSON.stringify(options.devServer)) } } : {}),
  });

  // The crypto worker (electron/core/vault/cryptoWorker.ts) is started by file from main.mjs, so it
  // is an entry point of its own beside it; it carries libsodium inside (nothing to resolve at run time).
  await build({
    ...settings,
    entryPoints: ['electron/core/vault/cryptoWorker.ts'],
    outfile: path.join(outdir, 'cryptoWorker.mjs'),
    format: 'esm',
    banner: { js: requireBanner },
  });

  await build({
    ...settings,
    entryPoints: ['electron/preload/index.ts'],
    outfile: path.join(outdir, 'preload.cjs'),
    format: 'cjs',
    external: ['electron'],
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await buildElectron();
