import { describe, expect, it } from 'vitest';
import { inventoryCardSchema } from '../schema';
import { diffDrafts } from './draftDiff';
import { formatMoney, inventoryTotals, parseMoney } from './inventoryTotals';
import { countWords, describeReadingTime, plainBlocksToRichText, readingAloudMinutes, richTextToPlainText } from './richText';

describe('rich text helpers', () => {
  const doc = plainBlocksToRichText([
    { type: 'heading', level: 2, text: 'What I did' },
    { type: 'paragraph', text: 'I lied to you about where I was.' },
    { type: 'bullet', items: ['First item', 'Second item'] },
    { type: 'quote', text: '"I was at work."' },
  ]);

  it('turns a Lexical document into plain text, one line per block', () => {
    expect(richTextToPlainText(doc)).toBe('What I did\nI lied to you about where I was.\nFirst item\nSecond item\n"I was at work."');
    expect(richTextToPlainText(null)).toBe('');
  });

  it('counts words and reading-aloud time at about 130 words a minute', () => {
    expect(countWords("I didn't tell my co-worker, 3 times.")).toBe(7);
    expect(countWords('')).toBe(0);
    expect(readingAloudMinutes(130)).toBe(1);
    expect(readingAloudMinutes(131)).toBe(2);
    expect(readingAloudMinutes(30_000)).toBe(231);
    expect(describeReadingTime(0)).toBe('Nothing written yet');
    expect(describeReadingTime(50)).toBe('Less than a minute to read aloud');
    expect(describeReadingTime(1300)).toBe('About 10 minutes to read aloud');
    expect(describeReadingTime(30_000)).toBe('About 3 hours 51 minutes to read aloud');
  });
});

describe('diffDrafts', () => {
  it('marks added words on the right and removed words on the left', () => {
    const c = diffDrafts('I went out only a few times.', 'I went out 14 times.');
    expect(c.before.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['only a few']);
    expect(c.after.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['14']);
    expect(c.before.every((p) => p.kind !== 'added')).toBe(true);
    expect(c.after.every((p) => p.kind !== 'removed')).toBe(true);
    expect(c.addedWords).toBe(1);
    expect(c.removedWords).toBe(3);
  });

  it('reports no change for identical texts', () => {
    const c = diffDrafts('same words', 'same words');
    expect(c.addedWords + c.removedWords).toBe(0);
  });
});

describe('inventory totals', () => {
  const card = (over: Record<string, unknown>) => inventoryCardSchema.parse({ id: String(Math.random()), category: 'other', ...over });
  it('adds money and people for cards that happened or might have, and counts categories', () => {
    const t = inventoryTotals([
      card({ category: 'paidSex', happened: 'yes', moneyAmount: 1200.5, peopleCount: 3, unprotectedContact: true }),
      card({ category: 'datingApps', happened: 'notSure', moneyAmount: 80, peopleCount: 10, knownPeople: [{ id: 'p', label: 'J.', knownToPartner: true, ongoingContact: true }] }),
      card({ category: 'stripClubs', happened: 'no', moneyAmount: 999 }),
      card({ category: 'pornography' }),
    ]);
    expect(t).toMatchObject({ money: 1280.5, people: 13, categories: 2, knownPeople: 1, ongoingContact: 1, unanswered: 1, unprotectedContact: true });
  });

  it('parses typed amounts leniently and refuses non-numbers', () => {
    expect(parseMoney('1,200')).toBe(1200);
    expect(parseMoney('$ 300.50')).toBe(300.5);
    expect(parseMoney('€40')).toBe(40);
    expect(parseMoney('about 300')).toBeNull();
    expect(parseMoney('')).toBeNull();
    expect(formatMoney(1280.5)).toMatch(/1.?280\.5/);
  });
});
