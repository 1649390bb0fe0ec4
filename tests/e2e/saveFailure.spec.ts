import { describe, expect, it } from 'vitest';
import { fillableDisk, PASSPHRASE, useHarness } from './harness';

/** A full disk must never silently cost the person what they typed. */
const disk = fillableDisk();

const h = useHarness({ fs: disk.fs });

describe('saving when the disk is full', () => {
  it('shows a clear message, keeps the workbook open on Lock, and saves once there is space', async () => {
    await h.createWorkbookViaUi('partner', 'Riley', PASSPHRASE);
    await h.page.getByRole('button', { name: 'This workbook', exact: true }).click();
    disk.full = true;
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
    await expect.poll(() => h.page.evaluate(() => document.activeElement?.closest('[role="alertdialog"]') !== null)).toBe(true);
    await h.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(h.services.workbooks.isUnlocked('partner')).toBe(true);
    await h.page.getByRole('button', { name: 'Lock', exact: true }).click();
    await dialog.waitFor();

    disk.full = false;
    await dialog.getByRole('button', { name: 'Try again and lock' }).click();
    await h.page.locator('.workbook-card').first().waitFor();
    expect(h.services.workbooks.isUnlocked('partner')).toBe(false);
    await h.unlockViaUi('partner', PASSPHRASE);
    await expect.poll(() => h.page.locator('.shell-subtitle').innerText()).toBe('Riley, typed while the disk was full');

    // With the question open, Quick hide still hides and locks at once (the header button is behind the dialog).
    await h.page.getByRole('button', { name: 'This workbook', exact: true }).click();
    disk.full = true;
    await h.page.getByLabel('Name shown in this workbook').fill('Riley, typed before hiding');
    await h.page.waitForSelector('[data-testid="save-status"][data-state="error"]');
    await h.page.getByRole('button', { name: 'Lock', exact: true }).click();
    await dialog.getByRole('button', { name: 'Quick hide' }).click();
    await h.page.getByRole('button', { name: 'Continue' }).waitFor();
    await expect.poll(() => h.services.workbooks.isUnlocked('partner')).toBe(false);
    expect(await h.page.locator('body').innerText()).not.toMatch(/Riley|Partner/);
    disk.full = false;
  });
});
