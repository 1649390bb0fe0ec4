import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestServices } from '../../electron/core/testSupport';
import { createWorkbookViaUi, lockViaUi, PASSPHRASE, startHarness, type Harness } from './harness';

/**
 * A workbook file opened from outside the app (double-click, command line, macOS open-file):
 * the main process hands the path to services.incoming.offer and tells the window
 * ('incoming-file'); here the test does both, against the real services and files.
 */
const ELSEWHERE = 'passphrase from the old computer';
let h: Harness;
let looseDir = '';
beforeAll(async () => {
  h = await startHarness();
  looseDir = await mkdtemp(path.join(os.tmpdir(), 'dwb-e2e-loose-'));
});
afterAll(async () => {
  await h?.close();
  await rm(looseDir, { recursive: true, force: true });
});

/** A workbook made on "another computer", copied out as a loose file. */
async function fileFromElsewhere(role: 'disclosing' | 'partner', name: string): Promise<string> {
  const other = await makeTestServices();
  try {
    await other.workbooks.create(role, name, ELSEWHERE);
    await other.workbooks.lockAll();
    const file = path.join(looseDir, `${role}-${name.replace(/\W+/g, '-')}.dwb`);
    await writeFile(file, await readFile(other.files.mainPath(role)));
    return file;
  } finally {
    await other.cleanup();
  }
}

async function open(file: string) {
  await h.services.incoming.offer(file);
  await h.fire('incoming-file');
}

const dialog = () => h.page.getByRole('dialog', { name: 'A workbook file was opened' });

describe('opening a workbook file', () => {
  it('on first start, brings a workbook from another computer in; it opens with its own passphrase', async () => {
    // The file arrives before the window has loaded (first start with the file as argument).
    await h.services.incoming.offer(await fileFromElsewhere('partner', 'Moved Riley'));
    await h.reload();
    await dialog().waitFor();
    expect(await dialog().innerText()).toMatch(/not on this computer yet/);
    // Focus is inside the question.
    await expect.poll(() => h.page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await h.screenshot('incoming-01-bring-in');
    await dialog().getByRole('button', { name: 'Bring it into this computer' }).click();
    await h.page.getByRole('heading', { name: /Unlock/ }).waitFor();
    await h.page.getByLabel('Passphrase').fill(ELSEWHERE);
    await h.page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await h.page.getByRole('navigation', { name: 'Sections' }).waitFor();
    await expect.poll(() => h.page.locator('.shell-subtitle').innerText()).toBe('Moved Riley');
    await lockViaUi(h.page);
  });

  it('offers this computer’s own workbook to open, and says when it is open already', async () => {
    await open(h.services.files.mainPath('partner'));
    await dialog().waitFor();
    expect(await dialog().innerText()).toMatch(/partner’s workbook of this computer/);
    await dialog().getByRole('button', { name: 'Open it' }).click();
    await h.page.getByRole('heading', { name: /Unlock/ }).waitFor();
    await h.page.getByRole('button', { name: 'Back' }).click();
  });

  it('asks before replacing: keeping changes nothing, using the file sets the old one aside', async () => {
    const dir = path.join(h.dataDir, 'workbooks');
    const before = await readFile(h.services.files.mainPath('partner'));
    await open(await fileFromElsewhere('partner', 'Another Riley'));
    await dialog().waitFor();
    const text = await dialog().innerText();
    expect(text).toMatch(/already has a partner’s workbook/);
    expect(text).toMatch(/Nothing is deleted/);
    await h.screenshot('incoming-02-choose');
    await dialog().getByRole('button', { name: 'Keep the one here' }).click();
    await h.page.getByRole('heading', { name: /Unlock/ }).waitFor();
    expect(Buffer.compare(await readFile(h.services.files.mainPath('partner')), before)).toBe(0);
    await h.page.getByRole('button', { name: 'Back' }).click();

    await open(await fileFromElsewhere('partner', 'Another Riley'));
    await dialog().getByRole('button', { name: 'Use the file instead' }).click();
    await h.page.getByRole('heading', { name: /Unlock/ }).waitFor();
    const aside = (await readdir(dir)).filter((n) => n.startsWith('partner.replaced-'));
    expect(aside).toHaveLength(1);
    expect(Buffer.compare(await readFile(path.join(dir, aside[0]!)), before)).toBe(0);
    await h.page.getByLabel('Passphrase').fill(ELSEWHERE);
    await h.page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect.poll(() => h.page.locator('.shell-subtitle').innerText()).toBe('Another Riley');
  });

  it('while that workbook is open, replacing waits for it to be locked', async () => {
    await open(await fileFromElsewhere('partner', 'Third Riley'));
    await dialog().waitFor();
    expect(await dialog().innerText()).toMatch(/Lock it first/);
    await dialog().getByRole('button', { name: 'Use the file instead' }).click();
    await dialog().getByRole('alert').waitFor();
    expect(await dialog().getByRole('alert').innerText()).toMatch(/lock it first/);
    expect(h.services.workbooks.isUnlocked('partner')).toBe(true);
    await h.screenshot('incoming-03-lock-first');
    await dialog().getByRole('button', { name: 'Not now' }).click();
    await dialog().waitFor({ state: 'detached' });
    // The dialog closes at once and tells the main process without waiting for it.
    await expect.poll(() => h.services.incoming.pending()).toBeNull();
    await lockViaUi(h.page);
  });

  it('a damaged or foreign file gets a clear message and nothing changes', async () => {
    const names = async () => (await readdir(path.join(h.dataDir, 'workbooks'))).sort();
    const before = await names();
    const damaged = path.join(looseDir, 'damaged.dwb');
    await writeFile(damaged, (await readFile(await fileFromElsewhere('disclosing', 'Cut short'))).subarray(0, 400));
    await open(damaged);
    await dialog().waitFor();
    expect(await dialog().innerText()).toMatch(/damaged or incomplete.*Nothing was changed/s);
    await h.screenshot('incoming-04-damaged');
    await dialog().getByRole('button', { name: 'Close' }).click();

    const foreign = path.join(looseDir, 'holiday.dwb');
    await writeFile(foreign, 'PK\u0003\u0004 not a workbook at all');
    await open(foreign);
    await dialog().waitFor();
    expect(await dialog().innerText()).toMatch(/not a workbook/);
    await h.page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    expect(await names()).toEqual(before);
  });

  it('waits behind the plain screen after Quick hide, and shows once the person continues', async () => {
    await createWorkbookViaUi(h, 'disclosing', 'Jordan', PASSPHRASE);
    await h.page.getByRole('button', { name: 'Quick hide' }).click();
    await h.page.getByRole('button', { name: 'Continue' }).waitFor();
    await open(await fileFromElsewhere('disclosing', 'Other Jordan'));
    // Give the window every chance to (wrongly) show it.
    await h.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    expect(await dialog().count()).toBe(0);
    expect(await h.page.locator('body').innerText()).not.toMatch(/workbook file/i);
    await h.page.getByRole('button', { name: 'Continue' }).click();
    await dialog().waitFor();
    await dialog().getByRole('button', { name: 'Not now' }).click();
  });

  it('opening another workbook while one is open locks the open one first (saving), then asks for the passphrase', async () => {
    await h.page.getByRole('button', { name: `Unlock Partner's workbook` }).click();
    await h.page.getByLabel('Passphrase').fill(ELSEWHERE);
    await h.page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await h.page.getByRole('navigation', { name: 'Sections' }).waitFor();
    await open(h.services.files.mainPath('disclosing'));
    await dialog().getByRole('button', { name: 'Open it' }).click();
    await h.page.getByRole('heading', { name: 'Unlock the disclosure workbook' }).waitFor();
    expect(h.services.workbooks.isUnlocked('partner')).toBe(false);
  });
});
