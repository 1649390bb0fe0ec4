// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckIn } from '../../../shared/workbook/schema';
import { mount, type Mounted } from '../../testSupport';
import { CheckInChart } from './CheckInChart';

const entry = (day: string, distress: number): CheckIn => ({
  id: day,
  day,
  distress,
  ratings: {},
  harmThoughts: false,
  unsafeAtHome: false,
  note: '',
});

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('CheckInChart', () => {
  it('joins check-ins a few days apart with a line (dashed across the days without one) and keeps the table', () => {
    mounted = mount(
      <CheckInChart
        entries={[entry('2026-01-20', 3), entry('2026-01-23', 7), entry('2026-01-24', 6), entry('2026-01-28', 4)]}
        endDay="2026-01-30"
      />,
    );
    const svg = mounted.container.querySelector('svg.trend-chart');
    expect(svg?.querySelectorAll('circle.trend-dot')).toHaveLength(4);
    // 23rd-24th in a row: one solid line; the days without a check-in before and after: two gap lines.
    expect(svg?.querySelectorAll('polyline.trend-line')).toHaveLength(1);
    const gaps = [...(svg?.querySelectorAll('line.trend-gap') ?? [])];
    expect(gaps).toHaveLength(2);
    const dots = [...(svg?.querySelectorAll('circle.trend-dot') ?? [])];
    expect(gaps[0]?.getAttribute('x1')).toBe(dots[0]?.getAttribute('cx'));
    expect(gaps[0]?.getAttribute('x2')).toBe(dots[1]?.getAttribute('cx'));
    expect(svg?.getAttribute('data-lines')).toBe('3');
    // The numbers stay readable as a table, one row per check-in.
    const rows = [...mounted.container.querySelectorAll('table.trend-table tbody tr')].map((r) => r.textContent);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(/7$/);
  });
});
