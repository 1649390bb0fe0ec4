import { describe, expect, it } from 'vitest';
import { timelineByYear } from './timelineByYear';

describe('timelineByYear', () => {
  it('counts entries per year and category, earliest year first, and sets aside dates without a year', () => {
    const data = timelineByYear([
      { date: '2021', category: 'physicalAffairs' },
      { date: 'spring 2019', category: 'datingApps' },
      { date: '2019-06-01', category: 'datingApps' },
      { date: '06/2019', category: 'pornography' },
      { date: 'late 2018', category: 'sextingChat' },
      { date: 'a long time ago', category: 'other' },
      { date: '', category: 'pornography' },
    ]);
    expect(data.rows).toEqual([
      { year: 2018, counts: { sextingChat: 1 }, total: 1, milestones: [] },
      { year: 2019, counts: { datingApps: 2, pornography: 1 }, total: 3, milestones: [] },
      { year: 2021, counts: { physicalAffairs: 1 }, total: 1, milestones: [] },
    ]);
    // In the inventory's order, and only those with a dated entry ("other" had none).
    expect(data.categories).toEqual(['pornography', 'sextingChat', 'datingApps', 'physicalAffairs']);
    expect(data.max).toBe(3);
    expect(data.undated).toBe(2);
  });

  it('gives an empty chart for no dated entries', () => {
    expect(timelineByYear([])).toEqual({ rows: [], categories: [], max: 1, undated: 0, milestones: 0 });
    expect(timelineByYear([{ date: 'once', category: 'other' }])).toMatchObject({ rows: [], undated: 1 });
  });

  it('lists milestones per year beside the entries, never in their counts or the scale', () => {
    const data = timelineByYear(
      [
        { date: '2019', category: 'datingApps' },
        { date: 'May 2019', category: 'datingApps' },
        { date: '2021', category: 'other' },
      ],
      [
        { date: 'June 2019', kind: 'wedding', label: 'Our wedding' },
        { date: '2019', kind: 'move', label: 'Moved to the coast' },
        { date: '2020', kind: 'birth', label: 'Sam was born' },
        { date: 'some time', kind: 'illness', label: 'Not dated' },
      ],
    );
    expect(data.rows).toEqual([
      {
        year: 2019,
        counts: { datingApps: 2 },
        total: 2,
        milestones: [
          { kind: 'wedding', label: 'Our wedding' },
          { kind: 'move', label: 'Moved to the coast' },
        ],
      },
      // A year with only a milestone gets a row, with no entries counted.
      { year: 2020, counts: {}, total: 0, milestones: [{ kind: 'birth', label: 'Sam was born' }] },
      { year: 2021, counts: { other: 1 }, total: 1, milestones: [] },
    ]);
    expect(data.max).toBe(2);
    expect(data.milestones).toBe(3);
    // Undated counts entries only.
    expect(data.undated).toBe(0);
  });
});
