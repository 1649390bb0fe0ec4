import { describe, expect, it } from 'vitest';
import { validateWorkbook } from '../content';
import { SCHEMA_VERSION } from '../schema';
import { migrate } from './index';
import { migration0007 } from './0007-children-milestones-checkins';

/** Files as version 6 wrote them (only the fields v6 knew). */
const V6_DISCLOSING = {
  schemaVersion: 6,
  role: 'disclosing',
  displayName: 'Jordan',
  createdAt: '2026-01-02T09:00:00.000Z',
  savedAt: '2026-01-20T18:30:00.000Z',
  languageGuidance: { apologies: 'noteForgiveness', dismissedChecks: [] },
  lastSectionId: 'timeline',
  sections: {
    inventory: {
      currency: 'EUR',
      cards: [{ id: 'c1', category: 'datingApps', happened: 'yes', frequency: 'weekly', notes: 'Two apps' }],
    },
    timeline: { entries: [{ id: 't1', date: '2019', category: 'datingApps', description: 'First profile' }] },
    afterDisclosure: { answers: { sessionDay: 'Day off', childcare: 'Grandparents' } },
    readiness: { contacts: 'Sponsor 555' },
  },
};

const V6_PARTNER = {
  schemaVersion: 6,
  role: 'partner',
  displayName: 'Riley',
  createdAt: '2026-01-02T09:00:00.000Z',
  savedAt: '2026-01-20T18:30:00.000Z',
  sections: {
    safetyPlan: { before: { companion: 'Sam' }, during: { bodyCalm: 'Feet on the floor' }, after: {} },
    checkIns: {
      entries: [{ id: 'c1', day: '2026-01-10', ratings: { sleep: 2 }, distress: 3, harmThoughts: false, unsafeAtHome: true }],
    },
  },
};

describe('migration 0007 (v6 -> v7: children, milestones, disclosing check-ins, the partner own testing)', () => {
  it('opens a v6 disclosing file with its content intact and the new parts empty', () => {
    const wb = validateWorkbook(structuredClone(V6_DISCLOSING), 'disclosing');
    if (wb.role !== 'disclosing') throw new Error('role');
    expect(wb.schemaVersion).toBe(SCHEMA_VERSION);
    expect(wb.lastSectionId).toBe('timeline');
    expect(wb.sections.inventory.currency).toBe('EUR');
    expect(wb.sections.inventory.cards[0]).toMatchObject({ id: 'c1', happened: 'yes', frequency: 'weekly', notes: 'Two apps' });
    expect(wb.sections.inventory.children).toEqual({ happened: 'unanswered', placeholder: '', talkedWithTherapist: false });
    expect(wb.sections.timeline.entries).toEqual([
      { id: 't1', date: '2019', category: 'datingApps', description: 'First profile', inventoryCardIds: [] },
    ]);
    expect(wb.sections.timeline.milestones).toEqual([]);
    expect(wb.sections.checkIns.entries).toEqual([]);
    expect(wb.sections.afterDisclosure.answers).toEqual({ sessionDay: 'Day off', childcare: 'Grandparents' });
    expect(wb.sections.readiness.contacts).toBe('Sponsor 555');
  });

  it('opens a v6 partner file with its plan and check-ins intact and an empty testing note', () => {
    const wb = validateWorkbook(structuredClone(V6_PARTNER), 'partner');
    if (wb.role !== 'partner') throw new Error('role');
    expect(wb.schemaVersion).toBe(SCHEMA_VERSION);
    expect(wb.sections.safetyPlan.before).toEqual({ companion: 'Sam' });
    expect(wb.sections.safetyPlan.during).toEqual({ bodyCalm: 'Feet on the floor' });
    expect(wb.sections.safetyPlan.testing).toEqual({ tests: [], notes: '' });
    expect(wb.sections.checkIns.entries[0]).toMatchObject({ distress: 3, unsafeAtHome: true, ratings: { sleep: 2 } });
  });

  it('runs from v6 only and is pure', () => {
    const input = structuredClone(V6_PARTNER);
    const out = migrate(input) as Record<string, unknown>;
    expect(out['schemaVersion']).toBe(SCHEMA_VERSION);
    expect(migration0007.up(structuredClone(V6_PARTNER))).toEqual(V6_PARTNER);
    expect(input.schemaVersion).toBe(6);
  });
});
