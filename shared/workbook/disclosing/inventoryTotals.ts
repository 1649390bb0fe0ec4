import type { InventoryCard } from '../schema';
import type { InventoryCategoryId } from '../categories';
import { moneyTotals } from '../money';

export interface InventoryTotals {
  /** Money recorded on cards that did happen (or might have), added up per currency ("$4,000 to $5,200"). */
  readonly money: readonly string[];
  /** Amounts written in words that could not be added up. */
  readonly moneyUnread: number;
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
  const money: InventoryCard['money'][] = [];
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
    money.push(card.money);
    people += card.peopleCount ?? 0;
    knownPeople += card.knownPeople.filter((p) => p.knownToPartner).length;
    ongoingContact += card.knownPeople.filter((p) => p.ongoingContact).length;
    if (card.unprotectedContact) unprotectedContact = true;
  }
  const added = moneyTotals(money);
  return {
    money: added.totals,
    moneyUnread: added.unread,
    people,
    knownPeople,
    ongoingContact,
    categories: categoryIds.size,
    categoryIds: [...categoryIds],
    unanswered,
    unprotectedContact,
  };
}

/** The largest head count a card can hold (the schema's limit, so a typed value always saves). */
export const MAX_PEOPLE_COUNT = 1_000_000;

/** Parses a typed head count: a whole number, spaces around it ignored. Null otherwise. */
export function parsePeopleCount(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,7}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n <= MAX_PEOPLE_COUNT ? n : null;
}
