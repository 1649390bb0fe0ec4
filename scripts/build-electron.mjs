// Bundles the main process (ESM) and the sandboxed preload (must be CommonJS) with esbuild.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: false, logLevel: 'info', legalComments: 'none' };

await build({
  ...common,
  entryPoints: ['electron/main/index.ts'],
  outfile: 'dist-electron/main.mjs',
  format: 'esm',
  packages: 'external',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});

// The crypto worker (electron/core/vault/cryptoWorker.ts) is started by file from main.mjs, so it
// is an entry point of its own beside it; it carries libsodium inside (nothing to resolve at run time).
await build({
  ...common,
  entryPoints: ['electron/core/vault/cryptoWorker.ts'],
  outfile: 'dist-electron/cryptoWorker.mjs',
  format: 'esm',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});

await build({
  ...common,
  entryPoints: ['electron/preload/index.ts'],
  outfile: 'dist-electron/preload.cjs',
  format: 'cjs',
  external: ['electron'],
});
