/**
 * Approximate dates as people write them ("2019", "spring 2019", "03/2019", "2019-03-14",
 * "late 2018", "March 2019", "summer of 2020", "around 2017"), turned into a sortable range.
 * Anything unreadable sorts last, in the order it was written, and is never rejected.
 */

export interface ApproxDate {
  /** Earliest day it could mean, as YYYYMMDD. */
  readonly start: number;
  /** Latest day it could mean, as YYYYMMDD. */
  readonly end: number;
  /** Year, for charts. */
  readonly year: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Season → [first month, last month] (northern hemisphere; "winter 2019" means Jan–Feb 2019). */
const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [1, 2],
};

const day = (y: number, mo: number, d: number): ApproxDate => ({ start: ymd(y, mo, d), end: ymd(y, mo, d), year: y });

/** Days people date things by. Easter moves: "Easter 2020" means late March to April. */
const HOLIDAYS: Record<string, (y: number) => ApproxDate> = {
  christmas: (y) => ({ start: ymd(y, 12, 24), end: ymd(y, 12, 26), year: y }),
  xmas: (y) => ({ start: ymd(y, 12, 24), end: ymd(y, 12, 26), year: y }),
  'christmas eve': (y) => day(y, 12, 24),
  'new year': (y) => day(y, 1, 1),
  'new year eve': (y) => day(y, 12, 31),
  easter: (y) => ({ start: ymd(y, 3, 22), end: ymd(y, 4, 25), year: y }),
  valentine: (y) => day(y, 2, 14),
  halloween: (y) => day(y, 10, 31),
  thanksgiving: (y) => monthRange(y, 11, 11),
};

const PARTS: Record<string, [number, number]> = {
  early: [1, 4],
  beginning: [1, 4],
  start: [1, 4],
  mid: [5, 8],
  middle: [5, 8],
  late: [9, 12],
  end: [9, 12],
};

function ymd(y: number, m: number, d: number): number {
  return y * 10000 + m * 100 + d;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function monthRange(y: number, from: number, to: number): ApproxDate {
  return { start: ymd(y, from, 1), end: ymd(y, to, daysIn(y, to)), year: y };
}

const validYear = (y: number) => y >= 1900 && y <= 2200;

export function parseApproxDate(input: string): ApproxDate | null {
  const s = input
    .trim()
    .toLowerCase()
    .replace(/^(?:around|about|approximately|approx\.?|circa|c\.|~|roughly|sometime in|some time in|in)\s+/g, '')
    .replace(/\s+of\s+/g, ' ')
    .replace(/[,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (s === '') return null;
  let m: RegExpMatchArray | null;

  // 2019-03-14, 2019/3/14, 2019-03
  if ((m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(s))) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (!validYear(y) || mo < 1 || mo > 12) return null;
    if (m[3] === undefined) return monthRange(y, mo, mo);
    const d = Number(m[3]);
    if (d < 1 || d > daysIn(y, mo)) return null;
    return { start: ymd(y, mo, d), end: ymd(y, mo, d), year: y };
  }
  // 03/2019, 3-2019
  if ((m = /^(\d{1,2})[-/.](\d{4})$/.exec(s))) {
    const mo = Number(m[1]);
    const y = Number(m[2]);
    if (!validYear(y) || mo < 1 || mo > 12) return null;
    return monthRange(y, mo, mo);
  }
  // 14/03/2019 is read day first; 03/14/2019 (second number > 12) month first.
  if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s))) {
    let d = Number(m[1]);
    let mo = Number(m[2]);
    const y = Number(m[3]);
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    if (!validYear(y) || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return null;
    return { start: ymd(y, mo, d), end: ymd(y, mo, d), year: y };
  }
  // 2019
  if ((m = /^(\d{4})$/.exec(s))) {
    const y = Number(m[1]);
    return validYear(y) ? monthRange(y, 1, 12) : null;
  }
  // late 2018, early spring 2019, mid-2020
  if ((m = /^(early|beginning|start|mid|middle|late|end)[- ](?:(spring|summer|autumn|fall|winter) )?(\d{4})$/.exec(s))) {
    const y = Number(m[3]);
    if (!validYear(y)) return null;
    const part = PARTS[m[1] ?? ''];
    if (!part) return null;
    if (m[2]) {
      const [a, b] = SEASONS[m[2]] ?? [1, 12];
      const third = Math.max(1, Math.round((b - a + 1) / 3));
      const from =
        m[1] === 'early' || m[1] === 'beginning' || m[1] === 'start'
          ? a
          : m[1] === 'late' || m[1] === 'end'
            ? b - third + 1
            : a + third;
      const to = Math.min(b, from + third - 1);
      return monthRange(y, from, to);
    }
    return monthRange(y, part[0], part[1]);
  }
  // spring 2019
  if ((m = /^(spring|summer|autumn|fall|winter) (\d{4})$/.exec(s))) {
    const y = Number(m[2]);
    const season = SEASONS[m[1] ?? ''];
    if (!validYear(y) || !season) return null;
    return monthRange(y, season[0], season[1]);
  }
  // Christmas 2021, around Easter 2020, New Year's Eve 2019
  if ((m = /^([a-z' ]+?) (\d{4})$/.exec(s))) {
    const holiday = HOLIDAYS[m[1]?.replace(/'s\b/g, '').replace(/ day$/, '') ?? ''];
    const y = Number(m[2]);
    if (holiday && validYear(y)) return holiday(y);
  }
  // march 2019, 14 march 2019, march 14 2019 (a word that is not a month falls through to "contains a year")
  if ((m = /^(?:(\d{1,2})(?:st|nd|rd|th)? )?([a-z]+)\.?(?: (\d{1,2})(?:st|nd|rd|th)?)? (\d{4})$/.exec(s)) && MONTHS[m[2] ?? '']) {
    const mo = MONTHS[m[2] ?? ''];
    const y = Number(m[4]);
    if (!mo || !validYear(y)) return null;
    const dayText = m[1] ?? m[3];
    if (dayText === undefined) return monthRange(y, mo, mo);
    const d = Number(dayText);
    if (d < 1 || d > daysIn(y, mo)) return null;
    return { start: ymd(y, mo, d), end: ymd(y, mo, d), year: y };
  }
  // Anything else that contains a plausible year: the whole year.
  if ((m = /\b(19\d{2}|2[01]\d{2})\b/.exec(s))) {
    const y = Number(m[1]);
    return monthRange(y, 1, 12);
  }
  return null;
}

function dayNumber(v: number): number {
  return Date.UTC(Math.floor(v / 10000), (Math.floor(v / 100) % 100) - 1, v % 100) / 86_400_000;
}

/** Sort key: the middle of the range, then the narrower range first. */
function sortKey(d: ApproxDate): [number, number] {
  const a = dayNumber(d.start);
  const b = dayNumber(d.end);
  return [(a + b) / 2, b - a];
}

/**
 * Orders approximate dates by the middle of what they could mean, so "spring 2019" comes
 * before "2019" (about mid-year) and "late 2019" after it; for the same middle, the more
 * exact date first; unreadable dates last.
 */
export function compareApproxDates(a: string, b: string): number {
  const pa = parseApproxDate(a);
  const pb = parseApproxDate(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : 0;
  const [ma, wa] = sortKey(pa);
  const [mb, wb] = sortKey(pb);
  return ma - mb || wa - wb;
}

/** A stable sort by approximate date (items whose dates compare equal keep their order). */
export function sortByApproxDate<T>(items: readonly T[], dateOf: (item: T) => string): T[] {
  const keyed = items.map((item, index) => {
    const parsed = parseApproxDate(dateOf(item));
    return { item, index, key: parsed ? sortKey(parsed) : null };
  });
  keyed.sort((x, y) => {
    if (!x.key || !y.key) {
      if (x.key) return -1;
      if (y.key) return 1;
      return x.index - y.index;
    }
    return x.key[0] - y.key[0] || x.key[1] - y.key[1] || x.index - y.index;
  });
  return keyed.map((k) => k.item);
}
