import { describe, expect, it } from 'vitest';
import { PARTNER_PASSPHRASE, PASSPHRASE, useHarness } from './harness';

const h = useHarness();

describe('foundation: shell, create, lock, unlock', () => {
  let disclosingKey = '';

  it('shows both workbooks on the home screen, not created yet', async () => {
    await h.page.getByRole('heading', { name: 'Disclosure Workbook', level: 1 }).waitFor();
    const cards = h.page.locator('.workbook-card');
    await expect.poll(() => cards.count()).toBe(2);
    await expect
      .poll(() => h.page.locator('.workbook-card[data-role=disclosing] .status-chip').innerText())
      .toBe('Not created yet');
    await h.screenshot('01-home-empty');
  });

  it('creates the disclosure workbook with a recovery key, types, and autosaves', async () => {
    disclosingKey = await h.createWorkbookViaUi('disclosing', 'Sam', PASSPHRASE, true);
    expect(disclosingKey).toMatch(/^(\w{4}-){7}\w{4}$/);
    await h.screenshot('04-workbook-disclosing');
    await h.page.getByRole('button', { name: 'This workbook', exact: true }).click();
    await h.page.getByLabel('Name shown in this workbook').fill('Sam R.');
    await h.waitForSaved();
    // The save reached the main process (and disk), not only React state.
    expect(h.services.workbooks.content('disclosing').displayName).toBe('Sam R.');
    await h.screenshot('05-this-workbook');
    await h.lockViaUi();
    expect(h.services.workbooks.isUnlocked('disclosing')).toBe(false);
    await expect.poll(() => h.page.locator('.workbook-card[data-role=disclosing] .status-chip').innerText()).toBe('Locked');
  });

  it('creates the partner workbook separately', async () => {
    await h.createWorkbookViaUi('partner', 'Alex', PARTNER_PASSPHRASE, true);
    await h.lockViaUi();
    await h.screenshot('06-home-both-locked');
  });

  it('answers a wrong passphrase calmly and changes nothing', async () => {
    await h.page.getByRole('button', { name: 'Unlock Disclosure workbook' }).click();
    await h.page.getByLabel('Passphrase').fill('not my passphrase');
    await h.page.getByRole('button', { name: 'Unlock', exact: true }).click();
    const alert = h.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/did not open this workbook/);
    expect(await alert.innerText()).toMatch(/try again in \d+ seconds?\./);
    await h.screenshot('07-wrong-passphrase');
    await h.page.getByRole('button', { name: 'Back' }).click();
  });

  it('unlocks with the passphrase after a restart of the window, content intact', async () => {
    await new Promise((r) => setTimeout(r, 1100)); // the growing delay after one wrong attempt
    await h.reload();
    await h.unlockViaUi('disclosing', PASSPHRASE);
    await expect.poll(() => h.page.locator('.shell-subtitle').innerText()).toBe('Sam R.');
    await h.lockViaUi();
  });

  it('unlocks with the recovery key', async () => {
    await h.page.getByRole('button', { name: 'Unlock Disclosure workbook' }).click();
    await h.page.getByRole('button', { name: 'Use recovery key instead' }).click();
    await h.page.getByLabel('Recovery key').fill(disclosingKey.toLowerCase());
    await h.screenshot('08-recovery-key-unlock');
    await h.page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await h.page.getByRole('navigation', { name: 'Sections' }).waitFor();
    expect(await h.page.getByRole('status').first().innerText()).toMatch(/recovery key/);
    await h.lockViaUi();
  });

  it('quick hide locks everything at once and shows a neutral screen', async () => {
    await h.unlockViaUi('partner', PARTNER_PASSPHRASE);
    // Typing still waiting for autosave is saved before the lock, though the screen goes first.
    await h.page.getByRole('button', { name: 'This workbook', exact: true }).click();
    await h.page.getByLabel('Name shown in this workbook').fill('Alex (hidden mid-word)');
    await h.page.keyboard.press('Control+Shift+H');
    await h.page.getByRole('button', { name: 'Continue' }).waitFor();
    const text = await h.page.locator('body').innerText();
    expect(text).not.toMatch(/Partner|Disclosure|Alex/);
    // The plain screen shows at once; the lock follows as soon as the save is done.
    await expect.poll(() => h.services.workbooks.isUnlocked('partner')).toBe(false);
    await h.screenshot('09-quick-hide');
    await h.page.getByRole('button', { name: 'Continue' }).click();
    // The quick hide button works the same way.
    await h.unlockViaUi('partner', PARTNER_PASSPHRASE);
    await expect.poll(() => h.page.locator('.shell-subtitle').innerText()).toBe('Alex (hidden mid-word)');
    await h.page.getByRole('button', { name: 'Quick hide' }).click();
    await h.page.getByRole('button', { name: 'Continue' }).waitFor();
    await expect.poll(() => h.services.workbooks.isUnlocked('partner')).toBe(false);
    await h.page.getByRole('button', { name: 'Continue' }).click();
  });

  it('locks on a lock-screen or suspend event from the main process', async () => {
    await h.unlockViaUi('partner', PARTNER_PASSPHRASE);
    h.main.powerMonitor.emit('lock-screen');
    await h.page.locator('.workbook-card').first().waitFor();
    expect(await h.page.locator('.shell').count()).toBe(0);
  });

  it('locks automatically after the idle minutes set in preferences, saving pending typing first', async () => {
    await h.page.clock.install();
    await h.unlockViaUi('disclosing', PASSPHRASE);
    await h.page.getByRole('button', { name: 'This workbook', exact: true }).click();
    await h.page.getByLabel('Name shown in this workbook').fill('Sam (idle)');
    await h.page.clock.runFor(10 * 60_000 + 1000);
    await h.page.getByText('locked after a quiet while').waitFor();
    expect(h.services.workbooks.isUnlocked('disclosing')).toBe(false);
    await h.screenshot('10-auto-locked');
    await h.unlockViaUi('disclosing', PASSPHRASE);
    await expect.poll(() => h.page.locator('.shell-subtitle').innerText()).toBe('Sam (idle)');
    await h.lockViaUi();
  });
});
