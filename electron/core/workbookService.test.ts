import { readdir, readFile, writeFile } from 'node:fs/promises';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from './handlers';
import type { StorageFs } from './storage/atomicFile';
import { makeTestServices, PASS } from './testSupport';
import { failureDelayMs } from './workbookService';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});
async function setup(overrides: Parameters<typeof makeTestServices>[0] = {}) {
  const env = await makeTestServices(overrides);
  cleanups.push(env.cleanup);
  return env;
}
const pass = (value: string) => ({ method: 'passphrase' as const, value });

async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('workbook service', () => {
  it('creates, saves, locks and unlocks with content intact; no plaintext on disk', async () => {
    const { workbooks, dataDir } = await setup();
    const { recoveryKey, content } = await workbooks.create('partner', 'SENTINEL-NAME-7f3', PASS);
    expect(recoveryKey).toMatch(/^(\w{4}-){7}\w{4}$/);
    if (content.role !== 'partner') throw new Error('role');
    content.sections.boundaries.items.push({
      id: 'b1',
      need: 'SENTINEL-TEXT-9c1',
      ifNotRespected: '',
      discussWithTherapist: true,
    });
    await workbooks.save('partner', content);
    await workbooks.save('partner', content);
    await workbooks.lockAll();
    expect(() => workbooks.content('partner')).toThrow(/locked/);

    const again = await workbooks.unlock('partner', pass(PASS));
    expect(again.content.displayName).toBe('SENTINEL-NAME-7f3');
    expect(again.content.role === 'partner' && again.content.sections.boundaries.items[0]?.need).toBe('SENTINEL-TEXT-9c1');

    for (const file of await allFiles(dataDir)) {
      const bytes = await readFile(file);
      expect(bytes.includes('SENTINEL'), file).toBe(false);
      expect(bytes.includes(Buffer.from('SENTINEL', 'utf16le')), file).toBe(false);
    }
  });

  it('keeps the main file’s last five saves (a pause in typing, a lock) as encrypted backups', async () => {
    const { workbooks, files } = await setup();
    const { content } = await workbooks.create('disclosing', '', PASS);
    for (let i = 0; i < 8; i++) {
      content.displayName = `save ${i}`;
      await workbooks.save('disclosing', content);
      await workbooks.saveMainFile('disclosing');
    }
    const backups = await files.listBackups('disclosing');
    expect(backups).toHaveLength(5);
  });

  it('unlocks with the recovery key and then allows a new passphrase without the old one', async () => {
    const { workbooks } = await setup();
    const { recoveryKey } = await workbooks.create('partner', 'R', PASS);
    await workbooks.lockAll();
    await workbooks.unlock('partner', { method: 'recoveryKey', value: recoveryKey });
    await workbooks.changePassphrase('partner', null, 'a brand new passphrase');
    await workbooks.lockAll();
    await expect(workbooks.unlock('partner', pass(PASS))).rejects.toMatchObject({ info: { code: 'wrong-secret' } });
  });

  it('changes the passphrase only with the current one', async () => {
    let clock = 0;
    const { workbooks } = await setup({ now: () => new Date(clock) });
    await workbooks.create('partner', 'R', PASS);
    await expect(workbooks.changePassphrase('partner', 'wrong one!!', 'another passphrase')).rejects.toMatchObject({
      info: { code: 'wrong-secret' },
    });
    clock += 60_000;
    await workbooks.changePassphrase('partner', PASS, 'another passphrase');
    await workbooks.lockAll();
    const { content } = await workbooks.unlock('partner', pass('another passphrase'));
    expect(content.displayName).toBe('R');
  });

  it('answers a wrong passphrase calmly, with a delay that grows, and changes nothing', async () => {
    let clock = 1_000_000;
    const { workbooks, files } = await setup({ now: () => new Date(clock) });
    await workbooks.create('partner', 'R', PASS);
    await workbooks.lockAll();
    const before = await files.readMain('partner');
    const first = await workbooks.unlock('partner', pass('wrong passphrase')).catch((e: unknown) => e);
    expect(first).toMatchObject({ info: { code: 'wrong-secret', retryAfterMs: 1000 } });
    // Too soon: refused without even trying the passphrase.
    await expect(workbooks.unlock('partner', pass(PASS))).rejects.toMatchObject({ info: { code: 'wait' } });
    clock += 1000;
    await expect(workbooks.unlock('partner', pass('wrong again'))).rejects.toMatchObject({
      info: { code: 'wrong-secret', retryAfterMs: 2000 },
    });
    clock += 2000;
    await workbooks.unlock('partner', pass(PASS));
    expect(Buffer.from((await files.readMain('partner'))!).equals(Buffer.from(before!))).toBe(true);
    expect([1, 2, 3, 4, 10].map(failureDelayMs)).toEqual([1000, 2000, 4000, 8000, 30000]);
  });

  it('offers the newest backup that opens when the main file is damaged, and never deletes the damaged file', async () => {
    const { workbooks, files, dataDir } = await setup();
    const { content } = await workbooks.create('partner', 'first', PASS);
    content.displayName = 'second';
    await workbooks.save('partner', content);
    await workbooks.saveMainFile('partner');
    content.displayName = 'third';
    await workbooks.save('partner', content);
    await workbooks.lockAll();
    const main = files.mainPath('partner');
    const bytes = await readFile(main);
    bytes[300] = bytes[300]! ^ 0xff;
    await writeFile(main, bytes);

    const failure = await workbooks.unlock('partner', pass(PASS)).catch((e: unknown) => e);
    expect(failure).toMatchObject({ info: { code: 'damaged', backupsAvailable: 2 } });
    const opened = await workbooks.openBackup('partner', pass(PASS));
    expect(opened.content.displayName).toBe('second');
    expect(opened.openedFromBackup).toBe(true);
    await workbooks.save('partner', opened.content);
    const names = await readdir(path.join(dataDir, 'workbooks'));
    const aside = names.find((n) => n.startsWith('partner.damaged-'));
    expect(aside).toBeDefined();
    expect((await readFile(path.join(dataDir, 'workbooks', aside!))).equals(bytes)).toBe(true);
    await workbooks.lockAll();
    expect((await workbooks.unlock('partner', pass(PASS))).content.displayName).toBe('second');
  });

  it('reports a full disk clearly and keeps the previous save intact', async () => {
    let failWrites = false;
    const faultyFs: StorageFs = {
      ...nodeFs,
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the overloads need it
      open: (async (...args: Parameters<typeof nodeFs.open>) => {
        const handle = await nodeFs.open(...args);
        if (!failWrites || String(args[0]).endsWith('workbooks')) return handle;
        return new Proxy(handle, {
          get(target, prop, receiver) {
            if (prop === 'write') {
              return async () => {
                throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
              };
            }
            const value = Reflect.get(target, prop, receiver) as unknown;
            return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
          },
        });
      }) as typeof nodeFs.open,
    };
    const { workbooks, files, dataDir } = await setup({ fs: faultyFs });
    const { content } = await workbooks.create('partner', 'kept', PASS);
    failWrites = true;
    content.displayName = 'lost';
    await expect(workbooks.save('partner', content)).rejects.toMatchObject({ info: { code: 'disk-full' } });
    const err = await workbooks.save('partner', content).catch((e: unknown) => (e as Error).message);
    expect(err).toMatch(/disk is full.*previous save is safe/);
    failWrites = false;
    expect(await files.readMain('partner')).not.toBeNull();
    await workbooks.lockAll();
    expect((await workbooks.unlock('partner', pass(PASS))).content.displayName).toBe('kept');
    const temps = (await readdir(path.join(dataDir, 'workbooks'))).filter((n) => n.endsWith('.tmp'));
    expect(temps).toEqual([]);
  });

  it('reports a folder it may not write to clearly, previous save intact', async () => {
    let deny = false;
    const deniedFs: StorageFs = {
      ...nodeFs,
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the overloads need it
      open: (async (...args: Parameters<typeof nodeFs.open>) => {
        if (deny) throw Object.assign(new Error('denied'), { code: 'EACCES' });
        return nodeFs.open(...args);
      }) as typeof nodeFs.open,
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the overloads need it
      rename: (async (...args: Parameters<typeof nodeFs.rename>) => {
        if (deny) throw Object.assign(new Error('denied'), { code: 'EACCES' });
        return nodeFs.rename(...args);
      }) as typeof nodeFs.rename,
    };
    const { workbooks } = await setup({ fs: deniedFs });
    const { content } = await workbooks.create('disclosing', 'kept', PASS);
    deny = true;
    content.displayName = 'not saved';
    await expect(workbooks.save('disclosing', content)).rejects.toMatchObject({ info: { code: 'permission' } });
    deny = false;
    await workbooks.lockAll();
    expect((await workbooks.unlock('disclosing', pass(PASS))).content.displayName).toBe('kept');
  });

  it('validates content before saving and refuses the other role', async () => {
    const { workbooks } = await setup();
    const { content } = await workbooks.create('partner', 'R', PASS);
    await expect(workbooks.save('partner', { ...content, sections: { questions: { items: [{}] } } })).rejects.toMatchObject({
      name: 'ContentError',
    });
    await expect(workbooks.save('partner', { ...content, role: 'disclosing' })).rejects.toThrow();
  });

  it('cleans up stale temp files on start and never opens them', async () => {
    const { workbooks, dataDir } = await setup();
    await workbooks.create('partner', 'R', PASS);
    const stale = path.join(dataDir, 'workbooks', 'partner.dwb.0123456789abcdef.tmp');
    await writeFile(stale, 'half a file');
    expect(await workbooks.startup()).toBe(1);
    expect((await readdir(path.join(dataDir, 'workbooks'))).includes('partner.dwb.0123456789abcdef.tmp')).toBe(false);
  });
});

describe('dispatch (the IPC boundary)', () => {
  it('refuses unknown channels and invalid input with a readable message, never a throw', async () => {
    const { handlers } = await setup();
    expect(await dispatch(handlers, 'fs:readFile', '/etc/passwd')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch(handlers, 'workbook:unlock', { role: 'admin' })).toMatchObject({ ok: false });
    expect(await dispatch(handlers, 'workbook:create', { role: 'partner', displayName: 'x', passphrase: 'short' })).toMatchObject(
      {
        ok: false,
        error: { code: 'invalid-input', message: expect.stringMatching(/at least 10 characters/) as unknown },
      },
    );
    expect(await dispatch(handlers, 'workbook:save', { role: 'partner', content: {} })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    const listed = await dispatch(handlers, 'workbooks:list', undefined);
    expect(listed).toEqual({
      ok: true,
      value: [
        { role: 'disclosing', exists: false, unlocked: false },
        { role: 'partner', exists: false, unlocked: false },
      ],
    });
  });
});
