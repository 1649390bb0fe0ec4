/**
 * The check-in chart: distress (0-10) for each day from the first to the last check-in
 * (at most the last 120 days), as point data and as an SVG string. The .docx writer turns the
 * points into a native chart; the in-app chart uses the same series and layout (trendChartLayout).
 */
import {
  checkInTrendSeries,
  dayToUtcMs,
  trendChartLayout,
  type ChartGeometry,
  type TrendChartLayout,
} from '../workbook/partner/checkInTrend';
import type { CheckIn } from '../workbook/schema';
import type { CheckInChart } from './model';

const MAX_DAYS = 120;
const DAY_MS = 86_400_000;

export function checkInChartData(entries: readonly CheckIn[]): CheckInChart | null {
  const days = entries
    .map((e) => e.day)
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return null;
  const span = Math.round((dayToUtcMs(last) - dayToUtcMs(first)) / DAY_MS) + 1;
  const series = checkInTrendSeries(entries, 'distress', last, Math.min(MAX_DAYS, Math.max(span, 2)));
  if (!series.points.some((p) => p.value !== null)) return null;
  return {
    title: 'Distress over time',
    caption: `Distress from 0 (calm) to 10 (the most distress), one point for each day with a check-in, ${series.firstDay} to ${series.lastDay}. Gaps are days without a check-in.`,
    points: series.points.map((p) => ({ day: p.day, value: p.value })),
    max: series.max,
    firstDay: series.firstDay,
    lastDay: series.lastDay,
  };
}

export const DEFAULT_CHART_GEOMETRY: ChartGeometry = { width: 1200, height: 480, left: 70, right: 30, top: 30, bottom: 50 };

/** Pixel positions of the points, and the polyline segments (gaps break the line). */
export function chartLayout(chart: CheckInChart, g: ChartGeometry = DEFAULT_CHART_GEOMETRY): TrendChartLayout {
  return trendChartLayout(chart, g);
}

export function checkInChartSvg(chart: CheckInChart, g: ChartGeometry = DEFAULT_CHART_GEOMETRY): string {
  const layout = chartLayout(chart, g);
  const f = (n: number) => n.toFixed(1);
  const grid = layout.grid
    .map(
      (line) =>
        `<line x1="${f(layout.plot.x)}" y1="${f(line.y)}" x2="${f(layout.plot.x + layout.plot.w)}" y2="${f(line.y)}" stroke="#d9dde3" stroke-width="1"/>` +
        `<text x="${f(layout.plot.x - 12)}" y="${f(line.y + 5)}" text-anchor="end" font-size="16" fill="#555">${line.value}</text>`,
    )
    .join('');
  const lines = layout.segments
    .map(
      (seg) =>
        `<polyline fill="none" stroke="#2f6f8f" stroke-width="3" points="${seg.map((p) => `${f(p.x)},${f(p.y)}`).join(' ')}"/>`,
    )
    .join('');
  const dots = layout.dots.map((p) => `<circle cx="${f(p.x)}" cy="${f(p.y)}" r="4" fill="#2f6f8f"/>`).join('');
  const labels =
    `<text x="${f(layout.plot.x)}" y="${f(g.height - 15)}" font-size="16" fill="#555">${chart.firstDay}</text>` +
    `<text x="${f(layout.plot.x + layout.plot.w)}" y="${f(g.height - 15)}" text-anchor="end" font-size="16" fill="#555">${chart.lastDay}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${g.width}" height="${g.height}" viewBox="0 0 ${g.width} ${g.height}" role="img" aria-label="${chart.title}"><rect width="100%" height="100%" fill="#fff"/>${grid}${lines}${dots}${labels}</svg>`;
}
