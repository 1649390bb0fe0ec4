/**
 * Creating a workbook (issue 17): the first field has focus, "Show passphrase", a Caps Lock
 * warning, and a visible reason while Create is not offered; the recovery key in two rows of four
 * at every supported size, copied through clipboard care, with the advice to keep it on paper.
 * Unlocking: the same passphrase field (Show passphrase, Caps Lock), with the calm wrong-passphrase
 * message and its growing pause kept.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemoryClipboard } from '../../electron/core/clipboardService';
import { CREATE_TEXTS, PASSPHRASE_FIELD_TEXTS, RECOVERY_KEY_TEXTS, UNLOCK_TEXTS } from '../../shared/guidance/everydayTexts';
import { expectAccessible, lockViaUi, PASSPHRASE, startHarness, type Harness } from './harness';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
  { width: 900, height: 620 },
] as const;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ width: 1280, height: 800 });
});
afterAll(() => h?.close());

const whyDisabled = (page: Page) => page.getByTestId('why-disabled').innerText();

/** A key press as Chromium sends it with Caps Lock on (playwright cannot toggle the lock itself). */
async function keyWithCapsLock(page: Page, label: string, capsLock: boolean) {
  await page.getByLabel(label, { exact: true }).evaluate((input, on) => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: on ? 'A' : 'a', bubbles: true, modifierCapsLock: on }));
  }, capsLock);
}

describe('creating a workbook', () => {
  it('focuses the first field, says why Create waits, shows the passphrase on request and warns of Caps Lock', async () => {
    const page = h.page;
    await page.getByRole('button', { name: 'Create Disclosure workbook' }).click();
    const create = page.getByRole('button', { name: 'Create workbook' });
    await create.waitFor();
    const nameField = page.getByLabel(CREATE_TEXTS.nameLabel);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await nameField.getAttribute('id'));
    // The form kit's field: its hint is read with it, and it follows the direction of what is typed.
    const nameHint = await nameField.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${nameHint}"]`).innerText()).toBe(CREATE_TEXTS.nameHint);
    expect(await nameField.getAttribute('dir')).toBe('auto');
    expect(await create.isDisabled()).toBe(true);
    expect(await whyDisabled(page)).toBe(PASSPHRASE_FIELD_TEXTS.why.empty);
    // The reason is read with the button.
    const describedBy = await create.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toBe(PASSPHRASE_FIELD_TEXTS.why.empty);

    await page.getByLabel('Passphrase', { exact: true }).fill('short');
    await expect.poll(() => whyDisabled(page)).toMatch(/at least 10 characters/);
    await page.getByLabel('Passphrase', { exact: true }).fill('password1234');
    await expect.poll(() => whyDisabled(page)).toMatch(/easy to guess/);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await expect.poll(() => whyDisabled(page)).toBe(PASSPHRASE_FIELD_TEXTS.why.typeAgain);
    await page.getByLabel('Passphrase again').fill('quiet river');
    await expect.poll(() => whyDisabled(page)).toBe(PASSPHRASE_FIELD_TEXTS.why.mismatch);
    expect(await create.isDisabled()).toBe(true);

    await keyWithCapsLock(page, 'Passphrase again', true);
    await page.getByTestId('caps-lock').waitFor();
    expect(await page.getByTestId('caps-lock').innerText()).toBe(PASSPHRASE_FIELD_TEXTS.capsLock);
    const show = page.getByRole('button', { name: PASSPHRASE_FIELD_TEXTS.show });
    await show.click();
    await expect.poll(() => show.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.getByLabel('Passphrase', { exact: true }).getAttribute('type')).toBe('text');
    await expect.poll(() => page.getByLabel('Passphrase again').getAttribute('type')).toBe('text');
    await expectAccessible(page, 'create, passphrase shown');
    const themeBefore = await page.evaluate(() => document.documentElement.dataset.theme ?? '');
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.getByTestId('why-disabled').scrollIntoViewIfNeeded();
        expect({ theme, size, wide: await page.evaluate(() => document.documentElement.scrollWidth > innerWidth) }).toEqual({
          theme,
          size,
          wide: false,
        });
        await h.screenshot(`create-why-disabled-${theme}-${size.width}x${size.height}`);
      }
    }
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), themeBefore);
    await page.setViewportSize(SIZES[0]);
    await keyWithCapsLock(page, 'Passphrase again', false);
    await expect.poll(() => page.getByTestId('caps-lock').count()).toBe(0);
    await show.click();
    await expect.poll(() => page.getByLabel('Passphrase again').getAttribute('type')).toBe('password');

    await page.getByLabel('Passphrase again').fill(PASSPHRASE);
    await expect.poll(() => create.isDisabled()).toBe(false);
    expect(await page.getByTestId('why-disabled').count()).toBe(0);
    expect(await create.getAttribute('aria-describedby')).toBeNull();
    await create.click();
    await page.getByTestId('recovery-key').waitFor();
  });

  it('shows the recovery key in two rows of four at every size, copies it through clipboard care, never offers a file', async () => {
    const page = h.page;
    const key = page.getByTestId('recovery-key');
    const text = (await key.innerText()).replace(/\s+/g, '-');
    expect(text).toMatch(/^(\w{4}-){7}\w{4}$/);
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        const rows = await key.locator('span').evaluateAll((spans) => {
          const tops = spans.map((s) => Math.round(s.getBoundingClientRect().top));
          return [...new Set(tops)].map((top) => tops.filter((t) => t === top).length);
        });
        expect({ size, rows }).toEqual({ size, rows: [4, 4] });
        await h.screenshot(`recovery-key-${theme}-${size.width}x${size.height}`);
      }
    }
    await page.setViewportSize(SIZES[0]);
    expect(await page.getByTestId('recovery-key-advice').innerText()).toContain('apart from this computer');
    expect(await page.getByRole('button', { name: /save|download|file/i }).count()).toBe(0);

    // What the copy puts on the clipboard: the key as typed at unlock.
    await page.evaluate(() => {
      document.addEventListener('copy', (e) => {
        (window as unknown as { copiedKey?: string | undefined }).copiedKey = e.clipboardData?.getData('text/plain');
      });
    });
    await page.getByRole('button', { name: RECOVERY_KEY_TEXTS.copy }).click();
    await expect.poll(() => page.getByTestId('recovery-key-copied').innerText()).toBe(RECOVERY_KEY_TEXTS.copied);
    expect(await page.evaluate(() => (window as unknown as { copiedKey?: string }).copiedKey)).toBe(text);
    await expectAccessible(page, 'recovery key');

    // The system clipboard now holds the key; locking the workbook clears it (clipboard care).
    const clipboard = h.services.clipboardAccess as MemoryClipboard;
    clipboard.writeText(text);
    await page.getByLabel('I have saved my recovery key somewhere safe').check();
    await page.getByRole('button', { name: 'Continue to my workbook' }).click();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    await lockViaUi(page);
    await page.getByText('The text you copied from your workbook was cleared from the clipboard.').waitFor();
    expect(clipboard.readText()).toBe('');
  });

  it('unlocks with the same passphrase field: Show passphrase, Caps Lock warning, calm message and growing pause', async () => {
    const page = h.page;
    await page.getByRole('button', { name: 'Unlock Disclosure workbook' }).click();
    const field = page.getByLabel(UNLOCK_TEXTS.passphraseLabel, { exact: true });
    await field.waitFor();
    // The field has focus on arrival.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await field.getAttribute('id'));
    expect(await field.getAttribute('type')).toBe('password');

    // Every text the alert shows, recorded as it appears (the countdown then moves on by itself).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { unlockAlerts: string[] }).unlockAlerts = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="unlock-error"]')?.textContent ?? '';
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const alerts = () => page.evaluate(() => (window as unknown as { unlockAlerts: string[] }).unlockAlerts);
    const unlock = page.getByRole('button', { name: UNLOCK_TEXTS.unlock, exact: true });

    await field.fill('not my passphrase');
    await unlock.click();
    await page.getByTestId('unlock-error').waitFor();
    expect((await alerts())[0]).toMatch(/did not open this workbook/);
    expect((await alerts())[0]).toContain(UNLOCK_TEXTS.waitBeforeTrying(1));
    // The message is read with the field, and what was typed is selected to type over.
    const errorId = await page.getByTestId('unlock-error').getAttribute('id');
    expect((await field.getAttribute('aria-describedby'))?.split(' ')).toContain(errorId);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.evaluate((i: HTMLInputElement) => i.selectionEnd! - i.selectionStart!)).toBe('not my passphrase'.length);

    // The pause grows: after the second wrong passphrase it is two seconds.
    await expect.poll(() => unlock.isDisabled(), { timeout: 15_000 }).toBe(false);
    await field.fill('still not my passphrase');
    await unlock.click();
    await expect.poll(async () => (await alerts()).some((t) => t.includes(UNLOCK_TEXTS.waitBeforeTrying(2)))).toBe(true);
    expect(await unlock.isDisabled()).toBe(true);

    await keyWithCapsLock(page, UNLOCK_TEXTS.passphraseLabel, true);
    await page.getByTestId('caps-lock').waitFor();
    expect(await page.getByTestId('caps-lock').innerText()).toBe(PASSPHRASE_FIELD_TEXTS.capsLock);
    expect((await field.getAttribute('aria-describedby'))?.split(' ')).toContain(
      await page.getByTestId('caps-lock').getAttribute('id'),
    );
    const show = page.getByRole('button', { name: PASSPHRASE_FIELD_TEXTS.show });
    await show.click();
    await expect.poll(() => show.getAttribute('aria-pressed')).toBe('true');
    expect(await field.getAttribute('type')).toBe('text');
    // The click leaves the caret in the field.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await field.getAttribute('id'));
    await expectAccessible(page, 'unlock, passphrase shown, Caps Lock on');
    const themeBefore = await page.evaluate(() => document.documentElement.dataset.theme ?? '');
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        // Everything fits without scrolling the page: the field, the warning, the message and the buttons.
        const fits = await page.evaluate(() => {
          const bottom = document.querySelector('form .actions')?.getBoundingClientRect().bottom ?? Infinity;
          return bottom <= window.innerHeight && document.documentElement.scrollWidth <= window.innerWidth;
        });
        expect({ size, fits }).toEqual({ size, fits: true });
        await h.screenshot(`unlock-caps-lock-${theme}-${size.width}x${size.height}`);
      }
    }
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), themeBefore);
    await page.setViewportSize(SIZES[0]);
    await keyWithCapsLock(page, UNLOCK_TEXTS.passphraseLabel, false);
    await expect.poll(() => page.getByTestId('caps-lock').count()).toBe(0);
    await show.click();
    await expect.poll(() => field.getAttribute('type')).toBe('password');

    // The recovery key field is shown as typed and read without regard to case: no toggle, no warning needed.
    await page.getByRole('button', { name: UNLOCK_TEXTS.useRecoveryKey }).click();
    const keyField = page.getByLabel(UNLOCK_TEXTS.recoveryKeyLabel, { exact: true });
    expect(await keyField.getAttribute('type')).toBe('text');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await keyField.getAttribute('id'));
    expect(await page.getByRole('button', { name: PASSPHRASE_FIELD_TEXTS.show }).count()).toBe(0);
    await page.getByRole('button', { name: UNLOCK_TEXTS.usePassphrase }).click();

    // Once the pause is over, the right passphrase opens the workbook.
    await field.fill(PASSPHRASE);
    await expect.poll(() => unlock.isDisabled(), { timeout: 15_000 }).toBe(false);
    await unlock.click();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    await lockViaUi(page);
  });
});
