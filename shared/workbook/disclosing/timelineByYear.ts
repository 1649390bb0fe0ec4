import { INVENTORY_CATEGORY_IDS, type InventoryCategoryId } from '../categories';
import type { Milestone, TimelineEntry } from '../schema';
import { parseApproxDate } from './approxDate';

export interface TimelineYearRow {
  year: number;
  /** Entries in that year, per category (categories with none are left out). */
  counts: Partial<Record<InventoryCategoryId, number>>;
  /** Entries only: milestones are never counted here. */
  total: number;
  /** Milestones in that year (context, shown greyed beside the bar), in the order given. */
  milestones: Pick<Milestone, 'kind' | 'label'>[];
}

export interface TimelineByYear {
  /** One row per year that has an entry, earliest first. */
  rows: TimelineYearRow[];
  /** The categories that occur, in the inventory's order (for a legend and table columns). */
  categories: InventoryCategoryId[];
  /** The largest yearly total, at least 1 (bars are drawn relative to it). */
  max: number;
  /** Entries whose date has no readable year; they are kept, just not charted. */
  undated: number;
  /** Milestones in the chart (dated ones); their years get a row even without an entry. */
  milestones: number;
}

/**
 * Counts timeline entries per year and category, for the timeline's chart and its table.
 * Milestones (wedding, birth, move…) are context on the same line of time: listed per year, never
 * added to the entries' counts or to the scale of the bars.
 */
export function timelineByYear(
  entries: readonly Pick<TimelineEntry, 'date' | 'category'>[],
  milestones: readonly Pick<Milestone, 'date' | 'kind' | 'label'>[] = [],
): TimelineByYear {
  const byYear = new Map<number, TimelineYearRow>();
  const seen = new Set<InventoryCategoryId>();
  let undated = 0;
  for (const e of entries) {
    const date = parseApproxDate(e.date);
    if (!date) {
      undated++;
      continue;
    }
    const row = byYear.get(date.year) ?? { year: date.year, counts: {}, total: 0, milestones: [] };
    row.counts[e.category] = (row.counts[e.category] ?? 0) + 1;
    row.total++;
    byYear.set(date.year, row);
    seen.add(e.category);
  }
  let charted = 0;
  for (const m of milestones) {
    const date = parseApproxDate(m.date);
    if (!date) continue;
    const row = byYear.get(date.year) ?? { year: date.year, counts: {}, total: 0, milestones: [] };
    row.milestones.push({ kind: m.kind, label: m.label });
    byYear.set(date.year, row);
    charted++;
  }
  const rows = [...byYear.values()].sort((a, b) => a.year - b.year);
  return {
    rows,
    categories: INVENTORY_CATEGORY_IDS.filter((c) => seen.has(c)),
    max: Math.max(1, ...rows.map((r) => r.total)),
    undated,
    milestones: charted,
  };
}
