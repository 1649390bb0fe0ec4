import * as nodeFs from 'node:fs/promises';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import nodeLog from 'electron-log/node';
import { afterEach, describe, expect, it } from 'vitest';
import {
  configureErrorLog,
  errorCode,
  errorEventForResult,
  errorRecord,
  LOG_FILE,
  MAX_LOG_BYTES,
  OLD_LOG_FILE,
  type LoggerLike,
} from './errorLog';
import { dispatch } from './handlers';
import type { StorageFs } from './storage/atomicFile';
import { makeTestServices } from './testSupport';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});
let loggers = 0;
async function freshLog() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-log-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const logger = nodeLog.create({ logId: `dwb-test-${loggers++}` }) as unknown as LoggerLike;
  return { dir, logger, errorLog: configureErrorLog(logger, { dir }) };
}
async function logText(dir: string) {
  const names = await readdir(dir);
  const parts = await Promise.all(names.filter((n) => n.endsWith('.log')).map((n) => readFile(path.join(dir, n), 'utf8')));
  return parts.join('');
}

const SENTINEL = 'SENTINEL7Q';
const LINE =
  /^\d{4}-\d{2}-\d{2} (save-failed|export-failed|renderer-gone|renderer-hung|startup-failed|main-error)( code=[A-Za-z0-9_-]+)?$/;

describe('error records', () => {
  it('keep a kind from the list and a plain short code, and drop anything else', () => {
    expect(errorRecord({ kind: 'save-failed', code: 'disk-full' })).toBe('save-failed code=disk-full');
    expect(errorRecord({ kind: 'renderer-gone', code: 139 })).toBe('renderer-gone code=139');
    expect(errorRecord({ kind: 'export-failed', code: `/home/${SENTINEL}/doc.docx` })).toBe('export-failed');
    expect(errorRecord({ kind: 'startup-failed', code: `${SENTINEL} wrote this` })).toBe('startup-failed');
    expect(errorRecord({ kind: 'bogus' as 'main-error' })).toBe('main-error');
    expect(errorCode(Object.assign(new Error(`cannot open /home/${SENTINEL}`), { code: 'ENOSPC' }))).toBe('ENOSPC');
    expect(errorCode(new TypeError(`bad ${SENTINEL}`))).toBe('TypeError');
    expect(errorCode({ info: { code: 'disk-full', message: SENTINEL } })).toBe('disk-full');
    expect(errorCode(SENTINEL)).toBe('unknown');
  });

  it('logs save and export failures, never refusals a person caused (wrong passphrase, locked)', () => {
    const fail = (code: string) => ({ ok: false as const, error: { code: code as 'io', message: SENTINEL } });
    expect(errorEventForResult('workbook:save', fail('disk-full'))).toEqual({ kind: 'save-failed', code: 'disk-full' });
    expect(errorEventForResult('share:document', fail('io'))).toEqual({ kind: 'export-failed', code: 'io' });
    expect(errorEventForResult('workbook:unlock', fail('wrong-secret'))).toBeNull();
    expect(errorEventForResult('workbook:save', fail('locked'))).toBeNull();
    expect(errorEventForResult('workbook:save', { ok: true, value: null })).toBeNull();
  });
});

describe('the local error log', () => {
  it('has no names, paths, content or passphrases after a session with errors (sentinels everywhere)', async () => {
    const { dir, logger, errorLog } = await freshLog();
    // Sentinels in the folder name, the workbook name, the content, the passphrase and the export path.
    const base = await mkdtemp(path.join(os.tmpdir(), 'dwb-log-session-'));
    cleanups.push(() => rm(base, { recursive: true, force: true }));
    const dataDir = path.join(base, `data-${SENTINEL}-folder`);
    await mkdir(dataDir);
    let diskFull = false;
    const fs: StorageFs = {
      ...nodeFs,
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the overloads need it
      open: (async (...args: Parameters<typeof nodeFs.open>) => {
        if (diskFull) throw Object.assign(new Error(`ENOSPC: no space, open ${String(args[0])}`), { code: 'ENOSPC' });
        return nodeFs.open(...args);
      }) as typeof nodeFs.open,
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the overloads need it
      rename: (async (...args: Parameters<typeof nodeFs.rename>) => {
        if (diskFull) throw Object.assign(new Error(`ENOSPC: no space, rename ${String(args[0])}`), { code: 'ENOSPC' });
        return nodeFs.rename(...args);
      }) as typeof nodeFs.rename,
    };
    const env = await makeTestServices({
      dataDir,
      fs,
      dialogs: {
        showOpenDialog: () => Promise.resolve(null),
        showSaveDialog: () => Promise.resolve(path.join(base, `no-such-${SENTINEL}`, `${SENTINEL}.docx`)),
      },
    });
    const passphrase = `${SENTINEL} passphrase words`;
    const call = async (channel: string, input?: unknown) => {
      const result = await dispatch(env.handlers, channel, input);
      const event = errorEventForResult(channel, result);
      if (event) errorLog.record(event);
      return result;
    };

    const created = await call('workbook:create', { role: 'partner', displayName: `${SENTINEL} name`, passphrase });
    expect(created.ok).toBe(true);
    const content = (created as { value: { content: { sections: { boundaries: { items: unknown[] } } } } }).value.content;
    content.sections.boundaries.items.push({
      id: 'b1',
      need: `${SENTINEL} need`,
      ifNotRespected: '',
      discussWithTherapist: false,
    });
    diskFull = true;
    expect((await call('workbook:save', { role: 'partner', content })).ok).toBe(false);
    diskFull = false;
    expect((await call('workbook:unlock', { role: 'disclosing', secret: { method: 'passphrase', value: passphrase } })).ok).toBe(
      false,
    );
    // The export fails because its folder does not exist.
    const written = await call('share:document', {
      role: 'partner',
      sections: ['questions'],
      letter: 'current',
      pageSize: 'a4',
      password: null,
    });
    // A renderer crash, a hang, a start-up failure and a stray log call with an Error.
    errorLog.record({ kind: 'renderer-gone', code: 'crashed' });
    errorLog.record({ kind: 'renderer-hung' });
    errorLog.record({ kind: 'startup-failed', code: errorCode(new Error(`could not read ${dataDir}`)) });
    logger.error(new Error(`${SENTINEL} stray ${dataDir}`));
    logger.error(`${SENTINEL} stray message`);
    await env.cleanup();

    const text = await logText(dir);
    expect(text).not.toContain(SENTINEL);
    expect(text).not.toContain(os.tmpdir());
    const lines = text.trim().split('\n');
    for (const line of lines) expect(line).toMatch(LINE);
    expect(lines.map((l) => l.slice(11))).toEqual([
      'save-failed code=disk-full',
      ...(written.ok ? [] : [`export-failed code=${written.error.code}`]),
      'renderer-gone code=crashed',
      'renderer-hung',
      'startup-failed code=Error',
    ]);
    expect(written.ok).toBe(false);
  });

  it('stays within two files of at most 256 KB, and is removed on clear', async () => {
    const { dir, errorLog } = await freshLog();
    for (let i = 0; i < 25_000; i++) errorLog.record({ kind: 'save-failed', code: 'disk-full' });
    const names = (await readdir(dir)).sort();
    expect(names).toEqual([OLD_LOG_FILE, LOG_FILE].sort());
    for (const name of names) expect((await stat(path.join(dir, name))).size).toBeLessThanOrEqual(MAX_LOG_BYTES + 200);
    await errorLog.clear();
    expect(await readdir(dir)).toEqual([]);
  });
});
