import { describe, expect, it } from 'vitest';
import { validateWorkbook } from '../content';
import { SCHEMA_VERSION } from '../schema';

/** Content as versions 1 and 2 of the app saved it (a disclosing and a partner workbook); both migrate through 0002 and 0003. */
const V1_DISCLOSING = {
  schemaVersion: 1,
  role: 'disclosing',
  displayName: 'Jordan',
  createdAt: '2026-01-02T09:00:00.000Z',
  savedAt: '2026-01-20T18:30:00.000Z',
  sections: {
    inventory: {
      cards: [
        {
          id: 'c1',
          category: 'paidSex',
          happened: 'yes',
          moneyAmount: 4600.5,
          moneySource: 'the joint card',
          notes: 'kept note',
        },
        { id: 'c2', category: 'pornography', happened: 'notSure', moneyAmount: null },
      ],
    },
    answers: {
      packet: {
        packetId: 'p1',
        releasedAt: '2026-01-12T10:00:00.000Z',
        importedAt: '2026-01-13T10:00:00.000Z',
        questions: [
          { id: 'qb', order: 1, text: 'Second question', category: 'money', priority: 'wantToKnow' },
          { id: 'qa', order: 0, text: 'First question', category: 'timeline', priority: 'needToKnow' },
        ],
      },
      answers: { qa: { text: 'My answer, kept.', letterSection: 'Timeline' } },
    },
  },
};

const V1_PARTNER = {
  schemaVersion: 1,
  role: 'partner',
  displayName: 'Riley',
  createdAt: '2026-01-03T09:00:00.000Z',
  savedAt: '2026-01-21T08:15:00.000Z',
  sections: {
    questions: {
      items: [
        {
          id: 'q1',
          text: 'When did it start?',
          category: 'timeline',
          priority: 'needToKnow',
          status: 'ready',
          why: 'Why kept',
          createdAt: 'x',
        },
      ],
    },
  },
};

describe('migration 0003 (v2 -> v3: money as written, question numbers, reviewed answers)', () => {
  it('opens a version-1 and a version-2 disclosing workbook with its content intact', () => {
    const wb = validateWorkbook(structuredClone(V1_DISCLOSING));
    if (wb.role !== 'disclosing') throw new Error('role');
    expect(wb.schemaVersion).toBe(SCHEMA_VERSION);
    const [c1, c2] = wb.sections.inventory.cards;
    expect(c1).toMatchObject({
      money: { low: 4600.5, high: null, currency: 'USD', text: '' },
      moneySource: 'the joint card',
      notes: 'kept note',
    });
    expect(c2!.money).toBeNull();
    expect(wb.sections.inventory.currency).toBe('USD');
    expect(wb.sections.answers.packet!.questions.map((q) => [q.id, q.number, q.text, q.priority])).toEqual([
      ['qa', 1, 'First question', 'needToKnow'],
      ['qb', 2, 'Second question', 'wantToKnow'],
    ]);
    expect(wb.sections.answers.answers['qa']).toEqual({
      text: 'My answer, kept.',
      letterSection: 'Timeline',
      reviewedWithTherapist: false,
    });
  });
  it('opens a version-2 disclosing workbook the same way', () => {
    const wb = validateWorkbook({ ...structuredClone(V1_DISCLOSING), schemaVersion: 2 });
    if (wb.role !== 'disclosing') throw new Error('role');
    expect(wb.sections.inventory.cards[0]!.money).toEqual({ low: 4600.5, high: null, currency: 'USD', text: '' });
    expect(wb.sections.answers.packet!.questions.map((q) => q.number)).toEqual([1, 2]);
  });
  it('opens a version-1 partner workbook with its content intact', () => {
    const wb = validateWorkbook(structuredClone(V1_PARTNER));
    if (wb.role !== 'partner') throw new Error('role');
    expect(wb.sections.questions.items[0]).toMatchObject({
      text: 'When did it start?',
      why: 'Why kept',
      number: null,
      answerMode: null,
    });
    expect(wb.sections.questions).toMatchObject({ nextNumber: 1, sharePriority: false });
  });
});
