/**
 * Turning check-ins into a series for the trend chart and a plain-text summary of it.
 * Days are calendar days (YYYY-MM-DD) handled in UTC so the result never depends on the time zone.
 * The summary describes; it never scores, praises or counts streaks.
 */
import type { CheckIn } from '../schema';

export const CHECK_IN_SERIES_IDS = ['distress', 'sleep', 'intrusiveThoughts', 'hypervigilance', 'numbness', 'anxiety'] as const;
export type CheckInSeriesId = (typeof CHECK_IN_SERIES_IDS)[number];

export interface TrendPoint {
  readonly day: string;
  /** null on days without a check-in (or without this rating). */
  readonly value: number | null;
}

export interface TrendSeries {
  readonly seriesId: CheckInSeriesId;
  /** 10 for distress, 4 for the other items. */
  readonly max: number;
  readonly firstDay: string;
  readonly lastDay: string;
  /** One point per calendar day from firstDay to lastDay. */
  readonly points: readonly TrendPoint[];
}

const DAY_MS = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayToUtcMs(day: string): number {
  const m = DAY_RE.exec(day);
  if (!m) throw new Error(`Not a calendar day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function utcMsToDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, delta: number): string {
  return utcMsToDay(dayToUtcMs(day) + delta * DAY_MS);
}

/** The value a check-in holds for one series, or null. */
export function seriesValue(entry: Pick<CheckIn, 'ratings' | 'distress'>, seriesId: CheckInSeriesId): number | null {
  if (seriesId === 'distress') return entry.distress;
  const v = entry.ratings[seriesId];
  return typeof v === 'number' ? v : null;
}

/** Later entries for the same day replace earlier ones (the list is kept in the order written). */
function latestByDay(entries: readonly CheckIn[]): Map<string, CheckIn> {
  const byDay = new Map<string, CheckIn>();
  for (const e of entries) byDay.set(e.day, e);
  return byDay;
}

/**
 * The last `days` calendar days ending at `endDay` (inclusive), one point per day.
 * Days outside the window are ignored; entries with a malformed day are skipped.
 */
export function checkInTrendSeries(
  entries: readonly CheckIn[],
  seriesId: CheckInSeriesId,
  endDay: string,
  days: number,
): TrendSeries {
  const count = Math.max(1, Math.trunc(days));
  const firstDay = addDays(endDay, -(count - 1));
  const byDay = latestByDay(entries.filter((e) => DAY_RE.test(e.day)));
  const points: TrendPoint[] = [];
  for (let i = 0; i < count; i += 1) {
    const day = addDays(firstDay, i);
    const entry = byDay.get(day);
    points.push({ day, value: entry ? seriesValue(entry, seriesId) : null });
  }
  return { seriesId, max: seriesId === 'distress' ? 10 : 4, firstDay, lastDay: endDay, points };
}

export interface ChartGeometry {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface ChartPoint {
  readonly x: number;
  readonly y: number;
  readonly day: string;
  readonly value: number;
}

export interface TrendChartLayout {
  /** One dot per day with a value. */
  readonly dots: readonly ChartPoint[];
  /** Runs of consecutive days with a value; a day without a check-in breaks the line. */
  readonly segments: readonly (readonly ChartPoint[])[];
  /**
   * Lines across the days without a check-in, from the last dot before the gap to the first after
   * it: drawn dashed and fainter, so every dot is joined while a gap still shows as a gap.
   */
  readonly bridges: readonly { readonly from: ChartPoint; readonly to: ChartPoint; readonly daysMissing: number }[];
  /** Horizontal grid lines with their values (0, 2, ..., 10 for distress; 0 to 4 for the items). */
  readonly grid: readonly { readonly value: number; readonly y: number }[];
  readonly plot: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
  /** The x position of the day at this index (for day labels). */
  readonly xAt: (index: number) => number;
}

/**
 * Where each point of a series goes in a chart of the given size. The in-app chart and the
 * exported chart (PNG in the .docx, SVG) both draw from this, so they plot the same thing.
 */
export function trendChartLayout(
  series: { readonly points: readonly TrendPoint[]; readonly max: number },
  g: ChartGeometry,
): TrendChartLayout {
  const plotW = g.width - g.left - g.right;
  const plotH = g.height - g.top - g.bottom;
  const n = series.points.length;
  const x = (i: number) => g.left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v: number) => g.top + plotH - (v / series.max) * plotH;
  const dots: ChartPoint[] = [];
  const segments: ChartPoint[][] = [];
  let current: ChartPoint[] = [];
  series.points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length) segments.push(current);
      current = [];
      return;
    }
    const pt = { x: x(i), y: y(p.value), day: p.day, value: p.value };
    dots.push(pt);
    current.push(pt);
  });
  if (current.length) segments.push(current);
  const indexOfDay = new Map(series.points.map((p, i) => [p.day, i]));
  const bridges = segments.slice(1).map((seg, i) => {
    const from = segments[i]?.at(-1) as ChartPoint;
    const to = seg[0] as ChartPoint;
    return { from, to, daysMissing: (indexOfDay.get(to.day) ?? 0) - (indexOfDay.get(from.day) ?? 0) - 1 };
  });
  const step = series.max > 5 ? 2 : 1;
  const gridValues = Array.from({ length: Math.floor(series.max / step) + 1 }, (_, i) => i * step);
  return {
    dots,
    segments,
    bridges,
    grid: gridValues.map((v) => ({ value: v, y: y(v) })),
    plot: { x: g.left, y: g.top, w: plotW, h: plotH },
    xAt: x,
  };
}

export interface TrendSummary {
  /** Days in the window with a value. */
  readonly daysWithValue: number;
  readonly earlierAverage: number | null;
  readonly recentAverage: number | null;
  readonly lowest: number | null;
  readonly highest: number | null;
}

const average = (values: readonly number[]): number | null =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;

/** Averages of the first and second half of the window, plus lowest and highest values. */
export function summariseTrend(series: TrendSeries): TrendSummary {
  const half = Math.floor(series.points.length / 2);
  const values = (pts: readonly TrendPoint[]) => pts.map((p) => p.value).filter((v): v is number => v !== null);
  const all = values(series.points);
  return {
    daysWithValue: all.length,
    earlierAverage: average(values(series.points.slice(0, half))),
    recentAverage: average(values(series.points.slice(half))),
    lowest: all.length ? Math.min(...all) : null,
    highest: all.length ? Math.max(...all) : null,
  };
}

/** Check-ins sorted newest day first (stable for equal days), for lists. */
export function checkInsNewestFirst(entries: readonly CheckIn[]): CheckIn[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.day === b.entry.day ? b.index - a.index : a.entry.day < b.entry.day ? 1 : -1))
    .map((x) => x.entry);
}

/**
 * The start of a check-in note for a one-line list: at most `max` characters (whole characters,
 * so an emoji is never cut in half), ending at a word where possible, with "…" when shortened.
 */
export function noteExcerpt(note: string, max = 60): string {
  const oneLine = note.replace(/\s+/g, ' ').trim();
  const chars = Array.from(oneLine);
  if (chars.length <= max) return oneLine;
  const cut = chars.slice(0, max).join('');
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
