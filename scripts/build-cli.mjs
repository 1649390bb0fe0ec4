// Bundles the `workbook` command to plain JavaScript (dist-cli/) so it starts without transpiling
// TypeScript. Commands stay lazily loaded: each dynamic import becomes its own chunk, and the
// libraries (libsodium, zod, docx) stay in node_modules, loaded only by the commands that use them.
// Writes dist-cli/stamp.json last; bin/workbook.mjs uses the bundle only while that stamp matches.
import { rm, writeFile, rename, mkdir } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { build } from 'esbuild';
import { CLI_BUNDLE_DIR, CLI_STAMP_FILE, hashSources } from '../bin/cliStamp.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Builds into `outdir` (default dist-cli/ in the project); returns the stamp written. */
export async function buildCli({ root = ROOT, outdir = path.join(root, CLI_BUNDLE_DIR), logLevel = 'info' } = {}) {
  await rm(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { workbook: 'electron/cli/main.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: false,
    legalComments: 'none',
    metafile: true,
    logLevel,
  });
  // The crypto worker is started by file (outdir/cryptoWorker.mjs, found from the chunks too), so
  // it is built on its own, with libsodium inside: nothing to resolve wherever the bundle sits.
  const worker = await build({
    absWorkingDir: root,
    entryPoints: { cryptoWorker: 'electron/core/vault/cryptoWorker.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    sourcemap: false,
    legalComments: 'none',
    metafile: true,
    logLevel,
  });
  const inputs = [...Object.keys(result.metafile.inputs), ...Object.keys(worker.metafile.inputs)]
    .filter((input) => !input.includes('node_modules/'))
    .concat(
      path
        .relative(root, import.meta.filename)
        .split(path.sep)
        .join('/'),
    );
  const unique = [...new Set(inputs)].sort();
  const stamp = { inputs: unique, hash: hashSources(root, unique) };
  if (!stamp.hash) throw new Error('build-cli: a source file vanished while bundling');
  await mkdir(outdir, { recursive: true });
  const tmp = path.join(outdir, `${CLI_STAMP_FILE}.tmp`);
  await writeFile(tmp, `${JSON.stringify(stamp, null, 1)}\n`);
  await rename(tmp, path.join(outdir, CLI_STAMP_FILE));
  return stamp;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  await buildCli();
}
