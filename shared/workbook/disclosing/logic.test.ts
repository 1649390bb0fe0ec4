import { describe, expect, it } from 'vitest';
import { MAX_MONEY } from '../money';
import { inventoryCardSchema, moneySchema } from '../schema';
import { unansweredCount } from './answers';
import { diffDrafts } from './draftDiff';
import { inventoryTotals, MAX_PEOPLE_COUNT, parsePeopleCount } from './inventoryTotals';

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
  const card = (over: Record<string, unknown>) =>
    inventoryCardSchema.parse({ id: String(Math.random()), category: 'other', ...over });
  it('adds money and people for cards that happened or might have, and counts categories', () => {
    const t = inventoryTotals([
      card({
        category: 'paidSex',
        happened: 'yes',
        money: { low: 1200.5, high: null, currency: 'USD', text: '' },
        peopleCount: 3,
        unprotectedContact: true,
      }),
      card({
        category: 'datingApps',
        happened: 'notSure',
        money: { low: 80, high: null, currency: 'USD', text: '' },
        peopleCount: 10,
        knownPeople: [{ id: 'p', label: 'J.', knownToPartner: true, ongoingContact: true }],
      }),
      card({ category: 'stripClubs', happened: 'no', money: { low: 999, high: null, currency: 'USD', text: '' } }),
      card({ category: 'pornography' }),
    ]);
    expect(t).toMatchObject({
      money: ['$1,280.50'],
      people: 13,
      categories: 2,
      knownPeople: 1,
      ongoingContact: 1,
      unanswered: 1,
      unprotectedContact: true,
    });
  });

  it('accepts only amounts and head counts that the card can save', () => {
    expect(moneySchema.shape.low.safeParse(MAX_MONEY).success).toBe(true);
    expect(moneySchema.shape.low.safeParse(MAX_MONEY + 1).success).toBe(false);

    expect(parsePeopleCount(' 3 ')).toBe(3);
    expect(parsePeopleCount('0')).toBe(0);
    expect(parsePeopleCount(String(MAX_PEOPLE_COUNT))).toBe(MAX_PEOPLE_COUNT);
    expect(parsePeopleCount(String(MAX_PEOPLE_COUNT + 1))).toBeNull();
    for (const bad of ['', 'about 3', '2.5', '-1', '3 or 4', '1e3']) expect(parsePeopleCount(bad)).toBeNull();
    expect(inventoryCardSchema.shape.peopleCount.safeParse(MAX_PEOPLE_COUNT).success).toBe(true);
    expect(inventoryCardSchema.shape.peopleCount.safeParse(MAX_PEOPLE_COUNT + 1).success).toBe(false);
  });
});

describe('unansweredCount', () => {
  const question = (id: string, order: number) => ({
    id,
    order,
    number: order + 1,
    answerMode: null,
    text: `Question ${id}`,
    category: 'timeline' as const,
    priority: 'needToKnow' as const,
  });
  const packet = {
    packetId: 'p',
    releasedAt: 'r',
    importedAt: 'i',
    questions: [question('a', 0), question('b', 1), question('c', 2)],
  };

  it('counts questions with neither an answer nor a letter section; blank text does not count as an answer', () => {
    expect(unansweredCount({ packet: null, answers: {} })).toBe(0);
    expect(unansweredCount({ packet, answers: {} })).toBe(3);
    expect(
      unansweredCount({
        packet,
        answers: {
          a: { text: 'It started in 2016.', letterSection: '', reviewedWithTherapist: false },
          b: { text: '', letterSection: 'People', reviewedWithTherapist: false },
          c: { text: '   ', letterSection: ' ', reviewedWithTherapist: false },
        },
      }),
    ).toBe(1);
  });
});
