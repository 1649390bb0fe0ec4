import { useId, useMemo, useState } from 'react';
import { CHECK_IN_ITEMS } from '../../../shared/guidance/sectionTexts';
import {
  CHECK_IN_SERIES_IDS,
  checkInTrendSeries,
  summariseTrend,
  trendChartLayout,
  type CheckInSeriesId,
  type ChartGeometry,
} from '../../../shared/workbook/partner/checkInTrend';
import type { CheckIn } from '../../../shared/workbook/schema';

const SERIES_LABELS: Record<CheckInSeriesId, string> = {
  distress: 'Overall distress (0 to 10)',
  ...(Object.fromEntries(CHECK_IN_ITEMS.map((i) => [i.id, `${i.label} (0 to 4)`])) as Record<
    Exclude<CheckInSeriesId, 'distress'>,
    string
  >),
};
const WEEK_CHOICES = [4, 6, 8, 13] as const;

const GEOMETRY: ChartGeometry = { width: 640, height: 220, left: 36, right: 12, top: 12, bottom: 30 };

function shortDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
}

/** An inline SVG line chart of the last weeks, with a text summary and a table for screen readers. */
export function CheckInChart({ entries, endDay }: { entries: readonly CheckIn[]; endDay: string }) {
  const uid = useId();
  const [seriesId, setSeriesId] = useState<CheckInSeriesId>('distress');
  const [weeks, setWeeks] = useState<(typeof WEEK_CHOICES)[number]>(6);
  const series = useMemo(() => checkInTrendSeries(entries, seriesId, endDay, weeks * 7), [entries, seriesId, endDay, weeks]);
  const summary = summariseTrend(series);

  const layout = trendChartLayout(series, GEOMETRY);
  const present = layout.dots;
  const n = series.points.length;
  const label = SERIES_LABELS[seriesId];

  const summaryText =
    summary.daysWithValue === 0
      ? `No check-ins with this rating in the last ${weeks} weeks. That is fine; the chart fills in whenever you check in.`
      : `${label}, last ${weeks} weeks: ${summary.daysWithValue} day${summary.daysWithValue === 1 ? '' : 's'} with a check-in. ` +
        (summary.earlierAverage !== null && summary.recentAverage !== null
          ? `Average ${summary.earlierAverage} in the earlier weeks and ${summary.recentAverage} in the more recent weeks. `
          : '') +
        `Lowest ${summary.lowest}, highest ${summary.highest}.`;

  const xLabels = n > 1 ? [0, Math.floor((n - 1) / 2), n - 1] : [0];

  return (
    <div className="card soft chart-card">
      <h3 id={`${uid}-title`}>How things have been over the last weeks</h3>
      <div className="chart-controls">
        <div className="field">
          <label htmlFor={`${uid}-series`}>Show</label>
          <select id={`${uid}-series`} value={seriesId} onChange={(e) => setSeriesId(e.target.value as CheckInSeriesId)}>
            {CHECK_IN_SERIES_IDS.map((s) => (
              <option key={s} value={s}>
                {SERIES_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-weeks`}>Period</label>
          <select
            id={`${uid}-weeks`}
            value={weeks}
            onChange={(e) => setWeeks(Number(e.target.value) as (typeof WEEK_CHOICES)[number])}
          >
            {WEEK_CHOICES.map((w) => (
              <option key={w} value={w}>
                Last {w} weeks
              </option>
            ))}
          </select>
        </div>
      </div>
      <svg
        className="trend-chart"
        viewBox={`0 0 ${GEOMETRY.width} ${GEOMETRY.height}`}
        role="img"
        aria-labelledby={`${uid}-svg-title ${uid}-svg-desc`}
        data-testid="trend-chart"
        data-points={present.length}
        data-lines={layout.segments.filter((seg) => seg.length > 1).length + layout.bridges.length}
      >
        <title id={`${uid}-svg-title`}>{`Chart: ${label}`}</title>
        <desc id={`${uid}-svg-desc`}>{summaryText}</desc>
        {layout.grid.map((t) => (
          <g key={t.value}>
            <line className="grid" x1={layout.plot.x} x2={layout.plot.x + layout.plot.w} y1={t.y} y2={t.y} />
            <text className="axis" x={layout.plot.x - 8} y={t.y + 4} textAnchor="end">
              {t.value}
            </text>
          </g>
        ))}
        {xLabels.map((i) => (
          <text
            key={i}
            className="axis"
            x={layout.xAt(i)}
            y={GEOMETRY.height - 8}
            textAnchor={i === 0 ? 'start' : i === n - 1 ? 'end' : 'middle'}
          >
            {shortDay(series.points[i]?.day ?? series.lastDay)}
          </text>
        ))}
        {layout.segments
          .filter((seg) => seg.length > 1)
          .map((seg) => (
            <polyline
              key={seg[0]?.day}
              className="trend-line"
              points={seg.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')}
            />
          ))}
        {layout.bridges.map((b) => (
          <line
            key={`gap-${b.from.day}`}
            className="trend-gap"
            data-testid="trend-gap"
            x1={b.from.x}
            y1={b.from.y}
            x2={b.to.x}
            y2={b.to.y}
          />
        ))}
        {present.map((p) => (
          <circle key={p.day} className="trend-dot" cx={p.x} cy={p.y} r={3.5} />
        ))}
      </svg>
      <p className="chart-summary" data-testid="chart-summary">
        {summaryText}
      </p>
      <details>
        <summary>Show these numbers as a table</summary>
        <table className="trend-table">
          <caption className="visually-hidden">{label}</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">{label}</th>
            </tr>
          </thead>
          <tbody>
            {present.map((p) => (
              <tr key={p.day}>
                <th scope="row">{shortDay(p.day)}</th>
                <td>{p.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
