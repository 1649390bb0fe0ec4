import { describe, expect, it } from 'vitest';
import { hardDayReasons, nightContacts } from './safety';
import { emptyWorkbook } from './schema';

describe('hard-day check-ins', () => {
  const calm = { distress: 5, harmThoughts: false, unsafeAtHome: false };
  it('stays quiet on an ordinary day or with no check-in', () => {
    expect(hardDayReasons(undefined)).toBeNull();
    expect(hardDayReasons(calm)).toBeNull();
    expect(hardDayReasons({ ...calm, distress: 7 })).toBeNull();
    expect(hardDayReasons({ ...calm, distress: null })).toBeNull();
  });
  it('responds to distress of 8 or more, and to each safety item on its own', () => {
    expect(hardDayReasons({ ...calm, distress: 8 })).toEqual({ distress: true, harmThoughts: false, unsafeAtHome: false });
    expect(hardDayReasons({ ...calm, distress: 10 })?.distress).toBe(true);
    expect(hardDayReasons({ ...calm, harmThoughts: true })).toEqual({ distress: false, harmThoughts: true, unsafeAtHome: false });
    expect(hardDayReasons({ ...calm, distress: null, unsafeAtHome: true })?.unsafeAtHome).toBe(true);
  });
});

describe('night contacts', () => {
  it('lists named partner support people marked safe at night, and nobody for the disclosing workbook', () => {
    const wb = emptyWorkbook('partner', '', new Date('2026-01-01T00:00:00Z'));
    if (wb.role !== 'partner') throw new Error('role');
    wb.sections.support.people = [
      { id: 'a', name: ' Sam ', kind: 'friendFamily', contact: ' 555 ', availability: '', safeAtNight: true, notes: '' },
      { id: 'b', name: 'Day only', kind: 'friendFamily', contact: '1', availability: '', safeAtNight: false, notes: '' },
      { id: 'c', name: ' ', kind: 'other', contact: '2', availability: '', safeAtNight: true, notes: '' },
    ];
    expect(nightContacts(wb)).toEqual([{ id: 'a', name: 'Sam', contact: '555' }]);
    expect(nightContacts(emptyWorkbook('disclosing', '', new Date()))).toEqual([]);
    const d = emptyWorkbook('disclosing', '', new Date());
    if (d.role !== 'disclosing') throw new Error('role');
    d.sections.readiness.contacts = 'Sponsor M., 555-0101\n\n  Brother 555-0102  ';
    expect(nightContacts(d).map((c) => c.name)).toEqual(['Sponsor M., 555-0101', 'Brother 555-0102']);
  });
});
