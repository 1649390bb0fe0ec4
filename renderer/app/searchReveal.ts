/**
 * Showing a search match on the section's screen: a field holding the text gets focus with the
 * match selected; text shown on the page (a letter, a list entry) is scrolled into view and
 * marked with a CSS highlight (nothing is added to the page or to the content).
 */
import type { SearchMatch } from '../../shared/workbook/search';

const HIGHLIGHT = 'workbook-search';

export function clearSearchHighlight(): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(HIGHLIGHT);
}

/** Which occurrence of the matched words (counted within its field) this match is. */
function occurrenceInField(match: SearchMatch): number {
  const needle = match.fieldText.slice(match.start, match.start + match.length).toLowerCase();
  const before = match.fieldText.slice(0, match.start).toLowerCase();
  let n = 0;
  for (let i = before.indexOf(needle); i !== -1; i = before.indexOf(needle, i + 1)) n += 1;
  return n;
}

function openClosedDetails(node: Node): void {
  for (let el = node.parentElement; el; el = el.parentElement) if (el instanceof HTMLDetailsElement) el.open = true;
}

/** Show `match` inside `root`; false when it is not on this screen (e.g. in a saved draft). */
export function revealMatch(root: HTMLElement, match: SearchMatch): boolean {
  clearSearchHighlight();
  const end = match.start + match.length;
  const fields = [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea, input[type="text"]')];
  const field = fields.find((f) => f.value === match.fieldText);
  if (field) {
    openClosedDetails(field);
    field.focus({ preventScroll: true });
    field.setSelectionRange(match.start, end);
    field.scrollIntoView({ block: 'center' });
    return true;
  }

  // Text on the page: every occurrence in text nodes, preferring nodes whose text belongs to the matched field.
  const needle = match.fieldText.slice(match.start, end).toLowerCase();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const all: { node: Text; at: number; inField: boolean }[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data.toLowerCase();
    const inField = node.data.trim().length > 0 && match.fieldText.includes(node.data);
    for (let i = data.indexOf(needle); i !== -1; i = data.indexOf(needle, i + 1)) all.push({ node, at: i, inField });
  }
  const preferred = all.filter((o) => o.inField);
  const candidates = preferred.length > 0 ? preferred : all;
  const chosen = candidates[Math.min(occurrenceInField(match), candidates.length - 1)];
  if (!chosen) return false;
  openClosedDetails(chosen.node);
  const range = document.createRange();
  range.setStart(chosen.node, chosen.at);
  range.setEnd(chosen.node, chosen.at + needle.length);
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.set(HIGHLIGHT, new Highlight(range));
  chosen.node.parentElement?.scrollIntoView({ block: 'center' });
  return true;
}
