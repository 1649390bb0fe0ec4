import { execFileSync } from 'node:child_process';
import { mkdir, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WEAK_PASSPHRASE_MESSAGE } from '../../shared/passphrase';
import { runCli } from '../cli/main';
import { runWithStreams } from '../cli/testSupport';
import { dispatch } from './handlers';
import { makeTestServices, PASS } from './testSupport';
import { MAGIC } from './vault/format';
import { createThrottle } from './throttle';

/**
 * The vault under attack: one passphrase rule everywhere, cheap checks before any hashing or key
 * derivation, planted files that are not workbooks, and the limits on size.
 */
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup() {
  const env = await makeTestServices();
  cleanups.push(env.cleanup);
  return env;
}

function cli(args: string[], stdin: string, vault: Awaited<ReturnType<typeof setup>>['vault']) {
  return runWithStreams((io) => runCli(args, io, { vault, throttle: createThrottle() }), stdin);
}

const WEAK = ['aaaaaaaaaa', 'password12', '1111111111', 'qwertyuiop'];

describe('one passphrase rule', () => {
  it('the main process refuses weak passphrases (length is not enough) with the same message as the window', async () => {
    const env = await setup();
    for (const passphrase of WEAK) {
      const result = await dispatch(env.handlers, 'workbook:create', { role: 'partner', displayName: '', passphrase });
      expect(result, passphrase).toEqual({ ok: false, error: { code: 'invalid-input', message: WEAK_PASSPHRASE_MESSAGE } });
    }
    expect(await env.files.exists('partner')).toBe(false);
    await env.workbooks.create('partner', '', PASS);
    for (const next of WEAK) {
      const result = await dispatch(env.handlers, 'workbook:changePassphrase', { role: 'partner', current: PASS, next });
      expect(result).toEqual({ ok: false, error: { code: 'invalid-input', message: WEAK_PASSPHRASE_MESSAGE } });
    }
    await env.workbooks.lockAll();
  });

  it('every command that sets a passphrase refuses weak ones with the same message; document passwords need 8', async () => {
    const env = await setup();
    const file = path.join(env.dataDir, 'cli', 'partner.dwb');
    for (const passphrase of WEAK) {
      const created = await cli(['create', '--role', 'partner', '--out', file], `${passphrase}\n`, env.vault);
      expect(created.code).toBe(1);
      expect(created.err).toContain(WEAK_PASSPHRASE_MESSAGE);
      const sample = await cli(['sample', '--role', 'partner', '--out', file], `${passphrase}\n`, env.vault);
      expect(sample.code).toBe(1);
    }
    expect((await cli(['create', '--role', 'partner', '--out', file], `${PASS}\n`, env.vault)).code).toBe(0);
    const passwd = await cli(['passwd', file], `${PASS}\npassword12\n`, env.vault);
    expect(passwd.code).toBe(1);
    expect(passwd.err).toContain(WEAK_PASSPHRASE_MESSAGE);
    const doc = path.join(env.dataDir, 'cli', 'out.docx');
    const short = await cli(['export', file, '--out', doc], `${PASS}\nshort\n`, env.vault);
    // A password that breaks the rule is a usage error, like a blank one, and nothing is written.
    expect(short.code).toBe(2);
    expect(short.err).toMatch(/at least 8 characters/);
    await expect(stat(doc)).rejects.toThrow();
    const blank = await cli(['export', file, '--out', doc], `${PASS}\n \nmore\n`, env.vault);
    expect(blank.code).toBe(2);
  });
});

describe('cheap checks first', () => {
  it('a 1 GiB file that starts with the magic is refused at once, without reading it', async () => {
    const env = await setup();
    await env.workbooks.create('partner', '', PASS);
    await env.workbooks.lockAll();
    const main = env.files.mainPath('partner');
    const handle = await open(main, 'w');
    await handle.write(Uint8Array.from(MAGIC), 0, 4, 0);
    await handle.truncate(1024 * 1024 * 1024);
    await handle.close();
    const before = process.memoryUsage().rss;
    await expect(env.workbooks.unlock('partner', { method: 'passphrase', value: PASS })).rejects.toMatchObject({
      info: { code: 'damaged', message: expect.stringMatching(/far larger than any workbook/) as unknown },
    });
    // Not read into memory (a sparse 1 GiB file would take 1 GiB to read).
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024);
    await rm(main);
  });

  it.skipIf(process.platform === 'win32')(
    'a FIFO in place of the workbook is refused (no hang), with backups offered',
    async () => {
      const env = await setup();
      await env.workbooks.create('partner', '', PASS);
      await env.workbooks.save('partner', { ...env.workbooks.content('partner'), displayName: 'saved once' });
      await env.workbooks.lockAll();
      const main = env.files.mainPath('partner');
      await rm(main);
      execFileSync('mkfifo', [main]);
      await expect(env.workbooks.unlock('partner', { method: 'passphrase', value: PASS })).rejects.toMatchObject({
        info: { code: 'damaged', message: expect.stringMatching(/not a workbook file/) as unknown, backupsAvailable: 1 },
      });
      const opened = await env.workbooks.openBackup('partner', { method: 'passphrase', value: PASS });
      expect(opened).toMatchObject({ openedFromBackup: true, restoredBecause: 'damaged' });
      await env.workbooks.lockAll();
    },
  );

  it('a folder in place of the workbook is refused with a clear message', async () => {
    const env = await setup();
    await mkdir(env.files.mainPath('partner'), { recursive: true });
    await expect(env.workbooks.unlock('partner', { method: 'passphrase', value: PASS })).rejects.toMatchObject({
      info: { code: 'damaged', message: expect.stringMatching(/not a workbook file/) as unknown },
    });
  });

  it('a plain file named backups: saves still succeed (without a backup) and nothing is lost', async () => {
    const env = await setup();
    await env.workbooks.create('partner', '', PASS);
    const backups = path.join(env.dataDir, 'workbooks', 'backups');
    await rm(backups, { recursive: true, force: true });
    await writeFile(backups, 'not a folder');
    await env.workbooks.save('partner', { ...env.workbooks.content('partner'), displayName: 'still saved' });
    expect(await env.files.backupsBlocked()).toBe(true);
    await env.workbooks.lockAll();
    expect((await env.workbooks.unlock('partner', { method: 'passphrase', value: PASS })).content.displayName).toBe(
      'still saved',
    );
    expect(await readFile(backups, 'utf8')).toBe('not a folder');
    await env.workbooks.lockAll();
  });

  it('a save above the size limit is refused with a clear message; the previous save stays', async () => {
    const env = await setup();
    await env.workbooks.create('partner', '', PASS);
    const before = await readFile(env.files.mainPath('partner'));
    await expect(env.files.write('partner', new Uint8Array(65 * 1024 * 1024))).rejects.toThrow(/larger than the app can save/);
    expect((await readFile(env.files.mainPath('partner'))).equals(before)).toBe(true);
    await env.workbooks.lockAll();
  });
});
