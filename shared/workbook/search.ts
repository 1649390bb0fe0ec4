/**
 * Search within one open workbook: every piece of text the person wrote (or imported), section
 * by section, found case-insensitively. Pure and in memory: nothing is stored or indexed.
 *
 * The content schema says what is text: the walk follows each section's schema slice, so enums,
 * ids, flags, numbers and time stamps are never matched, and a new section is searched as soon
 * as it is in the catalog.
 */
import type { z } from 'zod';
import { SECTION_CATALOG, catalogSections } from '../sections';
import { richTextSchema, type Workbook } from './schema';
import { richTextToPlainText } from './richText';

/** The shortest query searched (one letter would match nearly everything). */
export const SEARCH_MIN_LENGTH = 2;
/** Matches listed at most; the count beyond that is still given. */
export const SEARCH_MAX_RESULTS = 200;
const SNIPPET_BEFORE = 32;
const SNIPPET_AFTER = 56;

export interface SearchMatch {
  readonly sectionId: string;
  readonly sectionTitle: string;
  /** Set for text that is not on the section's main screen, e.g. "draft 2". */
  readonly draft: number | null;
  /** The whole text of the field the match is in (to find that field on the screen). */
  readonly fieldText: string;
  /** Where the match starts in fieldText, and its length. */
  readonly start: number;
  readonly length: number;
  readonly snippet: { readonly before: string; readonly match: string; readonly after: string };
}

export interface SearchResult {
  readonly matches: readonly SearchMatch[];
  /** How many matches there are in all (may exceed matches.length). */
  readonly total: number;
}

/** Keys that hold strings nobody typed: ids, time stamps, dismissed note keys, codes. */
function isMachineKey(key: string): boolean {
  return (
    key === 'id' ||
    key === 'dismissedChecks' ||
    key === 'currency' ||
    key === 'fromBank' ||
    key === 'day' ||
    /(Id|Ids|At)$/.test(key)
  );
}

interface ZodLike {
  _zod: { def: { type: string; [key: string]: unknown } };
}

interface FoundText {
  text: string;
  draft: number | null;
}

/** Collect every typed text of `value`, following `schema`. */
function collectText(schema: ZodLike, value: unknown, out: FoundText[], draft: number | null): void {
  if (value === null || value === undefined) return;
  if ((schema as unknown) === richTextSchema) {
    const text = richTextToPlainText(value as z.infer<typeof richTextSchema>);
    if (text.trim() !== '') out.push({ text, draft });
    return;
  }
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      if (typeof value === 'string' && value.trim() !== '') out.push({ text: value, draft });
      return;
    case 'default':
    case 'prefault':
    case 'optional':
    case 'nullable':
    case 'readonly':
      collectText(def['innerType'] as ZodLike, value, out, draft);
      return;
    case 'pipe':
      collectText(def['out'] as ZodLike, value, out, draft);
      return;
    case 'array':
      if (Array.isArray(value)) for (const item of value) collectText(def['element'] as ZodLike, item, out, draft);
      return;
    case 'record':
      if (typeof value === 'object')
        for (const item of Object.values(value as Record<string, unknown>))
          collectText(def['valueType'] as ZodLike, item, out, draft);
      return;
    case 'object': {
      if (typeof value !== 'object') return;
      const shape = def['shape'] as Record<string, ZodLike>;
      const record = value as Record<string, unknown>;
      // A letter's saved drafts are searched too, and say which draft the text is in.
      const isDraft = 'number' in shape && 'content' in shape && typeof record['number'] === 'number';
      for (const [key, child] of Object.entries(shape)) {
        if (isMachineKey(key)) continue;
        collectText(child, record[key], out, isDraft ? (record['number'] as number) : draft);
      }
      return;
    }
    default:
      // enum, literal, boolean, number, unknown: not text anyone typed.
      return;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Text around a match, cut at spaces where it can be, on one line. */
function snippetOf(text: string, start: number, length: number): SearchMatch['snippet'] {
  const oneLine = (s: string) => s.replace(/\s+/g, ' ');
  let from = Math.max(0, start - SNIPPET_BEFORE);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  let to = Math.min(text.length, start + length + SNIPPET_AFTER);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > start + length) to = space;
  }
  return {
    before: (from > 0 ? '…' : '') + oneLine(text.slice(from, start)).trimStart(),
    match: oneLine(text.slice(start, start + length)),
    after: oneLine(text.slice(start + length, to)).trimEnd() + (to < text.length ? '…' : ''),
  };
}

/** Every match of `query` in the workbook, in the order of its sections. */
export function searchWorkbook(workbook: Workbook, query: string, maxResults = SEARCH_MAX_RESULTS): SearchResult {
  const needle = query.trim();
  if (needle.length < SEARCH_MIN_LENGTH) return { matches: [], total: 0 };
  const pattern = new RegExp(escapeRegExp(needle), 'giu');
  const matches: SearchMatch[] = [];
  let total = 0;
  const catalog = SECTION_CATALOG[workbook.role] as unknown as Record<string, { schema: ZodLike }>;
  const sections = workbook.sections as Record<string, unknown>;
  for (const section of catalogSections(workbook.role)) {
    const entry = catalog[section.id];
    if (!entry) continue;
    const found: FoundText[] = [];
    collectText(entry.schema, sections[section.id], found, null);
    for (const { text, draft } of found) {
      for (const m of text.matchAll(pattern)) {
        total += 1;
        if (matches.length >= maxResults) continue;
        matches.push({
          sectionId: section.id,
          sectionTitle: section.navLabel,
          draft,
          fieldText: text,
          start: m.index,
          length: m[0].length,
          snippet: snippetOf(text, m.index, m[0].length),
        });
      }
    }
  }
  return { matches, total };
}
