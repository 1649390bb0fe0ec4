import type { Migration } from './index';

type Doc = Record<string, unknown>;
const obj = (v: unknown): Doc | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Doc) : null);

/**
 * Version 3 (the therapist hand-off):
 * - an inventory card's `moneyAmount` number becomes `money` { low, high, currency, text } in the
 *   workbook's currency (US dollars, which is what version 1 assumed when it printed amounts);
 * - released questions get the partner's stable `number`; a version-1 import had none, so they are
 *   numbered in session order (1, 2, 3 ...), which is how the partner's list showed them;
 * - answers get the "reviewed with my therapist" tick (off), partner questions a number (none yet)
 *   and the question section its next number: all through schema defaults.
 * Nothing anyone wrote is dropped.
 */
export const migration0003: Migration = {
  from: 2,
  describe: 'Money as written; stable question numbers; reviewed answers',
  up(doc) {
    const next: Doc = { ...doc };
    const sections = obj(doc['sections']);
    if (!sections || doc['role'] !== 'disclosing') return next;
    const s: Doc = { ...sections };
    const inventory = obj(s['inventory']);
    if (inventory && Array.isArray(inventory['cards'])) {
      s['inventory'] = {
        ...inventory,
        cards: (inventory['cards'] as unknown[]).map((raw): unknown => {
          const card = obj(raw);
          if (!card) return raw;
          const { moneyAmount, ...rest } = card;
          return typeof moneyAmount === 'number'
            ? { ...rest, money: { low: moneyAmount, high: null, currency: 'USD', text: '' } }
            : rest;
        }),
      };
    }
    const answers = obj(s['answers']);
    const packet = obj(answers?.['packet']);
    if (answers && packet && Array.isArray(packet['questions'])) {
      const ordered = (packet['questions'] as unknown[])
        .map((q) => obj(q))
        .filter((q): q is Doc => q !== null)
        .sort((a, b) => Number(a['order'] ?? 0) - Number(b['order'] ?? 0));
      s['answers'] = {
        ...answers,
        packet: { ...packet, questions: ordered.map((q, i) => ({ number: i + 1, ...q })) },
      };
    }
    next['sections'] = s;
    return next;
  },
};
