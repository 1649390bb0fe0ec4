import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from './handlers';
import { inspectWorkbookBytes } from './incomingFileService';
import { PASS, servicesPerTest } from './testSupport';

const setup = servicesPerTest();
const pass = (value: string) => ({ method: 'passphrase' as const, value });
const OTHER = 'another computer passphrase';

/** A workbook made on "another computer" (its own data folder), copied out as a loose file. */
async function workbookFromElsewhere(role: 'disclosing' | 'partner', name: string, passphrase = OTHER) {
  const other = await setup();
  await other.workbooks.create(role, name, passphrase);
  await other.workbooks.lockAll();
  const file = path.join(other.dataDir, `copied-${role}.dwb`);
  await writeFile(file, await readFile(other.files.mainPath(role)));
  return file;
}

describe('opening a workbook file from outside the app', () => {
  it('reads only the header and checksum: role, and what is not a workbook', async () => {
    const { sodium } = await setup();
    const checksum = (data: Uint8Array) => sodium.crypto_generichash(32, data, null);
    const good = await readFile(await workbookFromElsewhere('disclosing', 'D'));
    expect(inspectWorkbookBytes(good, checksum)).toMatchObject({ ok: true, role: 'disclosing' });
    expect(inspectWorkbookBytes(new TextEncoder().encode('PK\u0003\u0004 a word document'), checksum)).toEqual({
      ok: false,
      problem: 'not-a-workbook',
    });
    expect(inspectWorkbookBytes(new Uint8Array(0), checksum)).toEqual({ ok: false, problem: 'not-a-workbook' });
    const cut = good.subarray(0, good.length - 10);
    expect(inspectWorkbookBytes(cut, checksum)).toEqual({ ok: false, problem: 'damaged' });
    const flipped = Uint8Array.from(good);
    flipped[flipped.length - 40]! ^= 1;
    expect(inspectWorkbookBytes(flipped, checksum)).toEqual({ ok: false, problem: 'damaged' });
    const newer = Uint8Array.from(good);
    newer[4] = 99;
    expect(inspectWorkbookBytes(newer, checksum)).toEqual({ ok: false, problem: 'newer-version' });
    const packet = Uint8Array.from(good);
    packet[6] = 3;
    expect(inspectWorkbookBytes(packet, checksum)).toEqual({ ok: false, problem: 'question-packet' });
  });

  it('brings a workbook from another computer in, and it opens with its own passphrase', async () => {
    const env = await setup();
    const file = await workbookFromElsewhere('partner', 'SENTINEL-MOVED');
    const offer = await env.incoming.offer(file);
    expect(offer.decision).toEqual({ kind: 'bring-in', role: 'partner' });
    // The window sees the decision only: no path, no name.
    expect(JSON.stringify(await dispatch(env.handlers, 'incoming:pending', undefined))).not.toContain(path.sep + 'copied');
    const accepted = await dispatch(env.handlers, 'incoming:accept', { id: offer.id, choice: 'bring-in' });
    expect(accepted).toEqual({ ok: true, value: { role: 'partner' } });
    expect(env.incoming.pending()).toBeNull();
    const opened = await env.workbooks.unlock('partner', pass(OTHER));
    expect(opened.content.displayName).toBe('SENTINEL-MOVED');
    // The file that was opened stays where it was.
    expect((await stat(file)).isFile()).toBe(true);
  });

  it('offers this computer’s own workbook to open here, changing no file', async () => {
    const env = await setup();
    await env.workbooks.create('disclosing', 'Mine', PASS);
    await env.workbooks.lockAll();
    const before = await readdir(path.join(env.dataDir, 'workbooks'));
    const own = await env.incoming.offer(env.files.mainPath('disclosing'));
    expect(own.decision).toEqual({ kind: 'open-here', role: 'disclosing', unlocked: false });
    // A byte-for-byte copy somewhere else is the same workbook too.
    const copy = path.join(env.dataDir, 'usb-copy.dwb');
    await writeFile(copy, await readFile(env.files.mainPath('disclosing')));
    const copied = await env.incoming.offer(copy);
    expect(copied.decision.kind).toBe('open-here');
    expect(await env.incoming.accept(copied.id, 'open')).toEqual({ role: 'disclosing' });
    expect(await readdir(path.join(env.dataDir, 'workbooks'))).toEqual(before);
  });

  it('never overwrites without the explicit choice; replacing sets the old one aside outside backups, untouched after later saves', async () => {
    const env = await setup();
    const created = await env.workbooks.create('partner', 'Here', PASS);
    for (let i = 0; i < 2; i++) await env.workbooks.save('partner', created.content);
    await env.workbooks.lockAll();
    const original = await readFile(env.files.mainPath('partner'));
    const file = await workbookFromElsewhere('partner', 'From elsewhere');

    const offer = await env.incoming.offer(file);
    expect(offer.decision).toMatchObject({ kind: 'choose', role: 'partner', unlocked: false });
    // Bringing in is not an answer to this question, and keeping changes nothing.
    await expect(env.incoming.accept(offer.id, 'bring-in')).rejects.toThrow(/no longer waiting/);
    expect(Buffer.compare(await readFile(env.files.mainPath('partner')), original)).toBe(0);

    expect(await env.incoming.accept(offer.id, 'replace')).toEqual({ role: 'partner' });
    const dir = path.join(env.dataDir, 'workbooks');
    const aside = (await readdir(dir)).filter((name) => /^partner\.replaced-[0-9-]+\.dwb$/.test(name));
    expect(aside).toHaveLength(1);
    const asidePath = path.join(dir, aside[0]!);
    expect(Buffer.compare(await readFile(asidePath), original)).toBe(0);

    // The file's workbook is now the partner's workbook here; the old one still opens from its copy.
    const opened = await env.workbooks.unlock('partner', pass(OTHER));
    expect(opened.content.displayName).toBe('From elsewhere');
    for (let i = 0; i < 7; i++) await env.workbooks.save('partner', opened.content);
    await env.workbooks.changePassphrase('partner', OTHER, 'a brand new passphrase here');
    await env.workbooks.lockAll();
    expect(Buffer.compare(await readFile(asidePath), original)).toBe(0);
    const backups = await env.files.listBackups('partner');
    expect(backups.some((b) => b.includes('replaced'))).toBe(false);
    for (const backup of backups) expect(Buffer.compare(await readFile(backup), original)).not.toBe(0);
  });

  it('sets the replaced workbook’s backups aside with it: never offered, rotated or re-keyed as the new workbook’s', async () => {
    const env = await setup();
    const created = await env.workbooks.create('partner', 'Here', PASS);
    for (const name of ['Here 2', 'Here 3']) {
      await env.workbooks.save('partner', { ...created.content, displayName: name });
      await env.workbooks.saveMainFile('partner');
    }
    await env.workbooks.lockAll();
    const oldBackups = await env.files.listBackups('partner');
    expect(oldBackups).toHaveLength(2);
    const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
    const oldBytes = (await Promise.all(oldBackups.map((b) => readFile(b)))).map(hex).sort();
    const offer = await env.incoming.offer(await workbookFromElsewhere('partner', 'From elsewhere'));
    expect(await env.incoming.accept(offer.id, 'replace')).toEqual({ role: 'partner' });

    // Nothing under the old key is left in backups/: the new workbook has no backups yet.
    expect(await env.files.listBackups('partner')).toEqual([]);
    const dir = path.join(env.dataDir, 'workbooks');
    const replaced = (await readdir(dir)).find((n) => /^partner\.replaced-[0-9-]+\.dwb$/.test(n))!;
    const tag = replaced.slice(0, -'.dwb'.length);
    const asideBackups = async () => {
      const names = (await readdir(dir)).filter((n) => n.startsWith(`${tag}.backup-`) && n.endsWith('.dwb'));
      return (await Promise.all(names.map((n) => readFile(path.join(dir, n))))).map(hex).sort();
    };
    expect(await asideBackups()).toEqual(oldBytes);

    // The new workbook's file is damaged: no backup is offered, and none of the old key opens in its place.
    const mainPath = env.files.mainPath('partner');
    const good = await readFile(mainPath);
    const damaged = Uint8Array.from(good);
    damaged[300] = damaged[300]! ^ 0xff;
    await writeFile(mainPath, damaged);
    const failure = await env.workbooks.unlock('partner', pass(PASS)).catch((e: unknown) => e);
    expect(failure).toMatchObject({ info: { code: 'damaged', backupsAvailable: 0 } });
    await expect(env.workbooks.openBackup('partner', pass(PASS))).rejects.toBeDefined();
    expect(await env.files.exists('partner')).toBe(true);

    // With its file back, the new workbook's saves rotate and its re-key rewrites only its own backups.
    await writeFile(mainPath, good);
    const opened = await env.workbooks.unlock('partner', pass(OTHER));
    for (let i = 0; i < 7; i++) {
      await env.workbooks.save('partner', opened.content);
      await env.workbooks.saveMainFile('partner');
    }
    await env.workbooks.changePassphrase('partner', OTHER, 'a brand new passphrase here');
    await env.workbooks.lockAll();
    expect(await asideBackups()).toEqual(oldBytes);
    expect(await env.files.listBackups('partner')).toHaveLength(5);
  });

  it('sets backups left without a workbook aside when a file is brought in', async () => {
    const env = await setup();
    const created = await env.workbooks.create('disclosing', 'Lost', PASS);
    await env.workbooks.save('disclosing', created.content);
    await env.workbooks.lockAll();
    await rm(env.files.mainPath('disclosing'));
    expect(await env.files.listBackups('disclosing')).toHaveLength(1);
    const offer = await env.incoming.offer(await workbookFromElsewhere('disclosing', 'Moved'));
    expect(offer.decision).toEqual({ kind: 'bring-in', role: 'disclosing' });
    expect(await env.incoming.accept(offer.id, 'bring-in')).toEqual({ role: 'disclosing' });
    expect(await env.files.listBackups('disclosing')).toEqual([]);
    const names = await readdir(path.join(env.dataDir, 'workbooks'));
    expect(names.filter((n) => /^disclosing\.replaced-[0-9-]+\.backup-[0-9-]+\.dwb$/.test(n))).toHaveLength(1);
    expect((await env.workbooks.unlock('disclosing', pass(OTHER))).content.displayName).toBe('Moved');
  });

  it('waits for an open workbook to be locked before replacing it', async () => {
    const env = await setup();
    await env.workbooks.create('partner', 'Open now', PASS);
    const offer = await env.incoming.offer(await workbookFromElsewhere('partner', 'Other'));
    expect(offer.decision).toMatchObject({ kind: 'choose', unlocked: true });
    const refused = await dispatch(env.handlers, 'incoming:accept', { id: offer.id, choice: 'replace' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked', message: expect.stringMatching(/lock it first/) } });
    expect(env.incoming.pending()?.id).toBe(offer.id);
    await env.workbooks.lockAll();
    expect(await env.incoming.accept(offer.id, 'replace')).toEqual({ role: 'partner' });
  });

  it('refuses damaged, foreign and unreadable files with a clear message and changes nothing', async () => {
    const env = await setup();
    const folder = path.join(env.dataDir, 'a-folder.dwb');
    await mkdir(folder);
    const text = path.join(env.dataDir, 'notes.dwb');
    await writeFile(text, 'just some text, not a workbook');
    const good = await readFile(await workbookFromElsewhere('partner', 'P'));
    const damaged = path.join(env.dataDir, 'damaged.dwb');
    await writeFile(damaged, good.subarray(0, 300));
    for (const [file, problem] of [
      [folder, 'unreadable'],
      [path.join(env.dataDir, 'gone.dwb'), 'unreadable'],
      [text, 'not-a-workbook'],
      [damaged, 'damaged'],
    ] as const) {
      const offer = await env.incoming.offer(file);
      expect(offer.decision).toEqual({ kind: 'refuse', problem });
      await expect(env.incoming.accept(offer.id, 'bring-in')).rejects.toThrow(/Nothing was changed/);
    }
    expect(await env.files.exists('partner')).toBe(false);
  });

  it('checks the file again when the answer comes: a file changed in between is not brought in', async () => {
    const env = await setup();
    const file = await workbookFromElsewhere('partner', 'P');
    const offer = await env.incoming.offer(file);
    await writeFile(file, 'replaced by something else');
    await expect(env.incoming.accept(offer.id, 'bring-in')).rejects.toThrow(/changed after it was opened/);
    expect(await env.files.exists('partner')).toBe(false);
    // A newer offer replaces the older one; an answer to the older one is refused.
    const first = await env.incoming.offer(await workbookFromElsewhere('disclosing', 'D'));
    const second = await env.incoming.offer(await workbookFromElsewhere('partner', 'P2'));
    await expect(env.incoming.accept(first.id, 'bring-in')).rejects.toThrow(/no longer waiting/);
    expect(await env.incoming.accept(second.id, 'bring-in')).toEqual({ role: 'partner' });
  });

  it('puts the workbook back if bringing the file in fails half way', async () => {
    const env = await setup();
    const created = await env.workbooks.create('partner', 'Here', PASS);
    await env.workbooks.save('partner', created.content);
    await env.workbooks.lockAll();
    const original = await readFile(env.files.mainPath('partner'));
    const backups = await env.files.listBackups('partner');
    expect(backups).toHaveLength(1);
    const offer = await env.incoming.offer(await workbookFromElsewhere('partner', 'Other'));
    // The disk fills up just as the file is written.
    vi.spyOn(env.files, 'write').mockRejectedValueOnce(Object.assign(new Error('no space'), { code: 'ENOSPC' }));
    await expect(env.incoming.accept(offer.id, 'replace')).rejects.toThrow(/disk is full/);
    expect(Buffer.compare(await readFile(env.files.mainPath('partner')), original)).toBe(0);
    expect((await readdir(path.join(env.dataDir, 'workbooks'))).some((n) => n.includes('replaced'))).toBe(false);
    // Its backups are back in backups/ too.
    expect(await env.files.listBackups('partner')).toEqual(backups);
  });
});
