/**
 * Which parts of a workbook changed between two versions, for autosave (no schema here: the
 * renderer uses it on every save; the main process validates each part, see applyChanges).
 */
import type { Workbook } from './schema';

/**
 * One changed part of a workbook: a top-level field (`['displayName']`), a whole section
 * (`['sections', 'letter']`) or one field of a section (`['sections', 'letter', 'current']`).
 * Autosave sends only these, so a save validates what changed, not the whole workbook.
 */
export interface ContentChange {
  path: string[];
  value: unknown;
}

/** The parts a save may change; the role, schema version and dates are the app's own. */
export const CHANGEABLE: ReadonlySet<string> = new Set(['displayName', 'lastSectionId', 'languageGuidance', 'sections']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The parts of `next` that are not the very same objects as in `base` (immutable updates keep
 * every unchanged part's identity): top-level fields, sections, and fields of a section when the
 * section kept its keys. Only the parts a save may change are compared.
 */
export function changedParts(base: Workbook, next: Workbook): ContentChange[] {
  const changes: ContentChange[] = [];
  const before = base as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  for (const key of Object.keys(after)) {
    if (!CHANGEABLE.has(key) || after[key] === before[key]) continue;
    if (key !== 'sections' || !isPlainObject(after[key]) || !isPlainObject(before[key])) {
      changes.push({ path: [key], value: after[key] });
      continue;
    }
    const sectionsBefore = before[key];
    const sectionsAfter = after[key];
    for (const id of Object.keys(sectionsAfter)) {
      const was = sectionsBefore[id];
      const is = sectionsAfter[id];
      if (is === was) continue;
      const sameKeys =
        isPlainObject(was) &&
        isPlainObject(is) &&
        Object.keys(was).length === Object.keys(is).length &&
        Object.keys(is).every((field) => Object.hasOwn(was, field));
      if (!sameKeys) {
        changes.push({ path: ['sections', id], value: is });
        continue;
      }
      for (const field of Object.keys(is)) {
        if (is[field] !== was[field]) changes.push({ path: ['sections', id, field], value: is[field] });
      }
    }
  }
  return changes;
}
