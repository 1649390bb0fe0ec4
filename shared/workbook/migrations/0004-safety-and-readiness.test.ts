import { describe, expect, it } from 'vitest';
import { validateWorkbook } from '../content';
import { SCHEMA_VERSION } from '../schema';
import { migrate } from './index';

/** Files exactly as version 3 wrote them (only the fields v3 knew). */
const V2_PARTNER = {
  schemaVersion: 3,
  role: 'partner',
  displayName: 'Riley',
  createdAt: '2026-01-02T09:00:00.000Z',
  savedAt: '2026-01-20T18:30:00.000Z',
  sections: {
    beforeYouBegin: { safety: { inDanger: false, afraid: true, selfHarmThoughts: false }, read: true },
    questions: { items: [] },
    support: {
      people: [{ id: 'p1', name: 'Sam', kind: 'friendFamily', contact: '555', availability: '', safeAtNight: true, notes: '' }],
    },
    boundaries: { items: [] },
    safetyPlan: { before: {}, during: {}, after: { evening: 'Stay with Sam' } },
    checkIns: { entries: [{ id: 'c1', day: '2026-01-10', ratings: { sleep: 3 }, distress: 9, note: 'Hard day' }] },
    impactLetter: { current: null, drafts: [], dismissedChecks: [] },
    crisis: { localResources: [{ id: 'l1', name: 'Clinic', contact: '123', notes: '' }] },
  },
};

const V2_DISCLOSING = {
  schemaVersion: 3,
  role: 'disclosing',
  displayName: 'Jordan',
  languageGuidance: { apologies: 'noteForgiveness', dismissedChecks: [] },
  createdAt: '2026-01-02T09:00:00.000Z',
  savedAt: '2026-01-20T18:30:00.000Z',
  sections: {
    beforeYouBegin: {
      readiness: { danger: false, harmRisk: false, legalRisk: true, noSobriety: false },
      scope: 'fullHistory',
      read: true,
    },
    readiness: {
      checklist: { dateSet: true },
      sessionDate: '12 March',
      dayPlan: 'Call my sponsor',
      weekAfterPlan: '',
      contacts: '',
    },
  },
};

describe('migration 0004 (v3 -> v4: safety and readiness answers)', () => {
  it('opens a v3 partner workbook with everything kept and the new answers empty', () => {
    const wb = validateWorkbook(structuredClone(V2_PARTNER), 'partner');
    if (wb.role !== 'partner') throw new Error('role');
    expect(wb.schemaVersion).toBe(SCHEMA_VERSION);
    const s = wb.sections;
    expect(s.beforeYouBegin.safety).toEqual({ inDanger: false, afraid: true, selfHarmThoughts: false });
    expect(s.beforeYouBegin.read).toBe(true);
    expect(s.beforeYouBegin.safetyNoneApply).toBe(false);
    expect(s.beforeYouBegin.readiness).toEqual({ noSupport: false, pressured: false, relationshipEnding: false });
    expect(s.checkIns.entries).toEqual([
      {
        id: 'c1',
        day: '2026-01-10',
        ratings: { sleep: 3 },
        distress: 9,
        note: 'Hard day',
        harmThoughts: false,
        unsafeAtHome: false,
      },
    ]);
    expect(s.support.people[0]?.name).toBe('Sam');
    // Kept: since v6 the after-session plan lives in After the disclosure.
    expect(s.afterDisclosure.answers['evening']).toBe('Stay with Sam');
    expect(s.crisis.localResources[0]?.contact).toBe('123');
  });

  it('opens a v3 disclosing workbook with its readiness answers and plans intact', () => {
    const wb = validateWorkbook(structuredClone(V2_DISCLOSING), 'disclosing');
    if (wb.role !== 'disclosing') throw new Error('role');
    expect(wb.sections.beforeYouBegin.readiness).toEqual({
      danger: false,
      harmRisk: false,
      legalRisk: true,
      noSobriety: false,
      relationshipEnding: false,
    });
    expect(wb.sections.beforeYouBegin.scope).toBe('fullHistory');
    // Kept: since v6 the day-of plan lives in After the disclosure.
    expect(wb.sections.afterDisclosure.answers['sessionDay']).toBe('Call my sponsor');
    expect(wb.sections.readiness.checklist).toEqual({ dateSet: true });
  });

  it('is a pure step from 3 to 4 that keeps unknown sections untouched', () => {
    const input = structuredClone(V2_DISCLOSING);
    const out = migrate(input) as { schemaVersion: number; sections: Record<string, unknown> };
    expect(out.schemaVersion).toBe(SCHEMA_VERSION);
    expect(out.sections['afterDisclosure']).toEqual({ answers: { sessionDay: V2_DISCLOSING.sections.readiness.dayPlan } });
    expect(input).toEqual(V2_DISCLOSING);
  });
});
