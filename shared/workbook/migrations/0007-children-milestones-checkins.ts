import type { Migration } from './index';

/**
 * Version 7 adds, all empty: whether children saw, found or were present for anything (the
 * inventory), milestones on the timeline, the disclosing partner's own check-ins, and the
 * partner's own tests and results (safety and self-care plan). Nothing moves; the schema's
 * defaults fill the new fields when the file is validated.
 */
export const migration0007: Migration = {
  from: 6,
  describe: 'Add children in the inventory, timeline milestones, disclosing check-ins and the partner own testing',
  up(doc) {
    return { ...doc };
  },
};
