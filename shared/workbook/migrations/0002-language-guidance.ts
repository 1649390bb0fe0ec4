import type { Migration } from './index';

/**
 * Version 2 adds the language-check choices of a disclosing workbook
 * (`languageGuidance.apologies`, "My therapist's guidance on apologies and asking for
 * forgiveness", which starts as "note forgiveness requests") and the list of dismissed
 * language notes on answers and polygraph definitions. Everything already written is kept.
 */
export const migration0002: Migration = {
  from: 1,
  describe: 'Add language guidance and dismissed notes on answers and polygraph definitions',
  up(doc) {
    const next: Record<string, unknown> = { ...doc };
    if (doc['role'] !== 'disclosing') return next;
    const guidance = isObject(doc['languageGuidance']) ? doc['languageGuidance'] : {};
    next['languageGuidance'] = { apologies: 'noteForgiveness', dismissedChecks: [], ...guidance };
    return next;
  },
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
