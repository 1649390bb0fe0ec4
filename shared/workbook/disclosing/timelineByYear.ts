import { INVENTORY_CATEGORY_IDS, type InventoryCategoryId } from '../categories';
import type { TimelineEntry } from '../schema';
import { parseApproxDate } from './approxDate';

export interface TimelineYearRow {
  year: number;
  /** Entries in that year, per category (categories with none are left out). */
  counts: Partial<Record<InventoryCategoryId, number>>;
  total: number;
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
}

/** Counts timeline entries per year and category, for the timeline's chart and its table. */
export function timelineByYear(entries: readonly Pick<TimelineEntry, 'date' | 'category'>[]): TimelineByYear {
  const byYear = new Map<number, TimelineYearRow>();
  const seen = new Set<InventoryCategoryId>();
  let undated = 0;
  for (const e of entries) {
    const date = parseApproxDate(e.date);
    if (!date) {
      undated++;
      continue;
    }
    const row = byYear.get(date.year) ?? { year: date.year, counts: {}, total: 0 };
    row.counts[e.category] = (row.counts[e.category] ?? 0) + 1;
    row.total++;
    byYear.set(date.year, row);
    seen.add(e.category);
  }
  const rows = [...byYear.values()].sort((a, b) => a.year - b.year);
  return {
    rows,
    categories: INVENTORY_CATEGORY_IDS.filter((c) => seen.has(c)),
    max: Math.max(1, ...rows.map((r) => r.total)),
    undated,
  };
}
