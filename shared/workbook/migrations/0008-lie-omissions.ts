import type { Migration } from './index';

/**
 * Version 8 adds a fourth kind of lie, `omission` (what was kept back by saying nothing), beside
 * cover stories, denied suspicions and earlier partial disclosures. Every version-7 file is valid
 * as it is; the version moves so that an older app refuses a file that may hold the new kind with
 * its "saved by a newer version" message rather than a validation error.
 */
export const migration0008: Migration = {
  from: 7,
  describe: 'Add omissions as a kind of lie',
  up(doc) {
    return { ...doc };
  },
};
