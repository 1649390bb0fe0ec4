/**
 * Everyday use: the window holds still (only the content pane scrolls), removals can be undone,
 * the keyboard reaches everything, and the large samples behave.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/workbook/schema';
import { MILESTONE_TEXTS } from '../../shared/guidance/clinicalTexts';
import { richTextForReading } from '../../shared/workbook/disclosing/draftDiff';
import { timelineByYear } from '../../shared/workbook/disclosing/timelineByYear';
import { openWorkbook, sectionTitles, useHarness } from './harness';

// Both workbooks, filled with the large samples, written through the real service.
const h = useHarness({ width: 1280, height: 800 }, async (h) => {
  await openWorkbook(h, 'disclosing', { sample: 'large' });
  await openWorkbook(h, 'partner', { sample: 'large' });
  await h.reload();
});

/** Lock everything, open the window again and unlock `role`'s workbook. */
async function reopenAs(role: Role) {
  await h.services.workbooks.lockAll();
  await h.reload();
  await h.unlockViaUi(role);
}

/** The document never grows past the window and never scrolls; the header stays at the top. */
async function expectShellStill(page: Page, where: string) {
  const state = await page.evaluate(() => {
    const doc = document.scrollingElement ?? document.documentElement;
    const header = document.querySelector('.shell-header')?.getBoundingClientRect();
    const shell = document.querySelector('.shell');
    return {
      docHeight: doc.scrollHeight,
      docWidth: doc.scrollWidth,
      viewportHeight: window.innerHeight,
      viewportWidth: window.innerWidth,
      scrollTop: doc.scrollTop,
      shellScrollTop: shell?.scrollTop ?? -1,
      headerTop: header?.top ?? -1,
    };
  });
  expect({ where, ...state }).toEqual({
    where,
    docHeight: state.viewportHeight,
    docWidth: state.viewportWidth,
    viewportHeight: state.viewportHeight,
    viewportWidth: state.viewportWidth,
    scrollTop: 0,
    shellScrollTop: 0,
    headerTop: 0,
  });
}

describe('the window holds still', () => {
  for (const role of ['disclosing', 'partner'] as const) {
    it(`${role}: every section keeps the header in view after wheel and Tab`, async () => {
      await reopenAs(role);
      const page = h.page;
      const titles = await sectionTitles(page);
      expect(titles.length).toBeGreaterThan(5);
      for (const title of titles) {
        await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: title }).click();
        await page.getByRole('heading', { level: 2, name: title }).waitFor();
        await expectShellStill(page, `${role} ${title} opened`);
        // Wheel over the section list, then over the content.
        const nav = await page.locator('.shell-nav').boundingBox();
        if (nav) await page.mouse.move(nav.x + nav.width / 2, nav.y + nav.height / 2);
        for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 1500);
        const main = await page.locator('.shell-main').boundingBox();
        if (main) await page.mouse.move(main.x + main.width / 2, main.y + main.height / 2);
        for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 1500);
        await expectShellStill(page, `${role} ${title} after wheel`);
        // Tab through the section.
        await page.locator('.shell-main h2').first().focus();
        for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
        await expectShellStill(page, `${role} ${title} after Tab`);
      }
    });
  }

  it('"Show in the letter" moves the letter, not the window', async () => {
    await reopenAs('disclosing');
    const page = h.page;
    await h.openSection('The disclosure letter');
    const editor = page.getByRole('textbox', { name: /letter/i }).first();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' It was because you were never home.');
    await page.getByRole('button', { name: 'Show the notes' }).click();
    const shows = page.getByRole('button', { name: 'Show in the letter' });
    await shows.last().click();
    await expectShellStill(page, 'after Show in the letter (last)');
    await shows.first().click();
    await expectShellStill(page, 'after Show in the letter (first)');
    await h.screenshot('everyday-01-letter-show-in-letter');
  });
});

/** The Undo notice is inside the window, and says what went. */
async function expectNoticeInView(text: RegExp) {
  const notice = h.page.getByTestId('undo-notice');
  await expect.poll(() => notice.innerText()).toMatch(text);
  const box = await notice.boundingBox();
  const viewport = h.page.viewportSize();
  expect(box && viewport && box.y >= 0 && box.y + box.height <= viewport.height).toBe(true);
}
/** Saved content follows the autosave pause: poll generously. */
const poll = <T>(read: () => T) => expect.poll(read, { timeout: 20_000, interval: 100 });
const focusedTag = () => h.page.evaluate(() => document.activeElement?.tagName ?? '');

describe('every removal can be undone', () => {
  it('lies, polygraph questions, timeline entries, people and "Other" cards', async () => {
    await reopenAs('disclosing');
    const content = () => h.services.workbooks.content('disclosing');
    const sectionsNow = () => {
      const c = content();
      if (c.role !== 'disclosing') throw new Error('wrong role');
      return c.sections;
    };
    const page = h.page;

    // Lies: one click removes, focus goes to the next item, Undo puts it back at its place.
    await h.openSection('Lies and gaslighting');
    const before = sectionsNow().lies.items.map((i) => i.id);
    const firstCover = await page.getByLabel('What I said or did (cover story 1)').inputValue();
    const secondCover = await page.getByLabel('What I said or did (cover story 2)').inputValue();
    await page.getByRole('button', { name: 'Remove cover story 1' }).click();
    await expectNoticeInView(/Cover story 1 was removed/);
    await expect.poll(focusedTag).toBe('LI');
    expect(await page.getByLabel('What I said or did (cover story 1)').inputValue()).toBe(secondCover);
    await h.screenshot('everyday-02-undo-lie');
    await page.getByTestId('undo-notice').getByRole('button', { name: /Undo/ }).click();
    await expect.poll(() => page.getByLabel('What I said or did (cover story 1)').inputValue()).toBe(firstCover);
    await poll(() => sectionsNow().lies.items.map((i) => i.id)).toEqual(before);
    expect(await page.getByTestId('undo-notice').innerText()).toBe('');

    // Ctrl+Z (outside a text field) undoes too.
    await page.getByRole('button', { name: 'Remove cover story 2' }).click();
    await expectNoticeInView(/Cover story 2 was removed/);
    await page.keyboard.press('Control+z');
    await poll(() => sectionsNow().lies.items.map((i) => i.id)).toEqual(before);

    // Polygraph questions.
    await h.openSection('Polygraph questions');
    const questions = sectionsNow().polygraph.questions.map((q) => q.id);
    expect(questions.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Remove question 1' }).click();
    await expectNoticeInView(/Question 1 was removed/);
    await poll(() => sectionsNow().polygraph.questions.length).toBe(questions.length - 1);
    await page.getByTestId('undo-notice').getByRole('button', { name: /Undo/ }).click();
    await poll(() => sectionsNow().polygraph.questions.map((q) => q.id)).toEqual(questions);

    // Timeline: far down the list, the notice is still in view and focus stays in the list.
    await h.openSection('Timeline');
    const entries = sectionsNow().timeline.entries.length;
    const deleteButtons = page.getByTestId('timeline-list').getByRole('button', { name: /^Delete entry/ });
    await deleteButtons.nth(20).scrollIntoViewIfNeeded();
    await deleteButtons.nth(20).click();
    await expectNoticeInView(/The entry from .* was removed/);
    await expect.poll(focusedTag).toBe('LI');
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid=timeline-list]'))).toBe(true);
    await poll(() => sectionsNow().timeline.entries.length).toBe(entries - 1);
    await h.screenshot('everyday-03-undo-timeline');
    await page.getByTestId('undo-notice').getByRole('button', { name: /Undo/ }).click();
    await poll(() => sectionsNow().timeline.entries.length).toBe(entries);

    // Inventory: an "Other" card can be removed (and comes back).
    await h.openSection('Inventory');
    await page.getByRole('button', { name: 'Add an “Other” card' }).click();
    await page.getByLabel('A short name for this card').last().fill('Gambling sites');
    await poll(() => sectionsNow().inventory.cards.some((c) => c.label === 'Gambling sites')).toBe(true);
    const others = sectionsNow().inventory.cards.filter((c) => c.category === 'other').length;
    await page.getByRole('button', { name: /Remove this card \(Other: Gambling sites\)/ }).click();
    await expectNoticeInView(/Other: Gambling sites/);
    await poll(() => sectionsNow().inventory.cards.filter((c) => c.category === 'other').length).toBe(others - 1);
    await page.getByTestId('undo-notice').getByRole('button', { name: /Undo/ }).click();
    await poll(() => sectionsNow().inventory.cards.filter((c) => c.category === 'other').length).toBe(others);

    // The last one in a list: focus goes to the list's heading.
    await h.openSection('Polygraph questions');
    for (let n = sectionsNow().polygraph.questions.length; n > 0; n--) {
      await page.getByRole('button', { name: 'Remove question 1' }).click();
      await poll(() => sectionsNow().polygraph.questions.length).toBe(n - 1);
    }
    await expect.poll(focusedTag).toBe('H2');
  });

  it('partner lists: support people, boundaries, questions', async () => {
    await reopenAs('partner');
    const sectionsNow = () => {
      const c = h.services.workbooks.content('partner');
      if (c.role !== 'partner') throw new Error('wrong role');
      return c.sections;
    };
    const page = h.page;
    await h.openSection('My support people');
    const people = sectionsNow().support.people.map((p) => p.id);
    await page
      .getByRole('button', { name: /^Remove / })
      .first()
      .click();
    await expectNoticeInView(/was removed/);
    await poll(() => sectionsNow().support.people.length).toBe(people.length - 1);
    await page.getByTestId('undo-notice').getByRole('button', { name: /Undo/ }).click();
    await poll(() => sectionsNow().support.people.map((p) => p.id)).toEqual(people);

    await h.openSection('My questions');
    const questions = sectionsNow().questions.items.map((q) => q.id);
    await page.getByRole('button', { name: 'Remove question 3', exact: true }).click();
    await expectNoticeInView(/Question 3 was removed/);
    await poll(() => sectionsNow().questions.items.length).toBe(questions.length - 1);
    await h.screenshot('everyday-04-undo-question');
    await page.getByTestId('undo-notice').getByRole('button', { name: /Undo/ }).click();
    await poll(() => sectionsNow().questions.items.map((q) => q.id)).toEqual(questions);
  });
});

describe('keyboard', () => {
  it('after unlock focus is in the content, a skip link comes first, and the workbook reopens where I left off', async () => {
    await reopenAs('disclosing');
    const page = h.page;
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    // The skip link is the first thing in the tab order, and it leads to the content.
    const first = await page.evaluate(
      () => document.querySelector('.shell')?.querySelector('a[href], button, input, select, textarea')?.textContent,
    );
    expect(first).toBe('Skip to the content');
    await page.getByRole('link', { name: 'Skip to the content' }).focus();
    await h.screenshot('everyday-05-skip-link');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');

    await h.openSection('Timeline');
    await poll(() => h.services.workbooks.content('disclosing').lastSectionId).toBe('timeline');
    await reopenAs('disclosing');
    await h.page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    await expect.poll(() => h.page.evaluate(() => document.activeElement?.textContent)).toBe('Timeline');

    // Enter on a timeline Edit opens the form with focus in it; Escape closes it and returns to Edit.
    const edit = h.page
      .getByTestId('timeline-list')
      .getByRole('button', { name: /^Edit entry/ })
      .first();
    await edit.focus();
    await h.page.keyboard.press('Enter');
    await expect.poll(() => h.page.evaluate(() => !!document.activeElement?.closest('form[aria-label="Edit entry"]'))).toBe(true);
    await h.page.keyboard.press('Escape');
    await expect.poll(() => h.page.locator('form[aria-label="Edit entry"]').count()).toBe(0);
    await expect.poll(() => h.page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Edit entry/);
  });
});

describe('big and unusual text', () => {
  it('200,000 pasted characters give a few grouped notes, a "field is full" message; Hebrew in a field reads right to left', async () => {
    await reopenAs('disclosing');
    const page = h.page;
    await h.openSection('Lies and gaslighting');
    const phrase = 'It only happened once, and I was drunk. ';
    const big = phrase.repeat(Math.ceil(200_000 / phrase.length)).slice(0, 200_000);
    const field = page.getByLabel('What I said or did (cover story 1)');
    await field.fill(big);
    const notes = page.getByTestId('field-language-notes').first();
    await expect.poll(() => notes.getAttribute('data-count'), { timeout: 30_000 }).not.toBe(null);
    expect(Number(await notes.getAttribute('data-count'))).toBeGreaterThan(2_000);
    expect(await notes.locator('li').count()).toBeLessThanOrEqual(10);
    expect(await notes.getByTestId('note-repeat').first().innerText()).toMatch(/comes up [\d,]+ times/);
    await page.getByTestId('field-full').first().waitFor();
    const docHeight = await page.evaluate(() => document.querySelector('.shell-main')?.scrollHeight ?? 0);
    expect(docHeight).toBeLessThan(20_000);
    await h.screenshot('everyday-06-big-text');

    // Hebrew in a field and in the letter: the direction follows the text.
    const second = page.getByLabel('What I said or did (cover story 2)');
    await second.fill('אמרתי שאני בעבודה.');
    await expect.poll(() => second.getAttribute('dir')).toBe('auto');
    expect(await second.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');

    // The letter editor too: a Hebrew paragraph starts at the right edge, next to English ones.
    await h.openSection('The disclosure letter');
    const editor = page.getByRole('textbox', { name: /letter/i }).first();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('אמרתי שאני בעבודה.');
    // Each paragraph takes the direction of its own text (unicode-bidi: plaintext), whatever dir Lexical writes.
    // Polled: the typed paragraph reaches the page once Lexical has reconciled it (a busy machine may take a moment).
    const gaps = () =>
      editor.evaluate((el) =>
        [...el.querySelectorAll('p')]
          .filter((p) => /^(אמרתי|This is everything)/.test(p.textContent))
          .map((p) => {
            const range = document.createRange();
            range.selectNodeContents(p);
            const text = range.getBoundingClientRect();
            const box = p.getBoundingClientRect();
            return { starts: p.textContent.slice(0, 5), atLeft: text.left - box.left < 2, atRight: box.right - text.right < 2 };
          }),
      );
    await expect.poll(gaps, { timeout: 30_000 }).toEqual([
      { starts: 'This ', atLeft: true, atRight: false },
      { starts: 'אמרתי', atLeft: false, atRight: true },
    ]);
  });
});

describe('start-up', () => {
  it('the home screen loads without the workbook screens and the editor; they load when a workbook opens', async () => {
    await h.services.workbooks.lockAll();
    const requested: string[] = [];
    h.context.on('request', (r) => requested.push(r.url()));
    await h.reload();
    await h.page.locator('.workbook-card').first().waitFor();
    await h.page.waitForLoadState('networkidle');
    expect(requested.filter((u) => /WorkbookShell|TherapistScreen/.test(u))).toEqual([]);
    await h.unlockViaUi('partner');
    expect(requested.some((u) => /WorkbookShell/.test(u))).toBe(true);
  });
});

/** Nothing runs past the window sideways at 1280x800, 1024x700 and 900x620, in both themes; a screenshot of each. */
async function fitsAtEverySize(name: string, target: Locator) {
  const page = h.page;
  const themeBefore = await page.evaluate(() => document.documentElement.dataset.theme ?? '');
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    for (const size of [
      { width: 1280, height: 800 },
      { width: 1024, height: 700 },
      { width: 900, height: 620 },
    ]) {
      await page.setViewportSize(size);
      await target.scrollIntoViewIfNeeded();
      const wide = await page.evaluate(() => {
        const main = document.querySelector('.shell-main');
        return {
          document: document.documentElement.scrollWidth > window.innerWidth,
          content: !!main && main.scrollWidth > main.clientWidth + 1,
        };
      });
      expect({ name, theme, size, wide }).toEqual({ name, theme, size, wide: { document: false, content: false } });
      await h.screenshot(`${name}-${theme}-${size.width}x${size.height}`);
    }
  }
  await page.evaluate((t) => (document.documentElement.dataset.theme = t), themeBefore);
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('letter drafts keep their shape', () => {
  it('Compare keeps the earlier draft\u2019s paragraphs, headings and lists; View draft shows it read only; Escape cancels Restore', async () => {
    await reopenAs('disclosing');
    const page = h.page;
    await h.openSection('The disclosure letter');
    await page.getByTestId('draft-1').waitFor();
    const draft1 = h.disclosing().sections.letter.drafts.find((d) => d.number === 1);
    const blocks = richTextForReading(draft1?.content);
    const headings = blocks.filter((b) => b.type === 'heading').length;
    const paragraphs = blocks.filter((b) => b.type === 'paragraph').length;
    expect(headings).toBeGreaterThan(0);

    await page.getByLabel('Earlier version').selectOption({ label: 'Draft 1' });
    await page.getByLabel('Later version').selectOption({ label: 'Draft 2' });
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const earlier = page.getByRole('region', { name: 'Draft 1', exact: true });
    await earlier.locator('.compare-text').waitFor();
    // One element per block, as in the draft: never one run of text ("bedone...").
    expect(await earlier.locator('.compare-text > p.compare-heading').count()).toBe(headings);
    expect(await earlier.locator('.compare-text > p:not(.compare-heading)').count()).toBe(paragraphs);
    const firstParagraph = blocks.find((b) => b.type === 'paragraph');
    expect(await earlier.locator('.compare-text > p:not(.compare-heading)').first().innerText()).toBe(
      firstParagraph?.parts.map((p) => p.text).join(''),
    );
    await earlier.scrollIntoViewIfNeeded();
    await h.screenshot('everyday-drafts-compare');
    await fitsAtEverySize('everyday-drafts-compare', earlier);

    const draftItem = page.getByTestId('draft-1');
    await draftItem.getByRole('button', { name: 'View draft 1' }).click();
    const view = page.getByRole('region', { name: 'Draft 1, read only' });
    await view.waitFor();
    expect(await view.locator('.compare-heading').count()).toBe(headings);
    expect(await view.locator('[contenteditable], textarea, input').count()).toBe(0);
    await view.scrollIntoViewIfNeeded();
    await h.screenshot('everyday-drafts-view');
    await fitsAtEverySize('everyday-drafts-view', view);
    await view.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => view.count()).toBe(0);

    await draftItem.getByRole('button', { name: 'Restore draft 1' }).click();
    await draftItem.getByRole('button', { name: 'Yes, restore draft 1' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => draftItem.getByRole('button', { name: 'Yes, restore draft 1' }).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('View draft 1');
  });
});

describe('the timeline chart and milestones', () => {
  it('marks milestones greyed beside the bars, never in the count, and the table says so', async () => {
    await reopenAs('disclosing');
    await h.openSection('Timeline');
    const timeline = h.disclosing().sections.timeline;
    const expected = timelineByYear(timeline.entries, timeline.milestones);
    expect(expected.milestones).toBeGreaterThan(0);
    const chart = h.page.locator('figure.dz-chart');
    await chart.waitFor();
    const counts = await chart.locator('.dz-chart-count').allInnerTexts();
    expect(counts.map(Number)).toEqual(expected.rows.map((r) => r.total));
    // The entries' counts add up to the dated entries: milestones are not among them.
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(timeline.entries.length - expected.undated);
    const marks = await chart.getByTestId('chart-milestones').allInnerTexts();
    expect(marks).toEqual(expected.rows.map((r) => (r.milestones.length ? MILESTONE_TEXTS.chartCount(r.milestones.length) : '')));
    const table = chart.locator('table');
    expect(await table.locator('caption').innerText()).toBe(MILESTONE_TEXTS.chartCaption);
    expect(await table.locator('thead th').last().innerText()).toBe(MILESTONE_TEXTS.chartColumn);
    const withMilestone = expected.rows.find((r) => r.milestones.length > 0);
    expect(
      await table
        .locator('tbody tr', { hasText: String(withMilestone?.year) })
        .locator('td')
        .last()
        .innerText(),
    ).toContain(withMilestone?.milestones[0]?.label ?? '?');
    await chart.scrollIntoViewIfNeeded();
    for (const size of [
      { width: 1280, height: 800 },
      { width: 900, height: 620 },
    ]) {
      await h.page.setViewportSize(size);
      await chart.scrollIntoViewIfNeeded();
      await h.screenshot(`everyday-timeline-chart-milestones-${size.width}x${size.height}`);
    }
    await h.page.setViewportSize({ width: 1280, height: 800 });
  });
});
