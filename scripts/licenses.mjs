// Writes renderer/generated/licenses.json: name, version, licence and licence text of every
// open-source package that ships inside the app, for the About screen. Run by `npm run build:renderer`.
//
// What "ships" means here:
//  - the runtime `dependencies` in package.json (packed into app.asar) and everything they depend on;
//  - the packages the renderer bundles (found by scanning renderer/ and shared/ for imports; they
//    are devDependencies because Vite bundles them) and everything they depend on;
//  - Electron itself (which in turn carries Chromium's and Node's notices in its own LICENSES file).
// The output is sorted and has no dates, so it only changes when the dependencies do.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'renderer/generated/licenses.json');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** Bare package names imported (not type-only) by renderer and shared code, excluding tests. */
function rendererImports() {
  const names = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (entry === 'generated' || entry === 'node_modules') continue;
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(entry) && !/\.(test|spec)\.tsx?$/.test(entry) && entry !== 'vite.config.ts') {
        const text = readFileSync(full, 'utf8');
        const re =
          /(?:^|\n)\s*import\s+(?!type\s)(?:[^'";]*?from\s+)?['"]([^'".][^'"]*)['"]|import\(\s*['"]([^'".][^'"]*)['"]\s*\)|export\s+(?!type\s)[^'";]*?from\s+['"]([^'".][^'"]*)['"]/g;
        for (const m of text.matchAll(re)) {
          const spec = m[1] ?? m[2] ?? m[3];
          if (!spec || spec.startsWith('node:')) continue;
          const parts = spec.split('/');
          names.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
        }
      }
    }
  };
  walk(path.join(ROOT, 'renderer'));
  walk(path.join(ROOT, 'shared'));
  return names;
}

/** Find a package's folder the way Node would, starting from the folder of the one requiring it. */
function resolvePackageDir(name, fromDir) {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)([-._][a-z0-9-]+)?(\.(md|txt|markdown))?$/i;
function licenceText(dir) {
  const files = readdirSync(dir)
    .filter((f) => LICENCE_FILE.test(f) && statSync(path.join(dir, f)).isFile())
    .sort();
  return files.map((f) => readFileSync(path.join(dir, f), 'utf8').trim()).join('\n\n');
}

function licenceName(meta) {
  if (typeof meta.license === 'string') return meta.license;
  if (meta.license && typeof meta.license.type === 'string') return meta.license.type;
  if (Array.isArray(meta.licenses)) return meta.licenses.map((l) => l.type ?? l).join(' OR ');
  return 'UNKNOWN';
}

const roots = new Set([...Object.keys(pkg.dependencies ?? {}), ...rendererImports(), 'electron']);
const seen = new Map(); // dir -> entry
const queue = [...roots].map((name) => ({ name, from: ROOT }));
while (queue.length) {
  const { name, from } = queue.shift();
  const dir = resolvePackageDir(name, from);
  if (!dir) {
    if (roots.has(name)) throw new Error(`licenses: cannot find the package "${name}" in node_modules. Run npm install.`);
    continue; // an optional dependency that is not installed on this platform
  }
  if (seen.has(dir)) continue;
  const meta = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  seen.set(dir, { name: meta.name, version: meta.version, license: licenceName(meta), text: licenceText(dir) });
  // Electron's own dependencies are only its download helpers, not shipped.
  if (meta.name === 'electron') continue;
  for (const dep of Object.keys(meta.dependencies ?? {})) queue.push({ name: dep, from: dir });
}

// Type declarations never ship.
const entries = [...seen.values()]
  .filter((e) => !e.name.startsWith('@types/') && e.name !== 'undici-types')
  .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
const unique = entries.filter((e, i) => i === 0 || e.name !== entries[i - 1].name || e.version !== entries[i - 1].version);
mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(unique, null, 1) + '\n');
const missing = unique.filter((e) => !e.text).map((e) => e.name);
process.stdout.write(
  `licenses: ${unique.length} packages written to ${path.relative(ROOT, OUT)}${missing.length ? ` (no licence file in: ${missing.join(', ')})` : ''}\n`,
);
