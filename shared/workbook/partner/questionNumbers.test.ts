import { describe, expect, it } from 'vitest';
import { partnerQuestionSchema } from '../schema';
import { numberReadyQuestions } from './questionNumbers';

const q = (id: string, status: string, number: number | null = null) =>
  partnerQuestionSchema.parse({ id, text: `Question ${id}`, category: 'scope', status, number, createdAt: 'x' });

describe('question numbers', () => {
  it('numbers ready questions in the partner order at first release and keeps them', () => {
    const first = numberReadyQuestions([q('a', 'ready'), q('b', 'draft'), q('c', 'ready')], 1);
    expect(first.items.map((x) => x.number)).toEqual([1, null, 2]);
    expect(first.given).toEqual({ a: 1, c: 2 });
    // Reordered, one deleted, one newly ready: old numbers stay, new ones follow, none reused.
    const items = [first.items[2]!, { ...first.items[1]!, status: 'ready' as const }];
    const second = numberReadyQuestions(items, first.nextNumber);
    expect(second.items.map((x) => [x.id, x.number])).toEqual([
      ['c', 2],
      ['b', 3],
    ]);
    expect(second.nextNumber).toBe(4);
  });
  it('never gives a number already held, even with a stale counter', () => {
    const r = numberReadyQuestions([q('a', 'ready', 7), q('b', 'ready')], 1);
    expect(r.items.map((x) => x.number)).toEqual([7, 8]);
  });
});
