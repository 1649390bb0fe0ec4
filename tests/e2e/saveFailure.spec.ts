import * as nodeFs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StorageFs } from '../../electron/core/storage/atomicFile';
import { createWorkbookViaUi, PASSPHRASE, startHarness, unlockViaUi, type Harness } from './harness';

/** A full disk must never silently cost the person what they typed. */
let diskFull = false;
const fullDiskFs: StorageFs = {
  ...nodeFs,
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the overloads need it
  rename: (async (...args: Parameters<typeof nodeFs.rename>) => {
    if (diskFull) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    return nodeFs.rename(...args);
  }) as typeof nodeFs.rename,
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ fs: fullDiskFs });
});
afterAll(() => h?.close());

describe('saving when the disk is full', () => {
  it('shows a clear message, keeps the workbook open on Lock, and saves once there is space', async () => {
    await createWorkbookViaUi(h, 'partner', 'Riley', PASSPHRASE);
    await h.page.getByRole('button', { name: 'This workbook', exact: true }).click();
    diskFull = true;
    await h.page.getByLabel('Name shown in this workbook').fill('Riley, typed while the disk was full');
    const status = h.page.getByTestId('save-status');
    await h.page.waitForSelector('[data-testid="save-status"][data-state="error"]');
    expect(await status.innerText()).toMatch(/disk is full.*previous save is safe/);
    await h.screenshot('20-save-error-disk-full');

    await h.page.getByRole('button', { name: 'Lock', exact: true }).click();
    const dialog = h.page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(h.services.workbooks.isUnlocked('partner')).toBe(true);
    await h.screenshot('21-lock-with-unsaved-changes');
    // The question has focus, and Escape keeps the workbook open as it was.
    expect(await h.page.evaluate(() => document.activeElement?.closest('[role="alertdialog"]') !== null)).toBe(true);
    await h.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(h.services.workbooks.isUnlocked('partner')).toBe(true);
    await h.page.getByRole('button', { name: 'Lock', exact: true }).click();
    await dialog.waitFor();

    diskFull = false;
    await dialog.getByRole('button', { name: 'Try again and lock' }).click();
    await h.page.locator('.workbook-card').first().waitFor();
    expect(h.services.workbooks.isUnlocked('partner')).toBe(false);
    await unlockViaUi(h, 'partner', PASSPHRASE);
    await expect.poll(() => h.page.locator('.shell-subtitle').innerText()).toBe('Riley, typed while the disk was full');

    // With the question open, Quick hide still hides and locks at once (the header button is behind the dialog).
    await h.page.getByRole('button', { name: 'This workbook', exact: true }).click();
    diskFull = true;
    await h.page.getByLabel('Name shown in this workbook').fill('Riley, typed before hiding');
    await h.page.waitForSelector('[data-testid="save-status"][data-state="error"]');
    await h.page.getByRole('button', { name: 'Lock', exact: true }).click();
    await dialog.getByRole('button', { name: 'Quick hide' }).click();
    await h.page.getByRole('button', { name: 'Continue' }).waitFor();
    await expect.poll(() => h.services.workbooks.isUnlocked('partner')).toBe(false);
    expect(await h.page.locator('body').innerText()).not.toMatch(/Riley|Partner/);
    diskFull = false;
  });
});
