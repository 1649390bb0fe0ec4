import type { Migration } from './index';

/**
 * Pre-release builds wrote content without `schemaVersion` and kept the letter text
 * under `sections.notes`. Version 1 adds the version field; any old notes are kept
 * (never dropped) by moving them into the section both roles have: `beforeYouBegin.legacyNotes`
 * is not part of v1, so they go to a plain note on the readiness plan or boundaries.
 */
export const migration0001: Migration = {
  from: 0,
  describe: 'Add schemaVersion; keep pre-release free notes',
  up(doc) {
    const next: Record<string, unknown> = { ...doc };
    const sections = (typeof doc['sections'] === 'object' && doc['sections'] !== null ? doc['sections'] : {}) as Record<
      string,
      unknown
    >;
    const { notes, ...rest } = sections;
    const kept: Record<string, unknown> = { ...rest };
    if (typeof notes === 'string' && notes.trim() !== '') {
      if (doc['role'] === 'disclosing') {
        kept['readiness'] = { dayPlan: notes };
      } else {
        kept['boundaries'] = { items: [{ id: 'migrated-notes', need: notes }] };
      }
    }
    next['sections'] = kept;
    return next;
  },
};
