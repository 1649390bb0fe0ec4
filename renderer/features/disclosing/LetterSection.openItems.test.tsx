// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { plainBlocksToRichText } from '../../../shared/workbook/richText';
import { buildSample } from '../../../shared/workbook/samples';
import type { DisclosingWorkbook } from '../../../shared/workbook/schema';
import { mount, type Mounted } from '../../testSupport';
import { SETTLE_MS } from '../../ui/useSettledValue';
import { LetterSection } from './LetterSection';

/** How often the letter screen worked out its open items (each call searches the whole letter). */
const counted = vi.hoisted(() => ({ coverage: 0 }));
vi.mock('../../../shared/export/openItems', async (original) => {
  const real = await original<typeof import('../../../shared/export/openItems')>();
  return {
    ...real,
    letterCoverageQuestions: (...args: Parameters<typeof real.letterCoverageQuestions>) => {
      counted.coverage += 1;
      return real.letterCoverageQuestions(...args);
    },
  };
});

let mounted: Mounted | null = null;
beforeEach(() => {
  vi.useFakeTimers();
  // An idle moment comes right after the timers that are due (happy-dom's own may not follow fake timers).
  window.requestIdleCallback = (task: IdleRequestCallback) =>
    window.setTimeout(() => task({ didTimeout: false, timeRemaining: () => 50 }), 0);
  window.cancelIdleCallback = (handle: number) => window.clearTimeout(handle);
});
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.useRealTimers();
  delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
  delete (window as { cancelIdleCallback?: unknown }).cancelIdleCallback;
});

const sample = buildSample('disclosing', 'small') as DisclosingWorkbook;
const withLetter = (wb: DisclosingWorkbook, text: string, drafts = wb.sections.letter.drafts): DisclosingWorkbook => ({
  ...wb,
  sections: {
    ...wb.sections,
    letter: { ...wb.sections.letter, current: plainBlocksToRichText([{ type: 'paragraph', text }]), drafts },
  },
});
const itemTexts = () => [...document.querySelectorAll('[data-testid="open-items"] li')].map((li) => li.textContent ?? '');
// Stable, as the shell's are.
const update = () => undefined;
const goTo = () => undefined;
const render = (content: DisclosingWorkbook) => <LetterSection content={content} update={update} goTo={goTo} />;

describe('the letter screen’s open items while a long letter is written', () => {
  it('are worked out once per pause in the writing, not with every save; a change to the drafts shows at once', async () => {
    let content = withLetter(sample, 'I');
    mounted = mount(render(content));
    const first = counted.coverage;
    expect(first).toBeGreaterThanOrEqual(1);
    const before = itemTexts();
    expect(before.some((t) => /Does the letter cover/.test(t))).toBe(true);

    // Five saves while the person types (the editor hands its text over at each short pause).
    for (const text of ['I t', 'I to', 'I told', 'I told you', 'I told you about every category']) {
      content = withLetter(content, text);
      mounted.rerender(render(content));
      await act(async () => vi.advanceTimersByTimeAsync(SETTLE_MS / 3));
    }
    expect(counted.coverage).toBe(first);
    expect(itemTexts()).toEqual(before);

    // The writing pauses: the items follow the letter once.
    await act(async () => vi.advanceTimersByTimeAsync(SETTLE_MS + 50));
    expect(counted.coverage).toBe(first + 1);

    // A draft saved: the working copy is no longer newer than it, at once.
    const saved = { ...content.sections.letter.drafts[0]!, id: 'new', number: 99, content: content.sections.letter.current! };
    content = withLetter(content, 'I told you about every category', [...content.sections.letter.drafts, saved]);
    content = { ...content, sections: { ...content.sections, letter: { ...content.sections.letter, current: saved.content } } };
    mounted.rerender(render(content));
    expect(counted.coverage).toBe(first + 2);
    expect(itemTexts().some((t) => /working copy of the letter is newer/.test(t))).toBe(false);
  });
});
