import { describe, expect, it } from 'vitest';
import { currentNeedsKeeping, nextDraftNumber } from './letterDrafts';
import { plainBlocksToRichText } from './richText';
import type { Letter } from './schema';

const doc = (...paragraphs: string[]) => plainBlocksToRichText(paragraphs.map((text) => ({ type: 'paragraph' as const, text })));
const draft = (number: number, content = doc(`Draft ${number}`)): Letter['drafts'][number] => ({
  id: `d${number}`,
  number,
  savedAt: '2025-01-01T00:00:00.000Z',
  content,
  feedback: '',
  reviewedByTherapist: false,
});

describe('letter drafts', () => {
  it('numbers the next draft after the highest, even when earlier ones are gone', () => {
    expect(nextDraftNumber([])).toBe(1);
    expect(nextDraftNumber([draft(1), draft(2)])).toBe(3);
    expect(nextDraftNumber([draft(4), draft(2)])).toBe(5);
  });

  it('keeps the current letter before a restore only when no draft already holds its words', () => {
    expect(currentNeedsKeeping({ current: null, drafts: [draft(1)] })).toBe(false);
    expect(currentNeedsKeeping({ current: doc('  '), drafts: [] })).toBe(false);
    expect(currentNeedsKeeping({ current: doc('New words'), drafts: [] })).toBe(true);
    expect(currentNeedsKeeping({ current: doc('Draft 2'), drafts: [draft(1), draft(2)] })).toBe(false);
    expect(currentNeedsKeeping({ current: doc('Draft 2', 'and one more line'), drafts: [draft(1), draft(2)] })).toBe(true);
  });
});
