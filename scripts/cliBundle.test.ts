import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentCliBundle, hashSources } from '../bin/cliStamp.mjs';
import { runCli as runCliFromSource } from '../electron/cli/main';
import { runWithStreams } from '../electron/cli/testSupport';
import { buildCli } from './build-cli.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
type RunCli = typeof runCliFromSource;

function call(runCli: RunCli, args: string[], stdin = '') {
  // The shipped settings (no test vault injected): the bundle is checked exactly as it runs.
  return runWithStreams((io) => runCli(args, io), stdin);
}

/** Bare package names a bundle file pulls in through static imports, following its own chunks. */
async function staticPackages(file: string, seen = new Set<string>()): Promise<Set<string>> {
  const packages = new Set<string>();
  if (seen.has(file)) return packages;
  seen.add(file);
  const text = await readFile(file, 'utf8');
  for (const match of text.matchAll(/^import\s+(?:[^;]*?\s+from\s+)?"([^"]+)";?$/gms)) {
    const spec = match[1]!;
    if (spec.startsWith('.')) {
      for (const p of await staticPackages(path.resolve(path.dirname(file), spec), seen)) packages.add(p);
    } else if (!spec.startsWith('node:')) packages.add(spec);
  }
  return packages;
}

describe('the bundled workbook command', () => {
  let dir = '';
  let entry = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-cli-bundle-'));
    await buildCli({ outdir: path.join(dir, 'bundle'), logLevel: 'silent' });
    entry = currentCliBundle(ROOT, path.join(dir, 'bundle')) ?? '';
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is current right after building, with a stamp covering the sources it was built from', async () => {
    expect(entry).toBe(path.join(dir, 'bundle', 'workbook.mjs'));
    const stamp = JSON.parse(await readFile(path.join(dir, 'bundle', 'stamp.json'), 'utf8')) as { inputs: string[] };
    expect(stamp.inputs).toContain('electron/cli/main.ts');
    expect(stamp.inputs).toContain('electron/cli/commands.ts');
    expect(stamp.inputs).toContain('electron/core/vault/vault.ts');
    expect(stamp.inputs).toContain('scripts/build-cli.mjs');
    expect(stamp.inputs.some((input) => input.includes('node_modules'))).toBe(false);
  });

  it('answers --help without loading libsodium, zod or docx; commands load them when they run', async () => {
    const packages = await staticPackages(entry);
    expect([...packages]).toEqual([]);
    const chunks = await readdir(path.join(dir, 'bundle', 'chunks'));
    const inChunk = async (prefix: string) => {
      const chunk = chunks.find((name) => name.startsWith(prefix));
      return [...(await staticPackages(path.join(dir, 'bundle', 'chunks', chunk ?? 'missing')))];
    };
    const withSodium: string[] = [];
    for (const chunk of chunks) {
      if ((await staticPackages(path.join(dir, 'bundle', 'chunks', chunk))).has('libsodium-wrappers-sumo'))
        withSodium.push(chunk);
    }
    expect(withSodium.length).toBeGreaterThan(0);
    // The crypto worker is started by file: it sits beside the entry and carries libsodium
    // inside, so it resolves nothing wherever the bundle is put.
    expect([...(await staticPackages(path.join(dir, 'bundle', 'cryptoWorker.mjs')))]).toEqual([]);
    expect(await readFile(path.join(dir, 'bundle', 'cryptoWorker.mjs'), 'utf8')).toMatch(/crypto_pwhash/);
    expect(await inChunk('exchangeCommands-')).toContain('zod');
    expect(await inChunk('handoffCommands-')).toEqual(expect.arrayContaining(['docx', 'zod']));
  });

  it('behaves like the TypeScript sources: same help, and a real create and verify from plain JavaScript', async () => {
    const { runCli } = (await import(pathToFileURL(entry).href)) as { runCli: RunCli };
    const bundledHelp = await call(runCli, ['--help']);
    const sourceHelp = await call(runCliFromSource, ['--help']);
    expect(bundledHelp).toEqual(sourceHelp);
    expect(bundledHelp.out).toMatch(/workbook import-questions/);

    const file = path.join(dir, 'bundled.dwb');
    const created = await call(
      runCli,
      ['sample', '--role', 'partner', '--size', 'small', '--out', file],
      'bundle passphrase ok\n',
    );
    expect(created.code).toBe(0);
    const verified = await call(runCli, ['verify', file], 'bundle passphrase ok\n');
    expect(verified).toMatchObject({ code: 0, err: '' });
    expect(verified.out).toMatch(/role: partner/);
    expect((await call(runCli, ['verify', file], 'wrong one\n')).code).toBe(1);
    expect((await call(runCli, ['constructor'])).code).toBe(2);
  });
});

describe('the bundle stamp', () => {
  let root = '';
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'dwb-cli-stamp-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  async function stampFor(inputs: string[]) {
    await writeFile(path.join(root, 'stamp.json'), JSON.stringify({ inputs, hash: hashSources(root, inputs) }));
  }

  it('goes stale when a source changes, disappears, or the stamp is unreadable', async () => {
    await writeFile(path.join(root, 'a.ts'), 'export const a = 1;\n');
    await writeFile(path.join(root, 'b.ts'), 'export const b = 2;\n');
    await stampFor(['a.ts', 'b.ts']);
    expect(currentCliBundle(root, root)).toBe(path.join(root, 'workbook.mjs'));

    await writeFile(path.join(root, 'b.ts'), 'export const b = 3;\n');
    expect(currentCliBundle(root, root)).toBeNull();
    await writeFile(path.join(root, 'b.ts'), 'export const b = 2;\n');
    expect(currentCliBundle(root, root)).not.toBeNull();

    await unlink(path.join(root, 'b.ts'));
    expect(currentCliBundle(root, root)).toBeNull();

    await writeFile(path.join(root, 'stamp.json'), '{"inputs": [], "hash": ""}');
    expect(currentCliBundle(root, root)).toBeNull();
    await writeFile(path.join(root, 'stamp.json'), 'not json');
    expect(currentCliBundle(root, root)).toBeNull();
    await unlink(path.join(root, 'stamp.json'));
    expect(currentCliBundle(root, root)).toBeNull();
  });

  it('a path and its content are hashed together: moving content between files changes the hash', async () => {
    await writeFile(path.join(root, 'x.ts'), 'one');
    await writeFile(path.join(root, 'y.ts'), 'two');
    const before = hashSources(root, ['x.ts', 'y.ts']);
    await writeFile(path.join(root, 'x.ts'), 'two');
    await writeFile(path.join(root, 'y.ts'), 'one');
    expect(hashSources(root, ['x.ts', 'y.ts'])).not.toBe(before);
  });
});

describe('bin/workbook.mjs', () => {
  it('gives the same answer from the bundle or the sources', () => {
    const run = (env: NodeJS.ProcessEnv) =>
      spawnSync(process.execPath, [path.join(ROOT, 'bin', 'workbook.mjs'), '--help'], { cwd: ROOT, env, encoding: 'utf8' });
    const fromSource = run({ ...process.env, DWB_CLI_FROM_SOURCE: '1' });
    const usual = run(process.env);
    expect(fromSource.status).toBe(0);
    expect(usual.status).toBe(0);
    expect(usual.stdout).toBe(fromSource.stdout);
    expect(usual.stderr).toBe('');
  });
});
