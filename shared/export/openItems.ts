/**
 * Open items: the same rules for the document's "At a glance" page and the gentle Open items
 * panel in the letter and answers sections. Objective items only (states and counts); the one
 * guess-like check, whether the letter mentions a category answered "yes", is phrased as a
 * question and shown only in the app, never printed.
 */
import { INVENTORY_CATEGORY_LABELS, inventoryCardTitle } from '../guidance/inventory';
import { parseApproxDate } from '../workbook/disclosing/approxDate';
import { countsInInventory } from '../workbook/disclosing/inventoryTotals';
import { OPEN_ITEM_TEXTS as T } from '../guidance/handoffTexts';
import { INVENTORY_CATEGORY_IDS, type InventoryCategoryId } from '../workbook/categories';
import { richTextToPlainText } from '../workbook/richText';
import { isAnswered } from '../workbook/disclosing/answers';
import type { ChildrenNote, DisclosingWorkbook, InventoryCard, RichText } from '../workbook/schema';
import { CHILDREN_TEXTS } from '../guidance/clinicalTexts';

export interface OpenItem {
  id: string;
  text: string;
}

/** Per category: the strongest answer given on any of its cards (yes > not sure > no), or unanswered. */
export function categoryAnswers(cards: readonly InventoryCard[]): Record<InventoryCategoryId, InventoryCard['happened']> {
  const rank = { unanswered: 0, no: 1, notSure: 2, yes: 3 } as const;
  const out = Object.fromEntries(INVENTORY_CATEGORY_IDS.map((id) => [id, 'unanswered'])) as Record<
    InventoryCategoryId,
    InventoryCard['happened']
  >;
  for (const card of cards) if (rank[card.happened] > rank[out[card.category]]) out[card.category] = card.happened;
  return out;
}

export interface OpenItemFacts {
  /** The inventory as shared (null: not shared). */
  inventory: readonly InventoryCard[] | null;
  /** Children and family, when the inventory is shared (since v7). */
  children?: ChildrenNote | null;
  /** The answers as shared (null: not shared). */
  answers: DisclosingWorkbook['sections']['answers'] | null;
  /** The letter's review and working-copy state (null: the letter is not shared). */
  letter: { reviewedByTherapist: boolean; workingCopyNewer: boolean } | null;
}

/** The open items, in a calm, fixed order. */
export function openItems(facts: OpenItemFacts): OpenItem[] {
  const items: OpenItem[] = [];
  if (facts.inventory) {
    const answers = categoryAnswers(facts.inventory);
    for (const id of INVENTORY_CATEGORY_IDS) {
      if (id === 'other' && !facts.inventory.some((c) => c.category === 'other')) continue;
      const label = INVENTORY_CATEGORY_LABELS[id];
      if (answers[id] === 'unanswered') items.push({ id: `category:${id}`, text: T.categoryUnanswered(label) });
      else if (answers[id] === 'notSure') items.push({ id: `category:${id}`, text: T.categoryNotSure(label) });
    }
    if (answers.illegal === 'yes' || answers.illegal === 'notSure') items.push({ id: 'illegal', text: T.illegalPlaceholder });
    items.push(...consistencyItems(facts.inventory));
    const children = facts.children?.happened;
    if (children === 'yes' || children === 'notSure') items.push({ id: 'children', text: CHILDREN_TEXTS.openItem });
  }
  if (facts.answers?.packet) {
    const a = facts.answers.answers;
    const qs = facts.answers.packet.questions;
    // The same rule as the Answers screen's count: a pointer to the letter's section is an answer.
    const unanswered = qs.filter((q) => !isAnswered(a[q.id])).length;
    const notReviewed = qs.filter((q) => isAnswered(a[q.id]) && !a[q.id]?.reviewedWithTherapist).length;
    if (unanswered) items.push({ id: 'questions', text: T.questionsUnanswered(unanswered) });
    if (notReviewed) items.push({ id: 'reviews', text: T.answersNotReviewed(notReviewed) });
  }
  if (facts.letter) {
    if (!facts.letter.reviewedByTherapist) items.push({ id: 'letterReview', text: T.letterNotReviewed });
    if (facts.letter.workingCopyNewer) items.push({ id: 'workingCopy', text: T.workingCopyNewer });
  }
  return items;
}

/**
 * Where a card's own facts disagree (the therapist checks that counts and dates are consistent
 * before the session): the most recent time before the first, or more people listed than counted.
 * Only dates that can be read are compared; "spring 2019" against "2019" is never flagged.
 */
function consistencyItems(cards: readonly InventoryCard[]): OpenItem[] {
  const items: OpenItem[] = [];
  for (const card of cards.filter(countsInInventory)) {
    const first = parseApproxDate(card.firstTime);
    const recent = parseApproxDate(card.mostRecent);
    if (first && recent && recent.end < first.start)
      items.push({ id: `dates:${card.id}`, text: T.datesOutOfOrder(inventoryCardTitle(card)) });
    const listed = card.knownPeople.length;
    if (card.peopleCount !== null && listed > card.peopleCount)
      items.push({ id: `people:${card.id}`, text: T.morePeopleListed(inventoryCardTitle(card), listed, card.peopleCount) });
  }
  return items;
}

/** The letter's working copy differs from its last saved draft (or has no draft yet). */
export function workingCopyNewer(letter: DisclosingWorkbook['sections']['letter']): boolean {
  const latest = [...letter.drafts].sort((a, b) => a.number - b.number).pop();
  return letter.current !== null && (!latest || !sameJson(latest.content, letter.current));
}

/**
 * Whether two JSON values hold the same data (key order aside; an undefined property counts as
 * absent, as in JSON). Shared objects are equal at once: a letter and the draft saved from it
 * share every block the writing has not touched since (the editor keeps unchanged blocks'
 * objects), so comparing a long letter with its last draft looks at the changed blocks only,
 * where writing both out as text read the whole letter twice.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  return (
    keys.length === Object.keys(y).filter((k) => y[k] !== undefined).length &&
    keys.every((k) => Object.hasOwn(y, k) && sameJson(x[k], y[k]))
  );
}

/** The letter's review and working-copy state; null while nothing is written or saved as a draft. */
export function letterState(letter: DisclosingWorkbook['sections']['letter']): OpenItemFacts['letter'] {
  const latest = [...letter.drafts].sort((a, b) => a.number - b.number).pop();
  return letter.current || latest
    ? { reviewedByTherapist: latest?.reviewedByTherapist ?? false, workingCopyNewer: workingCopyNewer(letter) }
    : null;
}

/** Open items of a disclosing workbook, for the panel in the app. */
export function workbookOpenItems(wb: DisclosingWorkbook): OpenItem[] {
  return openItems({
    inventory: wb.sections.inventory.cards,
    children: wb.sections.inventory.children,
    answers: wb.sections.answers,
    letter: letterState(wb.sections.letter),
  });
}

const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

/**
 * App only, as questions: categories answered "yes" whose label and facts the letter never
 * mentions. A card's own words (an "other" label, its frequency, places note) count as a mention.
 */
export function letterCoverageQuestions(cards: readonly InventoryCard[], letter: RichText | null): OpenItem[] {
  const text = normalise(richTextToPlainText(letter));
  const out: OpenItem[] = [];
  const seen = new Set<string>();
  for (const card of cards) {
    if (card.happened !== 'yes') continue;
    const label = card.category === 'other' && card.label.trim() ? card.label.trim() : INVENTORY_CATEGORY_LABELS[card.category];
    const key = `${card.category}:${label}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const words = [label, card.label, card.frequency, card.placesNote, card.firstTime, card.mostRecent]
      .map((w) => normalise(w.trim()))
      .filter((w) => w.length >= 4);
    const labelWords = normalise(label)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 4);
    const mentioned = words.some((w) => text.includes(w)) || labelWords.some((w) => text.includes(w));
    if (!mentioned) out.push({ id: `covers:${card.id}`, text: T.letterCovers(label) });
  }
  return out;
}
