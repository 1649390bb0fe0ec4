import type { InventoryCard } from '../schema';
import type { InventoryCategoryId } from '../categories';

export interface InventoryTotals {
  /** Sum of money recorded on cards that did happen (or might have). */
  readonly money: number;
  /** Sum of "how many people" across those cards (people may overlap between categories). */
  readonly people: number;
  /** People the partner knows, flagged on any card. */
  readonly knownPeople: number;
  /** People with whom contact is still ongoing. */
  readonly ongoingContact: number;
  /** Categories marked "yes" or "not sure". */
  readonly categories: number;
  readonly categoryIds: readonly InventoryCategoryId[];
  /** Cards with nothing chosen yet. */
  readonly unanswered: number;
  readonly unprotectedContact: boolean;
}

/** A card counts (in totals, the letter's facts, timeline links) when it happened or might have. */
export const countsInInventory = (card: Pick<InventoryCard, 'happened'>): boolean =>
  card.happened === 'yes' || card.happened === 'notSure';

export function inventoryTotals(cards: readonly InventoryCard[]): InventoryTotals {
  let money = 0;
  let people = 0;
  let knownPeople = 0;
  let ongoingContact = 0;
  let unanswered = 0;
  let unprotectedContact = false;
  const categoryIds = new Set<InventoryCategoryId>();
  for (const card of cards) {
    if (card.happened === 'unanswered') unanswered++;
    if (!countsInInventory(card)) continue;
    categoryIds.add(card.category);
    money += card.moneyAmount ?? 0;
    people += card.peopleCount ?? 0;
    knownPeople += card.knownPeople.filter((p) => p.knownToPartner).length;
    ongoingContact += card.knownPeople.filter((p) => p.ongoingContact).length;
    if (card.unprotectedContact) unprotectedContact = true;
  }
  return {
    money: Math.round(money * 100) / 100,
    people,
    knownPeople,
    ongoingContact,
    categories: categoryIds.size,
    categoryIds: [...categoryIds],
    unanswered,
    unprotectedContact,
  };
}

/** The largest amount and head count a card can hold (the schema's limits, so a typed value always saves). */
export const MAX_MONEY_AMOUNT = 1e12;
export const MAX_PEOPLE_COUNT = 1_000_000;

/**
 * Parses what someone types as an amount: "1,200", "1200.50", "$ 300", "€40".
 * Null if it is not a number, or is more than the card can hold.
 */
export function parseMoney(text: string): number | null {
  const cleaned = text.replace(/[\s$€£¥,]/g, '').replace(/^(usd|eur|gbp)/i, '');
  if (cleaned === '') return null;
  if (!/^\d+(?:\.\d{1,2})?$/.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) && n <= MAX_MONEY_AMOUNT ? n : null;
}

/** Parses a typed head count: a whole number, spaces around it ignored. Null otherwise. */
export function parsePeopleCount(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,7}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n <= MAX_PEOPLE_COUNT ? n : null;
}

export function formatMoney(amount: number): string {
  return amount.toLocaleString(undefined, { minimumFractionDigits: 0, maximumFractionDigits: 2 });
}
