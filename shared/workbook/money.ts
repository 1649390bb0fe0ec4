/**
 * Money as people write it: "2000-3000", "about $2,400", "£300", "roughly 1.5k"... An amount or
 * an honest range with its currency; what cannot be read as an amount is kept as it was typed.
 * Printing never shows "4,600.5": whole amounts have no decimals, others exactly two.
 */
import type { Money } from './schema';

export const MAX_MONEY = 1e12;

/** The currencies the workbook setting offers (ISO 4217), with the symbol people type for them. */
export const CURRENCIES = [
  { code: 'USD', symbol: '$', label: 'US dollars ($)' },
  { code: 'CAD', symbol: 'CA$', label: 'Canadian dollars (CA$)' },
  { code: 'AUD', symbol: 'A$', label: 'Australian dollars (A$)' },
  { code: 'NZD', symbol: 'NZ$', label: 'New Zealand dollars (NZ$)' },
  { code: 'GBP', symbol: '£', label: 'Pounds sterling (£)' },
  { code: 'EUR', symbol: '€', label: 'Euros (€)' },
  { code: 'CHF', symbol: 'CHF', label: 'Swiss francs (CHF)' },
  { code: 'INR', symbol: '₹', label: 'Indian rupees (₹)' },
  { code: 'JPY', symbol: '¥', label: 'Japanese yen (¥)' },
  { code: 'ZAR', symbol: 'R', label: 'South African rand (R)' },
] as const;

const SYMBOLS: [RegExp, string][] = [
  [/ca\$|c\$|cad/i, 'CAD'],
  [/a\$|aud/i, 'AUD'],
  [/nz\$|nzd/i, 'NZD'],
  [/us\$|usd/i, 'USD'],
  [/£|gbp/i, 'GBP'],
  [/€|eur/i, 'EUR'],
  [/chf/i, 'CHF'],
  [/₹|inr/i, 'INR'],
  [/¥|jpy/i, 'JPY'],
  [/zar/i, 'ZAR'],
  [/\$/, ''], // a plain "$" means the workbook's own dollar, or US dollars
];

const HEDGES =
  /\b(about|around|between|approximately|approx\.?|roughly|maybe|perhaps|circa|ca\.|nearly|almost|at least|more than|over|up to|some|est\.?|estimated|in total|total)\b|~|\+$/gi;

function amount(token: string): number | null {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*(k|thousand)?$/i.exec(token.trim());
  if (!m) return null;
  const whole = Number(m[1]!.replace(/,/g, ''));
  const cents = m[2] ? Number(`0.${m[2]}`) : 0;
  const n = (whole + cents) * (m[3] ? 1000 : 1);
  return Number.isFinite(n) && n <= MAX_MONEY ? Math.round(n * 100) / 100 : null;
}

/**
 * Read what was typed. Always returns a Money: when no amount can be read, `low` is null and
 * the words are kept in `text`, so nothing typed is lost.
 */
export function parseMoneyText(typed: string, workbookCurrency: string): Money {
  const text = typed.trim().slice(0, 2_000);
  let currency = workbookCurrency;
  let rest = text;
  for (const [pattern, code] of SYMBOLS) {
    if (pattern.test(rest)) {
      if (code) currency = code;
      else if (!['USD', 'CAD', 'AUD', 'NZD'].includes(workbookCurrency)) currency = 'USD';
      rest = rest.replace(new RegExp(pattern.source, 'gi'), ' ');
      break;
    }
  }
  rest = rest.replace(HEDGES, ' ').replace(/\s+/g, ' ').trim();
  const range = /^(.+?)\s*(?:-|–|—|to|and)\s*(.+)$/i.exec(rest);
  if (range) {
    const low = amount(range[1]!);
    const high = amount(range[2]!);
    if (low !== null && high !== null && high >= low) {
      return { low, high: high === low ? null : high, currency, text };
    }
  }
  const single = amount(rest);
  if (single !== null) return { low: single, high: null, currency, text };
  return { low: null, high: null, currency: workbookCurrency, text };
}

function formatAmount(n: number, currency: string): string {
  const whole = Number.isInteger(n);
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2,
    }).format(n);
  } catch {
    return `${n.toLocaleString('en-US', { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 })} ${currency}`;
  }
}

/** "$2,400", "$2,000 to $3,000", "£300.50"; the typed words when no amount could be read. */
export function formatMoneyValue(money: Money): string {
  if (money.low === null) return money.text.trim();
  if (money.high === null) return formatAmount(money.low, money.currency);
  return `${formatAmount(money.low, money.currency)} to ${formatAmount(money.high, money.currency)}`;
}

/**
 * Totals per currency: "$5,440" or "$4,000 to $5,200" (ranges add up as ranges); amounts that
 * could not be read are counted, never guessed.
 */
export function moneyTotals(values: readonly (Money | null)[]): { totals: string[]; unread: number } {
  const by = new Map<string, { low: number; high: number; range: boolean }>();
  let unread = 0;
  for (const m of values) {
    if (!m) continue;
    if (m.low === null) {
      if (m.text.trim()) unread++;
      continue;
    }
    const t = by.get(m.currency) ?? { low: 0, high: 0, range: false };
    t.low += m.low;
    t.high += m.high ?? m.low;
    if (m.high !== null) t.range = true;
    by.set(m.currency, t);
  }
  const totals = [...by.entries()].map(([currency, t]) => {
    const low = Math.round(t.low * 100) / 100;
    const high = Math.round(t.high * 100) / 100;
    return formatMoneyValue({ low, high: t.range && high !== low ? high : null, currency, text: '' });
  });
  return { totals, unread };
}
