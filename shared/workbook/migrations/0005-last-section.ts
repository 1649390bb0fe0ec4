import type { Migration } from './index';

/**
 * Version 5 remembers the section that was open when the workbook was last used
 * (`lastSectionId`, inside the encrypted content, never in preferences). Older content
 * simply has none yet: it opens at the first section, as before. Nothing else changes.
 */
export const migration0005: Migration = {
  from: 4,
  describe: 'Remember the last open section (lastSectionId)',
  up(doc) {
    return { ...doc, lastSectionId: typeof doc['lastSectionId'] === 'string' ? doc['lastSectionId'] : '' };
  },
};
