/**
 * Electronegativity (Doyensec's Electron security scanner) on the Electron sources and on the
 * built JavaScript (dist-electron + dist/renderer). Runs offline. Fails on any finding that
 * scripts/electronegativity.config.json does not explain.
 *
 *   npm run test:electronegativity          (build first: npm run build)
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

interface Explained {
  check: string;
  files: string[];
  /** Folder fragments, for built files whose names carry a content hash. */
  folders?: string[];
  reason: string;
}
interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
}

const ROOT = path.resolve(import.meta.dirname, '..');
const config = JSON.parse(await readFile(path.join(ROOT, 'scripts/electronegativity.config.json'), 'utf8')) as {
  electronVersion: string;
  explained: Explained[];
};
const bin = path.join(ROOT, 'node_modules/.bin/electronegativity');
const work = await mkdtemp(path.join(os.tmpdir(), 'dwb-electronegativity-'));

async function scan(name: string, dir: string): Promise<Finding[]> {
  const out = path.join(work, `${name}.csv`);
  await promisify(execFile)(
    bin,
    ['-i', dir, '-e', config.electronVersion, '-r', '-v', 'false', '-p', 'topLevelAwait', '-o', out],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const rows = (await readFile(out, 'utf8')).split('\n').slice(1);
  const findings: Finding[] = [];
  for (const row of rows) {
    const m = /^([A-Z_]+),"(\w+)","(\w+)","([^"]*)","([^"]*)"/.exec(row);
    if (m) findings.push({ check: m[1]!, severity: m[2]!, confidence: m[3]!, file: m[4]!, location: m[5]! });
  }
  return findings;
}

// 1. Sources: electron/ without tests and fixtures (a test deliberately holds a hostile CSP header).
const sources = path.join(work, 'sources');
await cp(path.join(ROOT, 'electron'), sources, {
  recursive: true,
  filter: (src) => !/\.test\.ts$|__fixtures__/.test(src),
});
// 2. Built: the main bundle and preload (as .js, which the scanner reads) with the built renderer.
const built = path.join(work, 'built');
await cp(path.join(ROOT, 'dist-electron'), path.join(built, 'dist-electron'), { recursive: true });
await cp(path.join(ROOT, 'dist/renderer'), path.join(built, 'dist/renderer'), { recursive: true });
for (const entry of await readdir(path.join(built, 'dist-electron'))) {
  if (/\.(mjs|cjs)$/.test(entry)) {
    await rename(
      path.join(built, 'dist-electron', entry),
      path.join(built, 'dist-electron', entry.replace(/\.(mjs|cjs)$/, '.js')),
    );
  }
}

const results = { sources: await scan('sources', sources), built: await scan('built', built) };
await rm(work, { recursive: true, force: true });

const unexplained: (Finding & { scan: string })[] = [];
let explainedCount = 0;
for (const [scanName, findings] of Object.entries(results)) {
  for (const f of findings) {
    const ok = config.explained.some(
      (e) =>
        e.check === f.check &&
        (e.files.some((suffix) => f.file.endsWith(suffix)) || (e.folders ?? []).some((folder) => f.file.includes(folder))),
    );
    if (ok) explainedCount++;
    else unexplained.push({ ...f, scan: scanName });
  }
}
console.log(
  JSON.stringify(
    {
      scanned: { sources: 'electron/ (no tests)', built: 'dist-electron + dist/renderer' },
      findings: results.sources.length + results.built.length,
      explained: explainedCount,
      unexplained,
    },
    null,
    2,
  ),
);
if (results.built.length === 0 && results.sources.length === 0) console.log('No findings.');
process.exit(unexplained.length === 0 ? 0 : 1);
