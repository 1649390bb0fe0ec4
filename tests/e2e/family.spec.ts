/**
 * Children and family in the inventory, milestones on the timeline, the disclosing partner's own
 * check-in with its gentle hard-day offer, and the partner's own tests and results. Keyboard where
 * it matters, axe on each, a screenshot of each (test-results/screenshots/family-*.png), and
 * lock/unlock keeps everything.
 */
import { describe, expect, it } from 'vitest';
import { PARTNER_PASSPHRASE, PASSPHRASE, focusLandsOn, useHarness } from './harness';

const h = useHarness({ width: 1280, height: 860 });

describe('children, milestones and check-ins', () => {
  it('disclosing: children and family shows its notice first, and a placeholder is enough', async () => {
    await h.createWorkbookViaUi('disclosing', 'Jordan', PASSPHRASE);
    const page = h.page;
    await h.openSection('Inventory');
    const card = page.getByTestId('children-card');
    // The notice is there before anything is opened or written.
    await card.getByRole('note', { name: 'Before you write anything here.' }).waitFor();
    expect(await card.getByRole('note').innerText()).toMatch(/legal and reporting consequences/);
    expect(await card.getByRole('radio').count()).toBe(0);
    // Keyboard only: the toggle, then the radio group, then the placeholder.
    await card.getByRole('button', { name: /Open\s+Children and family/ }).focus();
    await page.keyboard.press('Enter');
    await card.getByRole('radio', { name: 'Not sure' }).focus();
    await page.keyboard.press('Space');
    await card.getByLabel('A placeholder for now').focus();
    await page.keyboard.type('To discuss with my therapist first.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await card.getByText(/planned with your therapist first|plan it with your therapist first/).waitFor();
    await h.waitForSaved();
    expect(h.disclosing().sections.inventory.children).toEqual({
      happened: 'notSure',
      placeholder: 'To discuss with my therapist first.',
      talkedWithTherapist: true,
    });
    await card.scrollIntoViewIfNeeded();
    await h.screenshot('family-01-children');
    await h.expectAccessible('inventory (children)');
  });

  it('disclosing: milestones sit greyed on the same line of time as the entries', async () => {
    const page = h.page;
    await h.openSection('Timeline');
    await page.getByLabel('When', { exact: true }).fill('2016');
    await page.getByLabel('What happened').fill('I made a first dating profile.');
    await page.getByRole('button', { name: 'Add to the timeline' }).click();
    await page.getByLabel('When', { exact: true }).fill('2021');
    await page.getByLabel('What happened').fill('I met someone from the app.');
    await page.getByRole('button', { name: 'Add to the timeline' }).click();
    // Keyboard: Add a milestone moves focus to its first field.
    await page.getByRole('button', { name: 'Add a milestone' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id.startsWith('milestone-') ?? false);
    await page.keyboard.press('ArrowDown'); // Wedding -> A birth
    await page.keyboard.press('Tab');
    await page.keyboard.type('2018');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Our first child is born');
    await h.waitForSaved();
    expect(h.disclosing().sections.timeline.milestones).toEqual([
      expect.objectContaining({ date: '2018', kind: 'birth', label: 'Our first child is born' }),
    ]);
    const items = page.getByTestId('timeline-list').locator(':scope > li');
    await expect.poll(() => items.count()).toBe(3);
    expect(await items.nth(1).getAttribute('data-testid')).toBe('timeline-milestone');
    expect(await items.nth(1).innerText()).toMatch(/Milestone: A birth/);
    await page.getByTestId('timeline-list').scrollIntoViewIfNeeded();
    await h.screenshot('family-02-timeline-milestones');
    await h.expectAccessible('timeline (milestones)');
  });

  it('disclosing: my own check-in answers a hard day gently, with people from Readiness and care', async () => {
    const page = h.page;
    await h.openSection('Readiness and care');
    await page.getByLabel('Contacts: my therapist, sponsor, group and support people').fill('Sponsor M., 555-0101');
    await h.openSection('My check-ins');
    const form = page.getByTestId('self-check-in');
    await form.getByRole('radio', { name: '9', exact: true }).focus();
    await page.keyboard.press('Space');
    const offer = page.getByTestId('hard-day-offer');
    await offer.waitFor();
    expect(await offer.innerText()).toMatch(/Sponsor M\., 555-0101/);
    await form.getByLabel('I feel unsafe at home.').check();
    // Unsafe at home: the emergency number first, then the domestic-violence line before the others.
    const names = await offer.locator('.crisis-name').allInnerTexts();
    expect(names[0]).toMatch(/Domestic Violence/);
    await h.waitForSaved();
    expect(h.disclosing().sections.checkIns.entries).toEqual([
      expect.objectContaining({ distress: 9, unsafeAtHome: true, harmThoughts: false }),
    ]);
    await h.screenshot('family-03-self-check-in');
    await offer.scrollIntoViewIfNeeded();
    await h.screenshot('family-03b-self-check-in-hard-day-offer');
    await h.expectAccessible('my check-ins');
    await offer.getByRole('button', { name: 'Put this away for now' }).click();
    await expect.poll(() => page.getByTestId('hard-day-offer').count()).toBe(0);
    await h.lockViaUi();
  });

  it('partner: a private place for my own tests and results, with a self-care prompt', async () => {
    await h.createWorkbookViaUi('partner', 'Riley', PARTNER_PASSPHRASE);
    const page = h.page;
    await h.openSection('Safety and self-care plan');
    const box = page.getByTestId('own-testing');
    await box.getByText(/Looking after your own health/).waitFor();
    await box.getByRole('button', { name: 'Add a test' }).focus();
    await page.keyboard.press('Enter');
    await focusLandsOn(page, 'INPUT');
    await page.keyboard.type('2 February');
    await page.keyboard.press('Tab');
    await page.keyboard.type('A full STI screen');
    await page.keyboard.press('Tab');
    await page.keyboard.type('All clear');
    await box.getByLabel('Notes for myself (follow-ups, next appointment)').fill('Repeat in three months.');
    await h.waitForSaved();
    expect(h.partner().sections.safetyPlan.testing).toEqual({
      tests: [expect.objectContaining({ date: '2 February', what: 'A full STI screen', result: 'All clear' })],
      notes: 'Repeat in three months.',
    });
    await box.scrollIntoViewIfNeeded();
    await h.screenshot('family-04-partner-testing');
    await h.expectAccessible('safety plan (testing)');
  });

  it('keeps all of it after lock and unlock', async () => {
    await h.lockViaUi();
    await h.unlockViaUi('partner', PARTNER_PASSPHRASE);
    let p = h.page;
    await h.openSection('Safety and self-care plan');
    expect(await p.getByTestId('own-testing').getByLabel('The result, in my words').inputValue()).toBe('All clear');
    await h.lockViaUi();
    await h.unlockViaUi('disclosing', PASSPHRASE);
    p = h.page;
    await h.openSection('Inventory');
    await p.getByRole('button', { name: /Open\s+Children and family/ }).click();
    await expect.poll(() => p.getByLabel('A placeholder for now').inputValue()).toBe('To discuss with my therapist first.');
    await h.openSection('Timeline');
    expect(await p.getByTestId('timeline-milestone').innerText()).toMatch(/Our first child is born/);
    await h.openSection('My check-ins');
    expect(await p.getByTestId('self-check-in').getByLabel('I feel unsafe at home.').isChecked()).toBe(true);
  });
});
