/**
 * Delete this workbook: passphrase and typed confirmation (checked by the main process too);
 * the file, its backups, copies set aside and replaced, their remembered save counters and the
 * error log go; the other workbook and everything else stays.
 */
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import nodeLog from 'electron-log/node';
import { afterEach, describe, expect, it } from 'vitest';
import { DELETE_WORKBOOK_TEXTS } from '../../shared/guidance/everydayTexts';
import { configureErrorLog, LOG_FILE, type LoggerLike } from './errorLog';
import { dispatch } from './handlers';
import { makeTestServices, PASS } from './testSupport';
import { workbookIdOfFile } from './workbookService';

const OTHER_PASS = 'amber field window kettle';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function setUp() {
  const logDir = await mkdtemp(path.join(os.tmpdir(), 'dwb-delete-log-'));
  cleanups.push(() => rm(logDir, { recursive: true, force: true }));
  const errorLog = configureErrorLog(nodeLog.create({ logId: `dwb-delete-${Date.now()}` }) as unknown as LoggerLike, {
    dir: logDir,
  });
  const env = await makeTestServices({ clearErrorLog: () => errorLog.clear() });
  cleanups.push(env.cleanup);
  const call = (channel: string, input?: unknown) => dispatch(env.handlers, channel, input);
  const dir = path.join(env.dataDir, 'workbooks');

  // The disclosing workbook, saved a few times (backups), and the partner's, which must stay.
  const created = await env.workbooks.create('disclosing', 'Mine', PASS);
  for (let i = 0; i < 3; i++) await env.workbooks.save('disclosing', { ...created.content, displayName: `Mine ${i}` });
  await env.workbooks.create('partner', 'Theirs', OTHER_PASS);
  await env.workbooks.save(
    'partner',
    (await env.workbooks.unlock('partner', { method: 'passphrase', value: OTHER_PASS })).content,
  );
  await env.workbooks.lock('partner');

  // A copy replaced by a file brought in from another computer: another workbook's id, remembered here.
  const other = await makeTestServices();
  cleanups.push(other.cleanup);
  await other.workbooks.create('disclosing', 'Elsewhere', PASS);
  await other.workbooks.lock('disclosing');
  const replaced = path.join(dir, 'disclosing.replaced-20260101-000000-000.dwb');
  await copyFile(path.join(other.dataDir, 'workbooks', 'disclosing.dwb'), replaced);
  const replacedId = workbookIdOfFile(new Uint8Array(await readFile(replaced)))!;
  env.workbooks.movedIn(replacedId, 1);
  // And one set aside as damaged.
  await writeFile(path.join(dir, 'disclosing.damaged-20260101-000000-001.dwb'), 'not a workbook');

  errorLog.record({ kind: 'save-failed', code: 'disk-full' });
  await expect.poll(() => readdir(logDir)).toContain(LOG_FILE);
  await env.workbooks.flush();
  return { env, call, dir, logDir, replacedId };
}

const ownId = async (dir: string) => workbookIdOfFile(new Uint8Array(await readFile(path.join(dir, 'disclosing.dwb'))))!;
const counters = async (dataDir: string) =>
  JSON.parse(await readFile(path.join(dataDir, 'save-counters.json'), 'utf8')) as Record<string, number>;
const filesIn = async (dir: string) => (await readdir(dir, { recursive: true })).map(String).sort();
const confirmation = DELETE_WORKBOOK_TEXTS.confirmPhrase;

describe('delete this workbook', () => {
  it('removes the file, backups, set-aside and replaced copies, their counters and the error log', async () => {
    const { env, call, dir, logDir, replacedId } = await setUp();
    const id = await ownId(dir);
    const partnerId = workbookIdOfFile(new Uint8Array(await readFile(path.join(dir, 'partner.dwb'))))!;
    expect(Object.keys(await counters(env.dataDir)).sort()).toEqual([id, partnerId, replacedId].sort());
    const before = await filesIn(dir);
    expect(before.filter((f) => f.includes('disclosing.')).length).toBeGreaterThanOrEqual(6);

    const result = await call('workbook:delete', { role: 'disclosing', passphrase: PASS, confirmation });
    expect(result).toMatchObject({ ok: true });

    const after = await filesIn(dir);
    expect(after.filter((f) => path.basename(f).startsWith('disclosing.'))).toEqual([]);
    expect(after).toContain('partner.dwb');
    expect(after.some((f) => f.startsWith(`backups${path.sep}partner.`))).toBe(true);
    expect(await counters(env.dataDir)).toEqual({ [partnerId]: expect.any(Number) as number });
    expect(await readdir(logDir)).not.toContain(LOG_FILE);
    expect(env.workbooks.isUnlocked('disclosing')).toBe(false);
    expect(await env.workbooks.list()).toEqual([
      { role: 'disclosing', exists: false, unlocked: false },
      { role: 'partner', exists: true, unlocked: false },
    ]);
    // The partner's workbook still opens; a new disclosing workbook can be created.
    await env.workbooks.unlock('partner', { method: 'passphrase', value: OTHER_PASS });
    expect((await call('workbook:create', { role: 'disclosing', displayName: 'Again', passphrase: PASS })).ok).toBe(true);
  });

  it('refuses a wrong passphrase or confirmation, and a locked workbook, removing nothing', async () => {
    const { env, call, dir, logDir } = await setUp();
    // Locking puts the newest typing save in the main file and removes the recent-save slots: done
    // once first, so that what the refused deletes must leave alone is the folder of a locked workbook.
    await env.workbooks.lock('disclosing');
    await env.workbooks.unlock('disclosing', { method: 'passphrase', value: PASS });
    const before = await filesIn(dir);
    await env.workbooks.lock('disclosing');
    const locked = await call('workbook:delete', { role: 'disclosing', passphrase: PASS, confirmation });
    expect(locked).toMatchObject({ ok: false, error: { code: 'locked' } });
    await env.workbooks.unlock('disclosing', { method: 'passphrase', value: PASS });

    const wrongPass = await call('workbook:delete', { role: 'disclosing', passphrase: 'not it at all', confirmation });
    expect(wrongPass).toMatchObject({ ok: false, error: { code: 'wrong-secret' } });
    for (const typed of ['delete', 'DELETE MY WORKBOOK', '', `${confirmation} `]) {
      const refused = await call('workbook:delete', { role: 'disclosing', passphrase: PASS, confirmation: typed });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(await filesIn(dir)).toEqual(before);
    expect(await readdir(logDir)).toContain(LOG_FILE);
    expect(env.workbooks.isUnlocked('disclosing')).toBe(true);
  });

  it('reads the workbook id from a header without a key, and nothing from other files', () => {
    expect(workbookIdOfFile(new TextEncoder().encode('not a workbook'))).toBeNull();
    expect(workbookIdOfFile(new Uint8Array(0))).toBeNull();
  });
});
