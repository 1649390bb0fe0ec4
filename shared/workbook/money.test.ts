import { describe, expect, it } from 'vitest';
import { formatMoneyValue, moneyTotals, parseMoneyText } from './money';
import { moneySchema } from './schema';

describe('money as people write it', () => {
  it('reads ranges, hedged amounts, symbols and codes', () => {
    expect(parseMoneyText('2000-3000', 'USD')).toMatchObject({ low: 2000, high: 3000, currency: 'USD' });
    expect(parseMoneyText('about $2,400', 'USD')).toMatchObject({ low: 2400, high: null, currency: 'USD' });
    expect(parseMoneyText('£300', 'USD')).toMatchObject({ low: 300, high: null, currency: 'GBP' });
    expect(parseMoneyText('€1.200', 'EUR').low).toBeNull();
    expect(parseMoneyText('between 500 and 800 EUR', 'USD')).toMatchObject({ low: 500, high: 800, currency: 'EUR' });
    expect(parseMoneyText('roughly 1.5k', 'GBP')).toMatchObject({ low: 1500, currency: 'GBP' });
    expect(parseMoneyText('1,200.50', 'USD')).toMatchObject({ low: 1200.5 });
  });
  it('keeps what it cannot read, word for word', () => {
    const m = parseMoneyText('a lot, I never added it up', 'USD');
    expect(m).toEqual({ low: null, high: null, currency: 'USD', text: 'a lot, I never added it up' });
    expect(formatMoneyValue(m)).toBe('a lot, I never added it up');
    expect(parseMoneyText('3000-2000', 'USD').low).toBeNull();
    expect(moneySchema.safeParse(parseMoneyText('999999999999999', 'USD')).success).toBe(true);
  });
  it('never prints one decimal: whole amounts have none, others two', () => {
    expect(formatMoneyValue({ low: 4600.5, high: null, currency: 'USD', text: '' })).toBe('$4,600.50');
    expect(formatMoneyValue({ low: 4600, high: null, currency: 'USD', text: '' })).toBe('$4,600');
    expect(formatMoneyValue({ low: 2000, high: 3000, currency: 'GBP', text: '' })).toBe('£2,000 to £3,000');
  });
  it('adds totals per currency, ranges as ranges, and counts what could not be read', () => {
    const r = moneyTotals([
      { low: 1200.5, high: null, currency: 'USD', text: '' },
      { low: 3400, high: null, currency: 'USD', text: '' },
      { low: 2000, high: 3000, currency: 'USD', text: '' },
      { low: 300, high: null, currency: 'GBP', text: '' },
      { low: null, high: null, currency: 'USD', text: 'some' },
      null,
    ]);
    expect(r.totals).toEqual(['$6,600.50 to $7,600.50', '£300']);
    expect(r.unread).toBe(1);
    expect(r.totals.join(' ')).not.toMatch(/\d\.\d(?!\d)/);
  });
});
