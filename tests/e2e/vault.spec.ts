import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { WrongSecretError } from '../../electron/core/vault/vault';
import { PARTNER_PASSPHRASE, useHarness } from './harness';

const h = useHarness();

const recoveryKey = (value: string) => ({ method: 'recoveryKey' as const, value });

describe('the vault in the window: a new recovery key, and an older copy noticed', () => {
  let oldKey = '';

  it('replaces the recovery key in This workbook: shown once, the old key opens nothing any more', async () => {
    oldKey = await h.createWorkbookViaUi('partner', 'Alex', PARTNER_PASSPHRASE);
    await h.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'This workbook', exact: true })
      .click();
    const form = h.page.locator('form', { has: h.page.getByRole('heading', { name: 'Replace recovery key' }) });
    await form.scrollIntoViewIfNeeded();
    await h.screenshot('vault-01-replace-recovery-key');
    await form.getByLabel('Your passphrase').fill(PARTNER_PASSPHRASE);
    await form.getByRole('button', { name: 'Make a new recovery key' }).click();
    const shown = h.page.getByTestId('new-recovery-key');
    await shown.waitFor();
    const newKey = (await shown.getByLabel('Recovery key').innerText()).replace(/\s+/g, '-');
    expect(newKey).toMatch(/^(\w{4}-){7}\w{4}$/);
    expect(newKey).not.toBe(oldKey);
    await h.screenshot('vault-02-new-recovery-key-shown');
    await shown.getByRole('button', { name: 'I have written it down' }).click();
    await expect.poll(() => h.page.getByTestId('new-recovery-key').count()).toBe(0);

    // On disk: the old key opens neither the workbook nor any backup; the new one opens the workbook.
    const { vault, files } = h.services;
    const main = (await files.readMain('partner'))!;
    for (const file of [main, ...(await Promise.all((await files.listBackups('partner')).map((f) => files.readFile(f))))]) {
      await expect(vault.unlock(file, recoveryKey(oldKey))).rejects.toBeInstanceOf(WrongSecretError);
    }
    vault.close(await vault.unlock(main, recoveryKey(newKey)));
    await h.lockViaUi();
  });

  it('notices an older copy put in place of the workbook, says so calmly and offers the newest backup', async () => {
    const file = h.services.files.mainPath('partner');
    const older = await readFile(file);
    await h.unlockViaUi('partner', PARTNER_PASSPHRASE);
    await h.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'This workbook', exact: true })
      .click();
    await h.page.getByLabel('Name shown in this workbook').fill('Alex, newer');
    await h.waitForSaved();
    await expect.poll(() => h.services.workbooks.content('partner').displayName).toBe('Alex, newer');
    // A pause in typing puts it in the workbook file (as MAIN_FILE_DELAYS does after a few seconds),
    // so that the workbook file's next save, at lock, keeps it as a backup.
    await h.services.workbooks.saveMainFile('partner');
    await h.page.getByLabel('Name shown in this workbook').fill('Alex, newest');
    await h.waitForSaved();
    await expect.poll(() => h.services.workbooks.content('partner').displayName).toBe('Alex, newest');
    await h.lockViaUi();
    // Someone puts the older copy back in place.
    await writeFile(file, older);

    await h.page.getByRole('button', { name: "Unlock Partner's workbook" }).click();
    await h.page.getByLabel('Passphrase').fill(PARTNER_PASSPHRASE);
    await h.page.getByRole('button', { name: 'Unlock', exact: true }).click();
    const notice = h.page.getByTestId('older-copy');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/This looks like an older copy/);
    expect(await notice.innerText()).toMatch(/Nothing has been changed yet/);
    // Only the notice's two choices (and Back) are offered: Unlock and the recovery-key switch step aside, Enter does nothing.
    expect(await h.page.getByRole('button', { name: 'Unlock', exact: true }).count()).toBe(0);
    expect(await h.page.getByRole('button', { name: 'Use recovery key instead' }).count()).toBe(0);
    await expect.poll(() => h.page.evaluate(() => document.activeElement?.textContent)).toBe('Open the newest backup instead');
    await h.page.getByLabel('Passphrase').press('Enter');
    await expect.poll(() => notice.isVisible()).toBe(true);
    await h.screenshot('vault-03-older-copy-notice');

    await notice.getByRole('button', { name: 'Open the newest backup instead' }).click();
    await h.page.getByRole('navigation', { name: 'Sections' }).waitFor();
    await expect.poll(() => h.page.locator('.shell-subtitle').innerText()).toBe('Alex, newer');
    await expect.poll(() => h.page.getByText(/The older copy that was in its place has been kept aside/).count()).toBe(1);
    await h.screenshot('vault-04-restored-from-backup');
    expect(h.services.workbooks.content('partner').displayName).toBe('Alex, newer');
    await h.lockViaUi();
  });
});
