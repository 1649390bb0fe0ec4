import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../shared/workbook/schema';
import { runCli } from './main';

const ENV = { DWB_TEST_KDF: '1' };
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function cli(args: string[], stdin = '') {
  const input = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  input.end(stdin);
  const code = await runCli(args, { stdin: input, stdout, stderr }, ENV);
  return { code, out, err };
}

describe('workbook command', () => {
  const file = () => path.join(dir, 'partner.dwb');

  it('creates a workbook, prints the recovery key once, and verifies it without printing content', async () => {
    const created = await cli(
      ['create', '--role', 'partner', '--name', 'SENTINEL-CLI-NAME', '--out', file()],
      'first passphrase ok\n',
    );
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/Recovery key.*(\w{4}-){7}\w{4}/);
    const verified = await cli(['verify', file()], 'first passphrase ok\n');
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/role: partner/);
    expect(verified.out).toContain(`schema version: ${SCHEMA_VERSION}`);
    expect(verified.out).toMatch(/questions: 0/);
    expect(verified.out).not.toMatch(/SENTINEL/);
    expect((await readFile(file())).includes('SENTINEL')).toBe(false);
  });

  it('exits 1 with one clear line on a wrong passphrase, 2 on bad usage', async () => {
    const wrong = await cli(['verify', file()], 'not the passphrase\n');
    expect(wrong.code).toBe(1);
    expect(wrong.err.trim().split('\n')).toHaveLength(1);
    expect(wrong.err).toMatch(/did not open/);
    expect((await cli(['verify'])).code).toBe(2);
    expect((await cli(['create', '--role', 'boss', '--out', file()], 'x\n')).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['verify', file()], '')).code).toBe(2);
  });

  it('refuses to overwrite an existing workbook', async () => {
    const again = await cli(['create', '--role', 'partner', '--out', file()], 'another passphrase\n');
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exists/);
  });

  it('dumps plaintext JSON with a warning on stderr, and loads validated content keeping a backup', async () => {
    const dumped = await cli(['dump', file()], 'first passphrase ok\n');
    expect(dumped.code).toBe(0);
    expect(dumped.err).toMatch(/plain text/);
    const content = JSON.parse(dumped.out) as { displayName: string; sections: { boundaries: { items: unknown[] } } };
    expect(content.displayName).toBe('SENTINEL-CLI-NAME');
    content.sections.boundaries.items.push({ id: 'b1', need: 'Space to think', ifNotRespected: '', discussWithTherapist: false });
    const json = path.join(dir, 'content.json');
    await writeFile(json, JSON.stringify(content));
    const loaded = await cli(['load', file(), '--from', json], 'first passphrase ok\n');
    expect(loaded.code).toBe(0);
    expect((await readdir(path.join(dir, 'backups'))).length).toBeGreaterThanOrEqual(1);
    const verified = await cli(['verify', file()], 'first passphrase ok\n');
    expect(verified.out).toMatch(/boundaries: 1/);
  });

  it('refuses invalid content on load and changes nothing', async () => {
    const before = await readFile(file());
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ role: 'partner', schemaVersion: 1, sections: { questions: { items: [{ id: 1 }] } } }));
    const result = await cli(['load', file(), '--from', bad], 'first passphrase ok\n');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/not valid/);
    await writeFile(bad, '{ not json');
    expect((await cli(['load', file(), '--from', bad], 'first passphrase ok\n')).code).toBe(1);
    expect((await readFile(file())).equals(before)).toBe(true);
  });

  it('changes the passphrase (old then new from stdin)', async () => {
    expect((await cli(['passwd', file()], 'first passphrase ok\nsecond passphrase ok\n')).code).toBe(0);
    expect((await cli(['verify', file()], 'first passphrase ok\n')).code).toBe(1);
    expect((await cli(['verify', file()], 'second passphrase ok\n')).code).toBe(0);
  });

  it('reports a damaged file with exit 1', async () => {
    const bytes = await readFile(file());
    bytes[250] = bytes[250]! ^ 1;
    const damaged = path.join(dir, 'damaged.dwb');
    await writeFile(damaged, bytes);
    const result = await cli(['verify', damaged], 'second passphrase ok\n');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/damaged or was changed/);
  });

  it('creates small sample workbooks for both roles', async () => {
    for (const role of ['disclosing', 'partner']) {
      const out = path.join(dir, `sample-${role}.dwb`);
      expect((await cli(['sample', '--role', role, '--size', 'small', '--out', out], 'sample passphrase\n')).code).toBe(0);
      expect((await cli(['verify', out], 'sample passphrase\n')).out).toMatch(new RegExp(`role: ${role}`));
    }
  });

  it('runs as `npx workbook` in plain Node, with the passphrase from stdin', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const child = execFile('npx', ['--no-install', 'workbook', 'verify', file()], { cwd: root, env: { ...process.env, ...ENV } });
    child.stdin?.end('second passphrase ok\n');
    const out = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      let stdout = '';
      let stderr = '';
      child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('exit', (code) => resolve({ code, stdout, stderr }));
    });
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/role: partner/);
    // The command runs once: the bin script is the only entry point.
    expect(out.stdout.match(/role: partner/g)).toHaveLength(1);
    expect(out.stderr.replace(/npm warn.*\n/g, '')).toBe('');
  });
});
