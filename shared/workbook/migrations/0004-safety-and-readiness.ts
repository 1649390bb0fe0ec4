import type { Migration } from './index';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});

/**
 * Version 4 adds safety and readiness answers, all starting empty (false):
 * - both roles: the check-in safety items (thoughts of harming myself, unsafe at home);
 * - partner: readiness and consent items and an explicit "none of these" for the safety check;
 * - disclosing: "one of us has already decided to end the relationship".
 * Nothing written before is changed or dropped.
 */
export const migration0004: Migration = {
  from: 3,
  describe: 'Add check-in safety items and readiness and consent answers',
  up(doc) {
    const sections = { ...obj(doc['sections']) };
    if (doc['role'] === 'partner') {
      const before = obj(sections['beforeYouBegin']);
      sections['beforeYouBegin'] = {
        ...before,
        safetyNoneApply: before['safetyNoneApply'] === true,
        readiness: { noSupport: false, pressured: false, relationshipEnding: false, ...obj(before['readiness']) },
      };
      const checkIns = obj(sections['checkIns']);
      if (Array.isArray(checkIns['entries'])) {
        sections['checkIns'] = {
          ...checkIns,
          entries: checkIns['entries'].map((e: unknown) => ({ harmThoughts: false, unsafeAtHome: false, ...obj(e) })),
        };
      }
    } else if (doc['role'] === 'disclosing') {
      const before = obj(sections['beforeYouBegin']);
      sections['beforeYouBegin'] = { ...before, readiness: { relationshipEnding: false, ...obj(before['readiness']) } };
    }
    return { ...doc, sections };
  },
};
