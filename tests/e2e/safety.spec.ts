/**
 * Safety in both workbooks: Pause and the quiet "If things feel too heavy" link on every screen,
 * crisis lines by country (suggested by the browser's language, asked once, kept as a setting;
 * the emergency number first), readiness and consent items, and the gentle hard-day offer after a
 * check-in. Keyboard only where it matters, axe on each new surface, screenshots
 * (test-results/screenshots/safety-*.png), and lock/unlock keeps the answers.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildSample } from '../../shared/workbook/samples';
import type { PartnerWorkbook } from '../../shared/workbook/schema';
import { PARTNER_PASSPHRASE, PASSPHRASE, useHarness } from './harness';

// A New Zealand English browser: the crisis lines start from that suggestion.
const h = useHarness({ width: 1280, height: 860, locale: 'en-NZ' });

/** The emergency line comes before every crisis line in the document order. */
async function emergencyComesFirst(page: Page, scope: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    const emergency = root?.querySelector('[data-testid="crisis-emergency"]');
    const firstLine = root?.querySelector('.crisis-item');
    return !!emergency && !!firstLine && !!(emergency.compareDocumentPosition(firstLine) & Node.DOCUMENT_POSITION_FOLLOWING);
  }, scope);
}

describe('safety in both workbooks', () => {
  it('says plainly on the Create screen what the app cannot protect against', async () => {
    const page = h.page;
    await page.getByRole('button', { name: 'Create Disclosure workbook' }).click();
    const limits = page.getByRole('region', { name: 'What this app cannot protect against' });
    const text = await limits.innerText();
    for (const s of ['keylogger', 'passphrase', 'start screen', 'backup']) expect(text).toContain(s);
    await h.screenshot('safety-01-create-limits');
    await page
      .getByRole('button', { name: /Back|Cancel/ })
      .first()
      .click();
  });

  it('gives the disclosing workbook Pause and the quiet link, keyboard only, with the suggested country first', async () => {
    await h.createWorkbookViaUi('disclosing', 'Jordan', PASSPHRASE);
    const page = h.page;
    await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();

    // Keyboard only: reach the quiet link and open it with Enter.
    const link = page.getByRole('button', { name: 'If things feel too heavy' });
    await link.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'If things feel too heavy' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('crisis-emergency').innerText()).toBe('In immediate danger, call 111.');
    expect(await emergencyComesFirst(page, '[data-testid="heavy-dialog"]')).toBe(true);
    const text = await dialog.innerText();
    expect(text).toContain('Call or text 1737');
    expect(text).toContain('0800 733 843');
    expect(text).toContain('Which country should these lines be for?');
    expect(await dialog.locator('a').count()).toBe(0);
    await h.screenshot('safety-02-heavy-dialog-disclosing');
    await h.expectAccessible('heavy dialog');

    // Changing the choice shows that country's lines at once; confirming keeps it as a setting.
    await dialog.getByLabel('Country for crisis lines').selectOption('GB');
    await expect.poll(() => dialog.getByTestId('crisis-emergency').innerText()).toBe('In immediate danger, call 999 or 112.');
    expect(await dialog.innerText()).toContain('0808 2000 247');
    await dialog.getByRole('button', { name: 'Use this country' }).click();
    await expect.poll(() => h.services.preferences.get().crisisCountry).toBe('GB');
    // Asked once: the question is gone, the lines stay.
    await expect.poll(() => dialog.getByText('Which country should these lines be for?').count()).toBe(0);
    expect(await dialog.innerText()).toContain('116 123');

    // Take a pause from here: the pause screen opens in this workbook too.
    await dialog.getByRole('button', { name: 'Take a pause' }).click();
    const pause = page.getByRole('dialog', { name: 'Pause' });
    await pause.waitFor();
    await h.screenshot('safety-03-pause-disclosing');
    await page.keyboard.press('Escape');
    await expect.poll(() => pause.count()).toBe(0);
    await page.keyboard.press('Control+Shift+P');
    await pause.waitFor();

    // Closed, and the shortcut pressed again before the browser's own `close` event has come
    // (a busy machine let a key through in between): the pause opens again and stays open.
    await page.evaluate(async () => {
      document.querySelector<HTMLDialogElement>('dialog.pause-overlay')?.requestClose();
      await Promise.resolve();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'P', code: 'KeyP', ctrlKey: true, shiftKey: true }));
    });
    await expect.poll(() => page.locator('dialog.pause-overlay[open]').count()).toBe(1);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.locator('dialog.pause-overlay[open]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => pause.count()).toBe(0);
  });

  it('adds the "relationship ending" readiness item to the disclosing workbook, and shows the chosen country on Readiness', async () => {
    const page = h.page;
    await page.getByLabel('One of us has already decided to end the relationship.').check();
    await page.getByText(/may not be the right step now/).waitFor();

    // Danger or thoughts of harm: the emergency number, then the lines; domestic abuse first for danger.
    const notice = page.getByTestId('safety-notice');
    expect(await notice.count()).toBe(0);
    await page.getByLabel('I am having thoughts of harming myself or someone else.').check();
    await notice.waitFor();
    expect(await emergencyComesFirst(page, '[data-testid="safety-notice"]')).toBe(true);
    const names = () => notice.locator('.crisis-name').allInnerTexts();
    expect((await names())[0]).toBe('Samaritans');
    await page.getByLabel('There is a risk of violence or abuse between us, or someone at home feels unsafe.').check();
    await expect.poll(async () => (await names())[0]).toBe('National Domestic Abuse Helpline');
    // This workbook has no crisis page: the note names the page it has.
    expect(await notice.innerText()).toContain('under Readiness and care');
    expect(await notice.innerText()).not.toContain('crisis resources page');
    await notice.scrollIntoViewIfNeeded();
    await h.screenshot('safety-04a-disclosing-danger');
    await h.expectAccessible('disclosing danger notice');
    await page.getByLabel('I am having thoughts of harming myself or someone else.').uncheck();
    await page.getByLabel('There is a risk of violence or abuse between us, or someone at home feels unsafe.').uncheck();
    await expect.poll(() => notice.count()).toBe(0);
    await h.waitForSaved();
    expect(h.disclosing().sections.beforeYouBegin.readiness.relationshipEnding).toBe(true);
    await h.screenshot('safety-04-disclosing-readiness');
    await h.expectAccessible('disclosing before you begin');

    await h.openSection('Readiness and care');
    const aside = page.getByRole('complementary', { name: 'If things feel too heavy' });
    expect(await aside.getByTestId('crisis-emergency').innerText()).toBe('In immediate danger, call 999 or 112.');
    expect(await aside.innerText()).toContain('Samaritans');
    await h.lockViaUi();
  });

  it('thanks the partner only after an answer, and shows readiness and consent items with their notes', async () => {
    await h.createWorkbookViaUi('partner', 'Riley', PARTNER_PASSPHRASE);
    const page = h.page;
    await page.getByRole('heading', { level: 2, name: 'Before you begin' }).waitFor();
    expect(await page.getByTestId('safety-thanks').count()).toBe(0);
    await page.getByText('You decide whether and when a formal disclosure happens.').waitFor();

    await page.getByLabel('None of these is true for me right now.').check();
    await page.getByTestId('safety-thanks').waitFor();
    // Ticking a concern replaces the thanks with the notice and the crisis lines (the chosen country).
    await page.getByLabel('I am afraid for my safety.').check();
    const notice = page.getByTestId('safety-notice');
    await notice.waitFor();
    expect(await page.getByTestId('safety-thanks').count()).toBe(0);
    expect(await notice.getByTestId('crisis-emergency').innerText()).toBe('In immediate danger, call 999 or 112.');
    // Afraid for my safety: the domestic-abuse line comes before the others.
    expect((await notice.locator('.crisis-name').allInnerTexts())[0]).toBe('National Domestic Abuse Helpline');
    expect(await notice.innerText()).toContain('on the crisis resources page');
    await page.getByLabel('I am afraid for my safety.').uncheck();

    await page.getByLabel('I feel pressured about whether or when this happens.').check();
    await page.getByText(/the timing can be changed/).waitFor();
    await h.waitForSaved();
    const before = h.partner().sections.beforeYouBegin;
    expect(before.readiness).toEqual({ noSupport: false, pressured: true, relationshipEnding: false });
    expect(before.safetyNoneApply).toBe(false); // unticked by the concern, and stays an honest answer
    await h.screenshot('safety-05-partner-readiness');
    await h.expectAccessible('partner before you begin');
  });

  it('answers a hard check-in with a gentle, dismissible offer: domestic-violence lines first for unsafe at home, night contacts, Pause', async () => {
    const page = h.page;
    // Someone marked safe at night, through the support list.
    await h.openSection('My support people');
    await page.getByRole('button', { name: /Add a support person or group/ }).click();
    await page.locator('.item-card').first().getByLabel('Name').fill('Morgan');
    await page.locator('.item-card').first().getByLabel('Safe to call at night').check();

    await h.openSection('Check-ins');
    expect(await page.getByTestId('hard-day-offer').count()).toBe(0);
    const group = (legend: string | RegExp) => page.getByRole('group', { name: legend });
    await group('How much anger have you been carrying?').locator('label', { hasText: 'Somewhat' }).click();
    await group('How much grief or sadness have you felt?').locator('label', { hasText: 'A lot' }).click();
    const distress = group(/Overall, how much distress/);
    await distress.getByLabel('7', { exact: true }).check();
    await expect.poll(() => page.getByTestId('hard-day-offer').count()).toBe(0);
    await distress.getByLabel('8', { exact: true }).check();
    const offer = page.getByTestId('hard-day-offer');
    await offer.waitFor();
    expect(await offer.innerText()).toContain('Morgan');
    // Not unsafe at home: the crisis line comes before the domestic abuse line.
    const names = () => offer.locator('.crisis-name').allInnerTexts();
    expect((await names())[0]).toBe('Samaritans');

    await page.getByLabel('I feel unsafe at home.').check();
    await expect.poll(async () => (await names())[0]).toBe('National Domestic Abuse Helpline');
    expect(await offer.getByTestId('crisis-emergency').innerText()).toBe('In immediate danger, call 999 or 112.');
    await offer.scrollIntoViewIfNeeded();
    await h.screenshot('safety-06-hard-day-offer');
    await h.expectAccessible('hard-day offer');

    // It never blocks: the note can still be written, and the offer can be put away (keyboard).
    await page.getByLabel('A note for myself (optional)').fill('A long day.');
    await offer.getByRole('button', { name: 'Put this away for now' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => offer.count()).toBe(0);
    // Something new ticked brings it back.
    await page.getByLabel('I have had thoughts of harming myself.').check();
    await offer.waitFor();
    expect(await offer.innerText()).toContain('deserve care straight away');
    await offer.getByRole('button', { name: 'Take a pause' }).click();
    await page.getByRole('dialog', { name: 'Pause' }).waitFor();
    await page.keyboard.press('Escape');

    await h.waitForSaved();
    const entry = h.partner().sections.checkIns.entries[0];
    expect(entry).toMatchObject({ distress: 8, harmThoughts: true, unsafeAtHome: true, note: 'A long day.' });
    expect(entry?.ratings).toEqual({ anger: 2, grief: 4 });
  });

  it('keeps the answers after lock and unlock, and the quiet link is on every partner section', async () => {
    await h.lockViaUi();
    await h.unlockViaUi('partner', PARTNER_PASSPHRASE);
    const p = h.page;
    // The workbook reopens where it was left (Check-ins); the readiness answer is in Before you begin.
    await h.openSection('Before you begin');
    expect(await p.getByLabel('I feel pressured about whether or when this happens.').isChecked()).toBe(true);
    const sections = await p.getByRole('navigation', { name: 'Sections' }).getByRole('button').allInnerTexts();
    for (const title of sections) {
      await p.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: title }).click();
      await expect.poll(() => p.getByRole('button', { name: 'If things feel too heavy' }).count()).toBe(1);
      expect(await p.getByRole('button', { name: 'Pause', exact: true }).count()).toBe(1);
    }
    await h.openSection('Check-ins');
    expect(await p.getByLabel('I feel unsafe at home.').isChecked()).toBe(true);
    expect(await p.getByLabel('I have had thoughts of harming myself.').isChecked()).toBe(true);
    await p.getByTestId('hard-day-offer').waitFor();

    await h.openSection('Crisis resources');
    expect(await p.getByRole('heading', { name: 'Crisis lines in the United Kingdom' }).count()).toBe(1);
    await h.screenshot('safety-07-crisis-gb');
    await h.expectAccessible('crisis (GB)');
  });

  it('fills the sample with the new answers, and a sample day that felt unsafe at home brings the offer', async () => {
    const sample = buildSample('partner', 'small', new Date()) as PartnerWorkbook;
    expect(sample.sections.beforeYouBegin.safetyNoneApply).toBe(true);
    expect(sample.sections.checkIns.entries.some((e) => e.unsafeAtHome)).toBe(true);
    expect(sample.sections.checkIns.entries.some((e) => typeof e.ratings['grief'] === 'number')).toBe(true);
  });
});
