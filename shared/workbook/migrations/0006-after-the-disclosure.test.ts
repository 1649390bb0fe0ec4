import { describe, expect, it } from 'vitest';
import { validateWorkbook } from '../content';
import { migrate } from './index';

/** Files as version 5 wrote them (only the fields v5 knew). */
const V5_DISCLOSING = {
  schemaVersion: 5,
  role: 'disclosing',
  displayName: 'Jordan',
  createdAt: '2026-01-02T09:00:00.000Z',
  savedAt: '2026-01-20T18:30:00.000Z',
  languageGuidance: { apologies: 'noteForgiveness', dismissedChecks: [] },
  lastSectionId: '',
  sections: {
    polygraph: { questions: [{ id: 'p1', text: 'Is the disclosure complete and true?', notes: 'From my therapist' }] },
    readiness: {
      checklist: { dateSet: true },
      sessionDate: '12 March',
      dayPlan: 'Call my sponsor before and after.',
      weekAfterPlan: 'Two meetings.',
      contacts: 'Therapist 555',
    },
  },
};

const V5_PARTNER = {
  schemaVersion: 5,
  role: 'partner',
  displayName: 'Riley',
  createdAt: '2026-01-02T09:00:00.000Z',
  savedAt: '2026-01-20T18:30:00.000Z',
  sections: {
    safetyPlan: {
      before: { companion: 'Sam' },
      during: { bodyCalm: 'Feet on the floor' },
      after: { gettingHome: 'Sam drives me', notes: 'Take Friday off', evening: '  ' },
    },
    checkIns: {
      entries: [{ id: 'c1', day: '2026-01-10', ratings: {}, distress: 3, harmThoughts: false, unsafeAtHome: false, note: '' }],
    },
  },
};

describe('migration 0006 (v5 -> v6: after the disclosure, letters, partner polygraph)', () => {
  it('moves the disclosing day-of and week-after plans into After the disclosure, word for word, and adds empty sections', () => {
    const wb = validateWorkbook(structuredClone(V5_DISCLOSING), 'disclosing');
    if (wb.role !== 'disclosing') throw new Error('role');
    expect(wb.schemaVersion).toBeGreaterThanOrEqual(6);
    expect(wb.sections.afterDisclosure.answers).toEqual({
      sessionDay: 'Call my sponsor before and after.',
      weekAfter: 'Two meetings.',
    });
    expect(wb.sections.readiness).toMatchObject({
      dayPlan: '',
      weekAfterPlan: '',
      sessionDate: '12 March',
      contacts: 'Therapist 555',
      checklist: { dateSet: true },
    });
    expect(wb.sections.polygraph.questions[0]).toEqual({
      id: 'p1',
      text: 'Is the disclosure complete and true?',
      notes: 'From my therapist',
      definitions: '',
    });
    expect(wb.sections.polygraph.examDate).toBe('');
    expect(wb.sections.restitutionLetter).toEqual({ current: null, drafts: [], dismissedChecks: [] });
    expect(wb.sections.noContact.letters).toEqual([]);
  });

  it('moves the partner "after the session" plan into After the disclosure and keeps before and during where they were', () => {
    const wb = validateWorkbook(structuredClone(V5_PARTNER), 'partner');
    if (wb.role !== 'partner') throw new Error('role');
    expect(wb.sections.afterDisclosure.answers).toEqual({ gettingHome: 'Sam drives me', afterNotes: 'Take Friday off' });
    expect(wb.sections.safetyPlan.before).toEqual({ companion: 'Sam' });
    expect(wb.sections.safetyPlan.during).toEqual({ bodyCalm: 'Feet on the floor' });
    expect(wb.sections.safetyPlan.after).toEqual({});
    expect(wb.sections.polygraph).toEqual({ questions: [], includeQuestions: false, hearResult: '', notes: '' });
    expect(wb.sections.checkIns.entries).toHaveLength(1);
  });

  it('keeps what was already in After the disclosure and never drops a word', () => {
    const input = structuredClone(V5_DISCLOSING) as Record<string, unknown> & { sections: Record<string, unknown> };
    input.sections['afterDisclosure'] = { answers: { sessionDay: 'Already here.' } };
    const out = migrate(input) as { sections: { afterDisclosure: { answers: Record<string, string> } } };
    expect(out.sections.afterDisclosure.answers['sessionDay']).toBe('Already here.\nCall my sponsor before and after.');
  });
});
