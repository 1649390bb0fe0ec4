import type { Migration } from './index';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The partner's "after the session" plan fields and where each goes in After the disclosure. */
export const PARTNER_AFTER_MOVES: Readonly<Record<string, string>> = {
  gettingHome: 'gettingHome',
  evening: 'evening',
  whoToCall: 'whoToCall',
  bodyCalm: 'bodyCalm',
  notes: 'afterNotes',
};

/**
 * Version 6 adds After the disclosure (both workbooks), the restitution letter and no-contact
 * letters (disclosing) and the partner's own polygraph page, all empty. So that the same plan
 * lives in one place, the disclosing partner's day-of and week-after plans (Readiness) and the
 * partner's "after the session" part of the safety plan move into After the disclosure, word
 * for word; nothing is dropped.
 */
export const migration0006: Migration = {
  from: 5,
  describe: 'Add After the disclosure, restitution and no-contact letters, the partner polygraph page; move the after-plans',
  up(doc) {
    const sections = { ...obj(doc['sections']) };
    const answers: Record<string, string> = { ...(obj(obj(sections['afterDisclosure'])['answers']) as Record<string, string>) };
    if (doc['role'] === 'disclosing') {
      const readiness = obj(sections['readiness']);
      const dayPlan = text(readiness['dayPlan']);
      const weekAfter = text(readiness['weekAfterPlan']);
      if (dayPlan.trim()) answers['sessionDay'] = answers['sessionDay'] ? `${answers['sessionDay']}\n${dayPlan}` : dayPlan;
      if (weekAfter.trim()) answers['weekAfter'] = answers['weekAfter'] ? `${answers['weekAfter']}\n${weekAfter}` : weekAfter;
      if ('readiness' in sections) sections['readiness'] = { ...readiness, dayPlan: '', weekAfterPlan: '' };
    } else if (doc['role'] === 'partner') {
      const plan = obj(sections['safetyPlan']);
      const after = obj(plan['after']);
      for (const [from, to] of Object.entries(PARTNER_AFTER_MOVES)) {
        const value = text(after[from]);
        if (value.trim()) answers[to] = answers[to] ? `${answers[to]}\n${value}` : value;
      }
      // Anything else once kept under "after" stays there rather than being dropped.
      const rest = Object.fromEntries(Object.entries(after).filter(([k]) => !(k in PARTNER_AFTER_MOVES)));
      if ('safetyPlan' in sections) sections['safetyPlan'] = { ...plan, after: rest };
    }
    sections['afterDisclosure'] = { ...obj(sections['afterDisclosure']), answers };
    return { ...doc, sections };
  },
};
