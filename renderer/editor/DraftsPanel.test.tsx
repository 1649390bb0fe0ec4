// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { formatDateTime } from '../../shared/dates';
import { DRAFT_COMPARE_TEXTS, DRAFT_TEXTS } from '../../shared/guidance/draftTexts';
import { plainBlocksToRichText } from '../../shared/workbook/richText';
import type { Letter } from '../../shared/workbook/schema';
import { click, mount, type Mounted } from '../testSupport';
import { DraftsPanel } from './DraftsPanel';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('DraftsPanel dates', () => {
  it('shows each draft’s save time in the one shared format (shared/dates.ts)', () => {
    const savedAt = '2026-11-30T16:37:00.000Z';
    const letter: Letter = {
      current: null,
      dismissedChecks: [],
      drafts: [
        {
          id: 'd1',
          number: 1,
          savedAt,
          content: plainBlocksToRichText([{ type: 'paragraph', text: 'What I need to say.' }]),
          feedback: '',
          reviewedByTherapist: false,
        },
      ],
    };
    mounted = mount(<DraftsPanel value={letter} onChange={() => undefined} />);
    const line = mounted.container.querySelector('[data-testid="draft-1"] .draft-line');
    expect(line?.textContent).toContain(formatDateTime(savedAt));
    // "30 November 2026 at …": the month written out, as on every other screen and in the documents.
    expect(line?.textContent).toMatch(/\d{1,2} November 2026 at \d{2}:\d{2}/);
  });
});

/** Every text the drafts texts can produce for drafts 0–20 and the default letter name. */
function guidanceTexts(): Set<string> {
  const out = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string') out.add(value);
    else if (typeof value === 'function') {
      for (let a = 0; a <= 20; a++) {
        for (let b = 0; b <= 20; b++) {
          const text: unknown = (value as (...args: unknown[]) => unknown)(a, b);
          out.add(String(text));
        }
      }
      if (value.length === 1) out.add(String((value as (s: string) => unknown)(DRAFT_TEXTS.letterNames.letter)));
    } else if (value && typeof value === 'object') Object.values(value).forEach(add);
  };
  add(DRAFT_TEXTS);
  add(DRAFT_COMPARE_TEXTS);
  return out;
}

describe('DraftsPanel wording', () => {
  it('shows only texts from shared/guidance (draftTexts), and counts one word as one', () => {
    const one = (text: string) => plainBlocksToRichText([{ type: 'paragraph', text }]);
    const letter: Letter = {
      current: one('What I need to say, in full.'),
      dismissedChecks: [],
      drafts: [
        {
          id: 'd1',
          number: 1,
          savedAt: '2026-11-29T10:00:00.000Z',
          content: one('Sorry.'),
          feedback: 'Clear.',
          reviewedByTherapist: true,
        },
        {
          id: 'd2',
          number: 2,
          savedAt: '2026-11-30T10:00:00.000Z',
          content: one('What I need to say.'),
          feedback: '',
          reviewedByTherapist: false,
        },
      ],
    };
    mounted = mount(<DraftsPanel value={letter} onChange={() => undefined} />);
    const { container } = mounted;
    const button = (name: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === name) ?? null;
    click(button(DRAFT_TEXTS.view(1)));
    click(button(DRAFT_COMPARE_TEXTS.compare));
    click(button(DRAFT_TEXTS.restore(2)));

    expect(container.querySelector('[data-testid="draft-1"] .draft-line')?.textContent).toContain(DRAFT_TEXTS.words(1));
    expect(DRAFT_TEXTS.words(1)).toBe('1 word');
    const allowed = guidanceTexts();
    for (const d of letter.drafts) allowed.add(formatDateTime(d.savedAt));
    // What the person wrote (the letter's versions, the feedback) is theirs, not product text.
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const shown: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('.compare-text, textarea')) continue;
      const text = node.textContent?.trim() ?? '';
      if (text) shown.push(text);
    }
    const attributes = [...container.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label') ?? '');
    expect(shown.length).toBeGreaterThan(15);
    expect([...shown, ...attributes].filter((t) => !allowed.has(t))).toEqual([]);
  });
});
