// Whether the bundled `workbook` command (dist-cli/, written by scripts/build-cli.mjs) was built
// from the sources as they are now. The stamp lists every source file esbuild read and one hash
// over their paths and contents; any edit, rename or deletion makes the bundle stale, and
// bin/workbook.mjs then runs the TypeScript sources instead. Plain JavaScript: it runs before tsx.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const CLI_BUNDLE_DIR = 'dist-cli';
export const CLI_BUNDLE_ENTRY = 'workbook.mjs';
export const CLI_STAMP_FILE = 'stamp.json';

/** One hash over the given files (paths relative to root, '/'-separated); null if one is missing. */
export function hashSources(root, inputs) {
  const hash = createHash('sha256');
  for (const input of [...inputs].sort()) {
    let bytes;
    try {
      bytes = readFileSync(path.join(root, input));
    } catch {
      return null;
    }
    hash.update(`${input}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** The bundle's entry file if the bundle in `root/dist-cli` is current, otherwise null. */
export function currentCliBundle(root, bundleDir = path.join(root, CLI_BUNDLE_DIR)) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(path.join(bundleDir, CLI_STAMP_FILE), 'utf8'));
  } catch {
    return null;
  }
  if (!stamp || !Array.isArray(stamp.inputs) || typeof stamp.hash !== 'string' || stamp.inputs.length === 0) return null;
  if (!stamp.inputs.every((input) => typeof input === 'string')) return null;
  return hashSources(root, stamp.inputs) === stamp.hash ? path.join(bundleDir, CLI_BUNDLE_ENTRY) : null;
}
