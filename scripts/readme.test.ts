/**
 * The README's newcomer facts kept true by the files they describe: the pinned Electron version,
 * the apt packages CI installs, the Node versions, the browser variable and npm run dev.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_PATH_VARIABLE, DEFAULT_BROWSER } from '../tests/e2e/browserRule';

const ROOT = path.resolve(import.meta.dirname, '..');
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};
const ciRun = readFileSync(path.join(ROOT, '.ci/run'), 'utf8');

describe('the README for newcomers', () => {
  it('names the pinned Electron version', () => {
    const electron = pkg.devDependencies['electron']!;
    expect(electron).toMatch(/^45\.\d+\.\d+$/);
    expect(readme).toContain(electron);
  });

  it('lists the same apt packages as .ci/run', () => {
    const installed = /apt-get install[^\n]*\\\n\s*([^\n>]+)/.exec(ciRun)?.[1]?.trim().split(/\s+/) ?? [];
    expect(installed.length).toBeGreaterThan(3);
    const line = /sudo apt-get install [^\n]+/.exec(readme)?.[0] ?? '';
    for (const name of installed) expect(line.split(/\s+/), name).toContain(name);
  });

  it('says which Node runs the app and which the tests, as engines does', () => {
    expect(readme).toMatch(/Node 22\.12 or newer/);
    expect(pkg.engines.node).toBe('>=20.19');
    expect(readme).toContain('Node 20.19+');
  });

  it('documents the browser variable, the skip/fail rule, npm run dev and the Ubuntu namespace note', () => {
    expect(readme).toContain(BROWSER_PATH_VARIABLE);
    expect(readme).toContain(DEFAULT_BROWSER);
    expect(readme).toMatch(/\*\*skipped\*\*[\s\S]{0,200}`CI` is set[\s\S]{0,100}\*\*fail\*\*/);
    expect(pkg.scripts['dev']).toBeDefined();
    expect(readme).toContain('`npm run dev`');
    expect(readme).toContain('kernel.apparmor_restrict_unprivileged_userns');
  });
});
