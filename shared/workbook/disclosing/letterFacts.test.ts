import { describe, expect, it } from 'vitest';
import { inventoryCardSchema } from '../schema';
import { countsInInventory } from './inventoryTotals';
import { cardFacts, cardLabel, entryFacts } from './letterFacts';

const card = (over: Record<string, unknown>) => inventoryCardSchema.parse({ id: 'c', category: 'other', ...over });

describe('letter facts', () => {
  it('writes one plain sentence from a card, in a fixed order, leaving out what is empty', () => {
    const c = card({
      category: 'physicalAffairs',
      happened: 'yes',
      firstTime: '06/2021',
      mostRecent: '2024-01-20',
      frequency: '7 times',
      peopleCount: 3,
      places: ['hotel', 'car'],
      money: { low: 960, high: null, currency: 'USD', text: '' },
      moneySource: 'my work card',
      unprotectedContact: true,
    });
    expect(cardFacts(c)).toMatch(
      /^Physical affairs: first time 06\/2021; most recent 2024-01-20; how often: 7 times; 3 people; places: [^;]+, [^;]+; money: \$960 from my work card; contact without protection\.$/,
    );
    expect(cardFacts(card({ category: 'datingApps', happened: 'notSure', peopleCount: 1 }))).toBe(
      'Dating or hookup apps (not sure): 1 person.',
    );
    expect(cardFacts(card({ category: 'stripClubs', happened: 'yes' }))).toBe('Strip clubs: no details yet.');
  });

  it('names an "other" card by its own label when it has one', () => {
    expect(cardLabel(card({ label: 'Hidden credit card' }))).toBe('Hidden credit card');
    expect(cardLabel(card({ label: '' }))).toBe('Other');
    expect(
      cardFacts(
        card({ label: 'Hidden credit card', happened: 'yes', money: { low: 3100, high: null, currency: 'USD', text: '' } }),
      ),
    ).toMatch(/^Hidden credit card: money: \$3,100\.$/);
  });

  it('writes a timeline line, saying so when the date is not known', () => {
    expect(entryFacts({ date: 'spring 2019', description: 'Made my first dating app profile.' })).toBe(
      'spring 2019: Made my first dating app profile.',
    );
    expect(entryFacts({ date: '', description: 'Deleted the messages.' })).toBe('Date not known: Deleted the messages.');
  });

  it('counts a card when it happened or might have', () => {
    expect(['yes', 'notSure', 'no', 'unanswered'].map((happened) => countsInInventory({ happened: happened as 'yes' }))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
