// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { plainBlocksToRichText } from '../../shared/workbook/richText';
import type { Letter } from '../../shared/workbook/schema';
import { mount, type Mounted } from '../testSupport';
import { DraftsPanel } from './DraftsPanel';

const counted = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../shared/workbook/richText', async (original) => {
  const real = await original<typeof import('../../shared/workbook/richText')>();
  return {
    ...real,
    countWords: (text: string) => {
      counted.calls += 1;
      return real.countWords(text);
    },
  };
});

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const draft = (n: number) => ({
  id: `d${n}`,
  number: n,
  savedAt: '2026-11-30T16:37:00.000Z',
  content: plainBlocksToRichText([{ type: 'paragraph', text: `Draft ${n}: what I need to say.` }]),
  feedback: '',
  reviewedByTherapist: false,
});

describe('DraftsPanel while the letter is written', () => {
  it('counts each saved draft’s words once, not again when the letter changes', () => {
    const drafts = [draft(1), draft(2), draft(3)];
    const letter = (text: string): Letter => ({
      current: plainBlocksToRichText([{ type: 'paragraph', text }]),
      dismissedChecks: [],
      drafts,
    });
    mounted = mount(<DraftsPanel value={letter('I')} onChange={() => undefined} />);
    const first = counted.calls;
    expect(first).toBeGreaterThanOrEqual(3);
    for (const text of ['I t', 'I to', 'I told', 'I told you'])
      mounted.rerender(<DraftsPanel value={letter(text)} onChange={() => undefined} />);
    expect(counted.calls).toBe(first);
    expect(mounted.container.querySelector('[data-testid="draft-2"]')?.textContent).toContain('6');
  });
});
