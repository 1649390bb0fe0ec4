/**
 * Plain, editable sentences built from the inventory and the timeline, offered beside the
 * letter so facts already written down can be added to it without typing them again.
 */
import { INVENTORY_CATEGORY_LABELS, PLACE_LABELS } from '../../guidance/inventory';
import type { InventoryCard, TimelineEntry } from '../schema';
import { formatMoneyValue } from '../money';

/** The card's own label for an "other" card that has one, otherwise its category's label. */
export function cardLabel(card: Pick<InventoryCard, 'category' | 'label'>): string {
  if (card.category === 'other' && card.label) return card.label;
  return INVENTORY_CATEGORY_LABELS[card.category];
}

/** One sentence of facts from an inventory card, e.g. "Strip clubs: first time 2017; money: 2,300." */
export function cardFacts(card: InventoryCard): string {
  const parts: string[] = [];
  if (card.firstTime) parts.push(`first time ${card.firstTime}`);
  if (card.mostRecent) parts.push(`most recent ${card.mostRecent}`);
  if (card.frequency) parts.push(`how often: ${card.frequency}`);
  if (card.peopleCount !== null) parts.push(`${card.peopleCount} ${card.peopleCount === 1 ? 'person' : 'people'}`);
  if (card.places.length) parts.push(`places: ${card.places.map((p) => PLACE_LABELS[p].toLowerCase()).join(', ')}`);
  if (card.money && formatMoneyValue(card.money))
    parts.push(`money: ${formatMoneyValue(card.money)}${card.moneySource ? ` from ${card.moneySource}` : ''}`);
  if (card.unprotectedContact) parts.push('contact without protection');
  return `${cardLabel(card)}${card.happened === 'notSure' ? ' (not sure)' : ''}: ${parts.join('; ') || 'no details yet'}.`;
}

/** One line from a timeline entry: "spring 2019: Made my first dating app profile." */
export function entryFacts(entry: Pick<TimelineEntry, 'date' | 'description'>): string {
  return `${entry.date || 'Date not known'}: ${entry.description}`;
}
