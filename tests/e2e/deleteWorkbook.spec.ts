/**
 * Delete this workbook (This workbook): passphrase plus typed words; afterwards the home screen
 * offers Create again, and the other workbook is untouched.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTNER_PASSPHRASE, PASSPHRASE, useHarness } from './harness';

const h = useHarness({ width: 900, height: 620 }, async (h) => {
  for (const [role, passphrase] of [
    ['disclosing', PASSPHRASE],
    ['partner', PARTNER_PASSPHRASE],
  ] as const) {
    const { content } = await h.services.workbooks.create(role, 'Sample', passphrase);
    await h.services.workbooks.save(role, content);
    await h.services.workbooks.lock(role);
  }
  await h.reload();
});

const workbookFiles = async () =>
  (await readdir(path.join(h.dataDir, 'workbooks'), { recursive: true })).map((f) => path.basename(String(f)));

describe('delete this workbook', () => {
  it('asks for the passphrase and the typed words, then removes it and offers Create again', async () => {
    const page = h.page;
    await h.unlockViaUi('disclosing', PASSPHRASE);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'This workbook', exact: true }).click();
    await page.getByRole('button', { name: 'Delete this workbook…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete this workbook' });
    await dialog.waitFor();
    const submit = dialog.getByRole('button', { name: 'Delete it from this computer' });
    expect(await submit.isDisabled()).toBe(true);

    // Escape keeps the workbook.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.getByRole('button', { name: 'Delete this workbook…' }).click();
    await dialog.waitFor();

    await dialog.getByLabel('Passphrase of this workbook').fill('not the passphrase');
    await dialog.getByLabel('To confirm, type: delete my workbook').fill('Delete my workbook');
    await expect.poll(() => submit.isDisabled()).toBe(true);
    await dialog.getByLabel('To confirm, type: delete my workbook').fill('delete my workbook');
    await expect.poll(() => submit.isDisabled()).toBe(false);
    await h.screenshot('delete-01-dialog-900x620');
    await submit.click();
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('alert').innerText()).toMatch(/passphrase/i);
    expect((await workbookFiles()).some((f) => f.startsWith('disclosing.'))).toBe(true);

    // The throttle after a wrong passphrase asks for a short wait: try until it lets us.
    await expect
      .poll(
        async () => {
          if ((await dialog.count()) === 0) return 'deleted';
          await dialog.getByLabel('Passphrase of this workbook').fill(PASSPHRASE);
          await submit.click({ timeout: 5_000 });
          return 'asked';
        },
        { timeout: 30_000, interval: 1_500 },
      )
      .toBe('deleted');

    await page.getByText('The workbook was deleted from this computer.').waitFor();
    await page.getByRole('button', { name: 'Create Disclosure workbook' }).waitFor();
    await page.getByRole('button', { name: /Unlock Partner.s workbook/ }).waitFor();
    await h.screenshot('delete-02-home-after');
    const files = await workbookFiles();
    expect(files.filter((f) => f.startsWith('disclosing.'))).toEqual([]);
    expect(files).toContain('partner.dwb');
  });
});
