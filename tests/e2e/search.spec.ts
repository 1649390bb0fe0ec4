/**
 * Search within the open workbook (Ctrl+F): finds text across its sections, lists matches by
 * section with a snippet, jumps to the match, keeps nothing, and is gone after a lock.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainBlocksToRichText } from '../../shared/workbook/richText';
import { PASSPHRASE, useHarness } from './harness';

const WORD = 'Lanternfish';

const h = useHarness({ width: 1280, height: 800 }, async (h) => {
  const { content } = await h.services.workbooks.create('disclosing', 'Sample', PASSPHRASE);
  if (content.role !== 'disclosing') throw new Error('role');
  const s = content.sections;
  s.timeline.entries.push({
    id: 't1',
    date: 'spring 2019',
    category: 'emotionalAffairs',
    description: `We met at the ${WORD} café most Fridays.`,
    inventoryCardIds: [],
  });
  s.letter.current = plainBlocksToRichText([
    { type: 'heading', level: 2, text: 'What happened' },
    { type: 'paragraph', text: `I lied about the ${WORD.toLowerCase()} evenings, more than once.` },
  ]);
  s.readiness.contacts = `My sponsor, then a walk by the ${WORD.toUpperCase()} lake.`;
  await h.services.workbooks.save('disclosing', content);
  await h.services.workbooks.lock('disclosing');
  await h.reload();
});

const highlighted = () =>
  h.page.evaluate(() => {
    const hl = CSS.highlights.get('workbook-search');
    const range = hl ? ([...hl] as Range[])[0] : undefined;
    return range ? range.toString() : null;
  });

describe('search within the open workbook', () => {
  it('Ctrl+F finds text in every section, by section with a snippet, and jumps to it', async () => {
    await h.unlockViaUi('disclosing', PASSPHRASE);
    const page = h.page;
    await page.keyboard.press('Control+f');
    const box = page.getByRole('searchbox', { name: 'Find text in this workbook' });
    await box.waitFor();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('search');

    await box.fill('l');
    await expect.poll(() => page.getByTestId('search-status').innerText()).toMatch(/at least 2 characters/);
    await box.fill(WORD.toLowerCase());
    await expect.poll(() => page.getByTestId('search-status').innerText()).toBe('3 matches in 3 sections.');
    const search = page.getByRole('search');
    const groups = await search.locator('section.search-group h3').allInnerTexts();
    expect(groups.map((g) => g.replace(/\s*\(\d+\)$/, ''))).toEqual(['Timeline', 'The disclosure letter', 'Readiness and care']);
    const snippets = await search.locator('button.search-match').allInnerTexts();
    expect(snippets[0]).toBe(`We met at the ${WORD} café most Fridays.`);
    expect(await search.locator('mark').allInnerTexts()).toEqual([WORD, WORD.toLowerCase(), WORD.toUpperCase()]);
    await h.screenshot('search-01-results');

    // A field: the match is selected in it.
    await search.getByRole('button', { name: /^Go to Readiness and care/ }).click();
    await page.getByRole('heading', { level: 2, name: /Readiness/ }).waitFor();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLTextAreaElement | null;
          return el?.tagName === 'TEXTAREA' ? el.value.slice(el.selectionStart, el.selectionEnd) : null;
        }),
      )
      .toBe(WORD.toUpperCase());

    // Text on the page (the letter, a timeline entry): marked and in view.
    await search.getByRole('button', { name: /^Go to The disclosure letter/ }).click();
    await page.getByRole('heading', { level: 2, name: /letter/i }).waitFor();
    await expect.poll(highlighted).toBe(WORD.toLowerCase());
    await h.screenshot('search-02-letter-match');
    await search.getByRole('button', { name: /^Go to Timeline/ }).click();
    await page.getByRole('heading', { level: 2, name: /Timeline/ }).waitFor();
    await expect.poll(highlighted).toBe(WORD);
    const inView = await page.evaluate(() => {
      const range = ([...(CSS.highlights.get('workbook-search') ?? [])] as Range[])[0];
      const r = range?.getBoundingClientRect();
      return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);

    // Enter goes to the first match; nothing found says so.
    await box.fill('no such words here');
    await expect.poll(() => page.getByTestId('search-status').innerText()).toMatch(/^Nothing in this workbook matches/);

    // Escape goes back to the section list, and the marks go.
    await box.focus();
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    expect(await page.getByRole('search').count()).toBe(0);
    expect(await highlighted()).toBeNull();
  });

  it('keeps nothing: not in preferences, storage or files, and gone after a lock', async () => {
    const page = h.page;
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Find text in this workbook' }).fill('sponsor');
    await expect.poll(() => page.getByTestId('search-status').innerText()).toBe('1 match in 1 section.');
    await h.lockViaUi();
    expect(await page.getByRole('search').count()).toBe(0);
    expect(await highlighted()).toBeNull();
    const stored = await page.evaluate(() =>
      [localStorage, sessionStorage].map((store) => Object.entries(store).join('|')).join('|'),
    );
    expect(stored).not.toMatch(/sponsor/i);
    expect(JSON.stringify(h.services.preferences.get())).not.toMatch(/sponsor/i);
    const files = await readdir(h.dataDir, { recursive: true });
    for (const f of files) {
      const bytes = await readFile(path.join(h.dataDir, f)).catch(() => null);
      if (bytes) expect(bytes.toString('latin1')).not.toMatch(/sponsor|lanternfish/i);
    }

    await h.unlockViaUi('disclosing', PASSPHRASE);
    await page.keyboard.press('Control+f');
    await expect.poll(() => page.getByRole('searchbox', { name: 'Find text in this workbook' }).inputValue()).toBe('');
  });
});
