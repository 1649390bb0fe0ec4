import { describe, expect, it } from 'vitest';
import { validateWorkbook } from '../content';
import { SCHEMA_VERSION } from '../schema';
import { migrate, MigrationError } from './index';

/** A file as version 7 wrote it: every kind of lie it knew, each with its words. */
const V7_DISCLOSING = {
  schemaVersion: 7,
  role: 'disclosing',
  displayName: 'Jordan',
  createdAt: '2026-01-02T09:00:00.000Z',
  savedAt: '2026-01-20T18:30:00.000Z',
  sections: {
    lies: {
      items: [
        { id: 'l1', kind: 'coverStory', date: '2019', description: 'Working late.' },
        { id: 'l2', kind: 'deniedSuspicion', date: '2021', description: 'Said you were imagining it.' },
        { id: 'l3', kind: 'partialDisclosure', date: '2023', description: 'Admitted the app only.' },
      ],
      dismissedChecks: ['l2:minimising'],
    },
    inventory: { cards: [{ id: 'c1', category: 'datingApps', happened: 'yes', notes: 'Two apps' }] },
  },
};

describe('migration 0008 (v7 -> v8: omissions as a kind of lie)', () => {
  it('opens a v7 file with every lie, its kind and its words intact', () => {
    const wb = validateWorkbook(structuredClone(V7_DISCLOSING), 'disclosing');
    if (wb.role !== 'disclosing') throw new Error('role');
    expect(wb.schemaVersion).toBe(SCHEMA_VERSION);
    expect(wb.sections.lies.items).toEqual(V7_DISCLOSING.sections.lies.items);
    expect(wb.sections.lies.dismissedChecks).toEqual(['l2:minimising']);
    expect(wb.sections.inventory.cards[0]).toMatchObject({ id: 'c1', happened: 'yes', notes: 'Two apps' });
  });

  it('takes an omission from v8 on; a file newer than this app gets the plain "newer version" refusal', () => {
    const omission = { id: 'l4', kind: 'omission', date: '2022', description: 'Let you believe the trip was for work.' };
    const v8 = { ...structuredClone(V7_DISCLOSING), schemaVersion: 8 };
    v8.sections.lies.items.push(omission);
    const wb = validateWorkbook(v8, 'disclosing');
    if (wb.role !== 'disclosing') throw new Error('role');
    expect(wb.sections.lies.items.map((i) => i.kind)).toEqual(['coverStory', 'deniedSuspicion', 'partialDisclosure', 'omission']);
    // A newer file than this app knows gets the plain "newer version" message.
    expect(() => migrate({ ...structuredClone(V7_DISCLOSING), schemaVersion: SCHEMA_VERSION + 1 })).toThrow(MigrationError);
  });

  it('runs from v7 only and is pure', () => {
    const input = structuredClone(V7_DISCLOSING);
    const out = migrate(input) as Record<string, unknown>;
    expect(out['schemaVersion']).toBe(SCHEMA_VERSION);
    expect(input.schemaVersion).toBe(7);
  });
});
