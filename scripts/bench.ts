/**
 * `npm run bench`: prints one JSON object with every figure. Each module in scripts/bench/
 * exports `run(): Promise<Record<string, unknown>>`; pass module names to run only those
 * (e.g. `npm run bench -- storage`).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = path.join(import.meta.dirname, 'bench');
const only = process.argv.slice(2);
const modules = (await readdir(dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('_')).sort();
const results: Record<string, unknown> = { machine: { node: process.version, cpus: (await import('node:os')).cpus().length } };
for (const file of modules) {
  const name = file.replace(/\.ts$/, '');
  if (only.length > 0 && !only.includes(name)) continue;
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { run: () => Promise<Record<string, unknown>> };
  process.stderr.write(`bench: ${name}…\n`);
  results[name] = await mod.run();
}
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
