import { describe, expect, it } from 'vitest';
import type { CheckIn } from '../schema';
import { addDays, checkInsNewestFirst, checkInTrendSeries, noteExcerpt, summariseTrend, trendChartLayout } from './checkInTrend';

const entry = (id: string, day: string, distress: number | null, sleep?: number): CheckIn => ({
  id,
  day,
  distress,
  ratings: sleep === undefined ? {} : { sleep },
  harmThoughts: false,
  unsafeAtHome: false,
  note: '',
});

describe('check-in trend', () => {
  it('adds days across month and year ends, independent of time zone', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-01-10', -41)).toBe('2025-11-30');
  });

  it('gives one point per day in the window, null where there was no check-in', () => {
    const series = checkInTrendSeries(
      [entry('a', '2026-01-01', 7), entry('b', '2026-01-03', 5), entry('c', '2025-12-01', 9)],
      'distress',
      '2026-01-04',
      4,
    );
    expect(series.firstDay).toBe('2026-01-01');
    expect(series.max).toBe(10);
    expect(series.points).toEqual([
      { day: '2026-01-01', value: 7 },
      { day: '2026-01-02', value: null },
      { day: '2026-01-03', value: 5 },
      { day: '2026-01-04', value: null },
    ]);
  });

  it('reads item ratings on a 0-4 scale, and the later entry wins on the same day', () => {
    const series = checkInTrendSeries([entry('a', '2026-01-02', 3, 1), entry('b', '2026-01-02', 2, 3)], 'sleep', '2026-01-02', 1);
    expect(series.max).toBe(4);
    expect(series.points).toEqual([{ day: '2026-01-02', value: 3 }]);
  });

  it('summarises earlier and recent halves without scoring', () => {
    const entries = [
      entry('a', '2026-01-01', 8),
      entry('b', '2026-01-02', 6),
      entry('c', '2026-01-03', 4),
      entry('d', '2026-01-04', 3),
    ];
    const s = summariseTrend(checkInTrendSeries(entries, 'distress', '2026-01-04', 4));
    expect(s).toEqual({ daysWithValue: 4, earlierAverage: 7, recentAverage: 3.5, lowest: 3, highest: 8 });
    expect(summariseTrend(checkInTrendSeries([], 'distress', '2026-01-04', 4))).toEqual({
      daysWithValue: 0,
      earlierAverage: null,
      recentAverage: null,
      lowest: null,
      highest: null,
    });
  });

  it('lists newest first', () => {
    const list = checkInsNewestFirst([entry('a', '2026-01-01', 1), entry('b', '2026-01-05', 1), entry('c', '2026-01-03', 1)]);
    expect(list.map((e) => e.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('trend chart layout', () => {
  const g = { width: 120, height: 70, left: 10, right: 10, top: 10, bottom: 10 };

  it('places days evenly left to right and values bottom (0) to top (max); a day without a value breaks the line', () => {
    const series = checkInTrendSeries(
      [entry('a', '2026-01-01', 10), entry('b', '2026-01-02', 5), entry('c', '2026-01-04', 0), entry('d', '2026-01-05', 5)],
      'distress',
      '2026-01-06',
      6,
    );
    const layout = trendChartLayout(series, g);
    expect(layout.dots.map((d) => [d.day, d.x, d.y])).toEqual([
      ['2026-01-01', 10, 10],
      ['2026-01-02', 30, 35],
      ['2026-01-04', 70, 60],
      ['2026-01-05', 90, 35],
    ]);
    expect(layout.segments.map((s) => s.map((p) => p.day))).toEqual([
      ['2026-01-01', '2026-01-02'],
      ['2026-01-04', '2026-01-05'],
    ]);
    // The dots on either side of the day without a check-in are still joined, by a line marked as a gap.
    expect(layout.bridges.map((b) => [b.from.day, b.to.day, b.daysMissing])).toEqual([['2026-01-02', '2026-01-04', 1]]);
    expect(layout.xAt(5)).toBe(110);
    expect(layout.grid.map((l) => l.value)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('uses a 0 to 4 grid for the item ratings and centres a single day', () => {
    const layout = trendChartLayout(checkInTrendSeries([entry('a', '2026-01-02', null, 2)], 'sleep', '2026-01-02', 1), g);
    expect(layout.grid.map((l) => l.value)).toEqual([0, 1, 2, 3, 4]);
    expect(layout.dots).toEqual([{ day: '2026-01-02', value: 2, x: 60, y: 35 }]);
    expect(layout.bridges).toEqual([]);
  });

  it('joins check-ins on days far apart (no two in a row): one gap line between each, no solid line', () => {
    const series = checkInTrendSeries(
      [entry('a', '2026-01-01', 2), entry('b', '2026-01-04', 6), entry('c', '2026-01-08', 3)],
      'distress',
      '2026-01-08',
      8,
    );
    const layout = trendChartLayout(series, g);
    expect(layout.segments.filter((seg) => seg.length > 1)).toEqual([]);
    expect(layout.bridges.map((b) => [b.from.day, b.to.day, b.daysMissing])).toEqual([
      ['2026-01-01', '2026-01-04', 2],
      ['2026-01-04', '2026-01-08', 3],
    ]);
  });
});

describe('note excerpt for the check-in list', () => {
  it('keeps short notes whole, on one line', () => {
    expect(noteExcerpt('A hard morning;\n a walk helped.')).toBe('A hard morning; a walk helped.');
    expect(noteExcerpt('')).toBe('');
  });

  it('shortens at a word and never splits an emoji', () => {
    expect(noteExcerpt('Slept a little better and went for a long walk', 20)).toBe('Slept a little…');
    const emoji = '\u{1F494}'.repeat(30);
    const short = noteExcerpt(emoji, 10);
    expect(Array.from(short)).toEqual([...Array.from('\u{1F494}'.repeat(10)), '…']);
    expect(short).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
  });
});
