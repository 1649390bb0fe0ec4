import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../shared/workbook/schema';
import { createWorkbookService } from '../core/workbookService';
import { createWorkbookFiles } from '../core/storage/workbookFiles';
import { loadSodium } from '../core/vault/sodium';
import { createVault, DEFAULT_KDF, TEST_KDF } from '../core/vault/vault';
import { runCli } from './main';
import { runWithStreams } from './testSupport';
import { createThrottle } from '../core/throttle';

// Tests inject a vault with cheap (still Argon2id) settings; the command itself never reads them from anywhere.
const testVault = createVault(await loadSodium(), { kdf: TEST_KDF });
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function cli(args: string[], stdin = '') {
  return runWithStreams((io) => runCli(args, io, { vault: testVault, throttle: createThrottle() }), stdin);
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

  it('changes the passphrase (old then new from stdin): the old one opens no file in the folder, the recovery key still does', async () => {
    const recovery = /Recovery key.*?((\w{4}-){7}\w{4})/;
    const other = path.join(dir, 'passwd', 'partner.dwb');
    const made = await cli(['create', '--role', 'partner', '--out', other], 'first passphrase ok\n');
    const recoveryKey = recovery.exec(made.out)![1]!;
    const json = path.join(dir, 'passwd', 'content.json');
    await writeFile(json, (await cli(['dump', other], 'first passphrase ok\n')).out);
    for (let i = 0; i < 3; i++) expect((await cli(['load', other, '--from', json], 'first passphrase ok\n')).code).toBe(0);
    const folderFiles = async () => [
      other,
      ...(await readdir(path.join(dir, 'passwd', 'backups'))).map((n) => path.join(dir, 'passwd', 'backups', n)),
    ];
    expect(await folderFiles()).toHaveLength(4);
    const changed = await cli(['passwd', other], 'first passphrase ok\nsecond passphrase ok\n');
    expect(changed.code).toBe(0);
    expect(changed.out).toMatch(/old one no longer opens/);
    expect(changed.out).not.toMatch(/recovery key/i);
    const vault = testVault;
    for (const f of await folderFiles()) {
      const bytes = new Uint8Array(await readFile(f));
      await expect(vault.open(bytes, { method: 'passphrase', value: 'first passphrase ok' }), f).rejects.toThrow(/did not open/);
      await vault.open(bytes, { method: 'passphrase', value: 'second passphrase ok' });
      await vault.open(bytes, { method: 'recoveryKey', value: recoveryKey });
    }
    // Nothing of the re-key is left behind.
    expect((await readdir(path.join(dir, 'passwd'))).sort()).toEqual(['backups', 'content.json', 'partner.dwb']);
  });

  it('new-recovery-key prints a new key once; the old key opens no file in the folder', async () => {
    const other = path.join(dir, 'passwd', 'partner.dwb');
    const before = await cli(['new-recovery-key', other], 'second passphrase ok\n');
    expect(before.code).toBe(0);
    const key = /New recovery key.*?((\w{4}-){7}\w{4})/.exec(before.out)![1]!;
    const again = await cli(['new-recovery-key', other], 'second passphrase ok\n');
    const newest = /New recovery key.*?((\w{4}-){7}\w{4})/.exec(again.out)![1]!;
    expect(newest).not.toBe(key);
    for (const n of ['partner.dwb', ...(await readdir(path.join(dir, 'passwd', 'backups'))).map((b) => `backups/${b}`)]) {
      const bytes = new Uint8Array(await readFile(path.join(dir, 'passwd', n)));
      await expect(testVault.open(bytes, { method: 'recoveryKey', value: key })).rejects.toThrow(/did not open/);
      await testVault.open(bytes, { method: 'recoveryKey', value: newest });
    }
    expect((await cli(['new-recovery-key', other], 'not the passphrase\n')).code).toBe(1);
  });

  it('never writes while the app has the workbook open (one writer at a time), with a clear message', async () => {
    const folder = path.join(dir, 'passwd');
    const files = createWorkbookFiles({ dir: folder });
    const app = createWorkbookService({ vault: testVault, files });
    await app.unlock('partner', { method: 'passphrase', value: 'second passphrase ok' });
    const before = await readFile(path.join(folder, 'partner.dwb'));
    for (const args of [
      ['passwd', path.join(folder, 'partner.dwb')],
      ['new-recovery-key', path.join(folder, 'partner.dwb')],
      ['load', path.join(folder, 'partner.dwb'), '--from', path.join(folder, 'content.json')],
    ]) {
      const result = await cli(args, 'second passphrase ok\nthird passphrase ok\n');
      expect(result.code, args[0]).toBe(1);
      expect(result.err).toMatch(/open in the Disclosure Workbook app/);
    }
    expect((await readFile(path.join(folder, 'partner.dwb'))).equals(before)).toBe(true);
    // Reading is fine meanwhile; after the app locks, the command may write again.
    expect((await cli(['verify', path.join(folder, 'partner.dwb')], 'second passphrase ok\n')).code).toBe(0);
    await app.lockAll();
    const passwd = await cli(['passwd', path.join(folder, 'partner.dwb')], 'second passphrase ok\nthird passphrase ok\n');
    expect(passwd.code).toBe(0);
    // And the app, in turn, waits for the command: a lock held by the command is refused with its own message.
    const release = await files.acquireLock('partner', 'command');
    await expect(app.unlock('partner', { method: 'passphrase', value: 'third passphrase ok' })).rejects.toMatchObject({
      info: { code: 'busy', message: expect.stringMatching(/workbook command is changing/) as unknown },
    });
    await release();
    await app.unlock('partner', { method: 'passphrase', value: 'third passphrase ok' });
    await app.lockAll();
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

  function npxWorkbook(args: string[], stdin: string, env: NodeJS.ProcessEnv = process.env) {
    const root = path.resolve(import.meta.dirname, '../..');
    const child = execFile('npx', ['--no-install', 'workbook', ...args], { cwd: root, env });
    child.stdin?.end(stdin);
    return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      let stdout = '';
      let stderr = '';
      child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('exit', (code) => resolve({ code, stdout, stderr }));
    });
  }

  it('runs as `npx workbook` in plain Node, with the passphrase from stdin; no environment variable weakens it', async () => {
    // A file with the default key derivation (what the command itself always writes).
    const strong = path.join(dir, 'strong', 'partner.dwb');
    const input = new PassThrough();
    input.end('a strong passphrase here\n');
    const shipped = { vault: createVault(await loadSodium()) };
    expect(
      await runCli(
        ['create', '--role', 'partner', '--out', strong],
        { stdin: input, stdout: new PassThrough(), stderr: new PassThrough() },
        shipped,
      ),
    ).toBe(0);
    const header = new DataView((await readFile(strong)).buffer);
    expect([header.getUint32(8, true), header.getUint32(12, true)]).toEqual([DEFAULT_KDF.opslimit, DEFAULT_KDF.memlimitKiB]);
    // The variable the test suite once used is ignored: the weak test file is refused, the strong one opens.
    const env = { ...process.env, DWB_TEST_KDF: '1' };
    const weak = await npxWorkbook(['verify', file()], 'second passphrase ok\n', env);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/key derivation settings out of range/);
    const out = await npxWorkbook(['verify', strong], 'a strong passphrase here\n', env);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/role: partner/);
    // The command runs once: the bin script is the only entry point.
    expect(out.stdout.match(/role: partner/g)).toHaveLength(1);
    expect(out.stderr.replace(/npm warn.*\n/g, '')).toBe('');
  });
});
