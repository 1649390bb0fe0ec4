/**
 * The table of contents' page numbers, worked out fast. docx's own layout (docx/layout) lays pages
 * out as Word does, but takes tens of seconds for a long session document; this lays out the
 * same paragraphs and tables with the same rules that matter here, from a description the .docx
 * writer records as it writes (a "flow"): Word's line breaking with the fonts' own advance widths
 * (Carlito and Caladea, made as wide as Calibri and Cambria), line heights from the fonts, the
 * space between paragraphs (the larger of one's space after and the next one's space before,
 * none at the top of a page), the space of multiple line spacing allowed to hang below the last
 * line of a page, widow control (no first line alone at a page's bottom, no last line alone at the
 * top), keep-with-next chains (to the lines widow control keeps together, or a table's first row),
 * keep-lines, page breaks, table rows kept whole or broken by lines, rules shared between rows,
 * and header rows repeated on every page. Checked against docx's layout and against
 * LibreOffice's PDF in docxWriter.test.ts.
 */
import { FONT_METRICS } from './fontMetrics';

export type Face = 'body' | 'heading' | 'mono';

export interface FlowRun {
  text: string;
  face: Face;
  bold: boolean;
  /** Half-points, as in the document (22 = 11 pt). */
  size: number;
  breakBefore?: boolean;
}

export interface FlowParagraph {
  kind: 'paragraph';
  runs: FlowRun[];
  /** Twips. */
  before: number;
  after: number;
  /** Line spacing in 240ths of a single line ("auto"). */
  line: number;
  /** The text's indent from the left and right margins, twips (numbering and hanging indents already resolved). */
  left: number;
  right: number;
  keepNext: boolean;
  keepLines: boolean;
  pageBreakBefore: boolean;
  /** A page break after its text (a paragraph holding only a page break). */
  pageBreakAfter?: boolean;
  /** A picture or chart of this height (twips) instead of text. */
  fixedHeight?: number;
  /** The heading's level in the table of contents (1-3), when it is listed there. */
  tocLevel?: number;
  /** The table of contents itself: one entry line per listed heading. */
  toc?: boolean;
}

export interface FlowTable {
  kind: 'table';
  widths: number[];
  margins: { top: number; bottom: number; left: number; right: number };
  rows: { cells: FlowParagraph[][]; cantSplit: boolean; header: boolean }[];
}

export type FlowItem = FlowParagraph | FlowTable;

export interface FlowPage {
  /** Twips. */
  textWidth: number;
  textHeight: number;
}

/** A 0.5 pt rule, twips: one above each row (rows share the rule between them), and one below the table's last row. */
const BORDER = 10;
const TOC_ENTRY = { after: 100, line: 288 };

interface Metrics {
  readonly lineHeight: number;
  readonly average: number;
  readonly widths: readonly number[];
}
/**
 * Per face: UTF-16 code unit -> advance width in thousandths of an em (a character not listed: the
 * face's average letter). A flat table read by index, as the flow measures every character of
 * long documents.
 */
const WIDTHS = new Map<Metrics, Float64Array>();
function widthsOf(m: Metrics): Float64Array {
  let table = WIDTHS.get(m);
  if (!table) {
    table = new Float64Array(0x10000).fill(m.average);
    Array.from(FONT_METRICS.chars).forEach((c, i) => (table![c.charCodeAt(0)] = m.widths[i] ?? m.average));
    WIDTHS.set(m, table);
  }
  return table;
}

function metricsOf(face: Face, bold: boolean): Metrics {
  if (face === 'heading') return bold ? FONT_METRICS.headingBold : FONT_METRICS.heading;
  return bold ? FONT_METRICS.bodyBold : FONT_METRICS.body;
}

/** Single-spaced line height of a run, twips. */
function singleLine(run: Pick<FlowRun, 'face' | 'size'>): number {
  const lineHeight = run.face === 'heading' ? FONT_METRICS.heading.lineHeight : FONT_METRICS.body.lineHeight;
  return lineHeight * run.size * 10;
}

interface Line {
  /** The line's full height with its spacing, twips. */
  height: number;
  /** What of it multiple spacing adds below the text (may hang below the page's last line). */
  hang: number;
}

/** Word's lines: words are kept whole unless one is wider than the line; spaces at a line's end take no room. */
function linesOf(p: FlowParagraph, width: number): Line[] {
  const runs = p.runs.length > 0 ? p.runs : [{ text: '', face: 'body' as const, bold: false, size: 22 }];
  const tallest = Math.max(...runs.map(singleLine));
  const multiple = Math.max(p.line, 240) / 240;
  const line: Line = { height: tallest * multiple, hang: tallest * (multiple - 1) };
  if (p.fixedHeight !== undefined) return [{ height: p.fixedHeight, hang: 0 }];
  // Thousandths of an em times half-points: 1 twip is 100 of these units.
  const avail = Math.max(width - p.left - p.right, 200) * 100;
  let count = 1;
  let x = 0; // the line so far, without the spaces after its last word
  let space = 0; // spaces since the last word
  let word = 0; // the word being measured
  const endWord = () => {
    if (word === 0) return;
    if (x > 0 && x + space + word > avail) {
      count++;
      x = 0;
    } else x += space;
    while (word > avail) {
      // A "word" wider than the line is broken where it reaches the margin.
      count++;
      word -= avail;
    }
    x += word;
    word = 0;
    space = 0;
  };
  for (const run of runs) {
    if (run.breakBefore) {
      endWord();
      count++;
      x = 0;
      space = 0;
    }
    const mono = run.face === 'mono';
    const m = metricsOf(run.face === 'heading' ? 'heading' : 'body', run.bold);
    const widths = widthsOf(m);
    const size = run.size;
    const text = run.text;
    const spaceWidth = widths[32]! * size;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 32 || code === 9) {
        endWord();
        space += spaceWidth;
      } else if (code === 10) {
        endWord();
        count++;
        x = 0;
        space = 0;
      } else {
        // A character outside the basic plane (two code units) is one average letter.
        if (code >= 0xd800 && code <= 0xdbff) i++;
        word += (mono ? 550 : widths[code]!) * size;
      }
    }
  }
  endWord();
  return Array.from({ length: count }, () => line);
}

/**
 * The page (counted from 1) each listed heading starts on, in the order of the flow. The table
 * of contents takes one line per listed heading.
 */
export function headingPages(flow: readonly FlowItem[], page: FlowPage): number[] {
  const tocCount = flow.filter((i) => i.kind === 'paragraph' && i.tocLevel !== undefined).length;
  const pages: number[] = [];
  let pageNo = 1;
  let y = 0;
  let prevAfter = 0;
  let placed = false;
  let started = false; // the document's first paragraph keeps its space before
  const newPage = () => {
    pageNo++;
    y = 0;
    prevAfter = 0;
    placed = false;
  };
  const bottom = page.textHeight;

  /** A paragraph's lines at the width of the page's text, measured once (keep-with-next chains look ahead). */
  const measured = new Map<FlowParagraph, Line[]>();
  const measure = (p: FlowParagraph) => {
    let lines = measured.get(p);
    if (!lines) {
      lines = linesOf(p, page.textWidth);
      measured.set(p, lines);
    }
    return lines;
  };

  const placeParagraph = (p: FlowParagraph, index: number) => {
    if (p.toc) {
      for (let e = 0; e < tocCount; e++) {
        placeParagraph(
          {
            kind: 'paragraph',
            runs: [{ text: 'Entry', face: 'body', bold: false, size: 22 }],
            before: 0,
            after: TOC_ENTRY.after,
            line: TOC_ENTRY.line,
            left: 0,
            right: 0,
            keepNext: false,
            keepLines: false,
            pageBreakBefore: false,
          },
          -1,
        );
      }
      return;
    }
    if (p.pageBreakBefore && placed) newPage();
    if (p.keepNext && placed && index >= 0) {
      // The chain: this paragraph, the ones kept with it, and the first line of the one they are kept with.
      let need = 0;
      let j = index;
      let after = prevAfter;
      for (;;) {
        const item = flow[j];
        if (!item) break;
        if (item.kind === 'table') {
          // Kept with a table: with its first row.
          const first = item.rows[0];
          if (first) need += after + rowHeight(item, first);
          break;
        }
        const lines = measure(item);
        need += Math.max(after, item.before);
        if (item.keepNext && j < flow.length - 1) {
          need += lines.reduce((a, l) => a + l.height, 0);
          after = item.after;
          j++;
          continue;
        }
        // Of the paragraph they are kept with, the lines widow control keeps together at the bottom of a page:
        // all of one of up to three lines, otherwise its first two.
        const kept = lines.slice(0, lines.length <= 3 ? lines.length : 2);
        need += kept.reduce((a, l) => a + l.height, 0) - (kept.at(-1)?.hang ?? 0);
        break;
      }
      if (y + need > bottom && need - Math.max(prevAfter, p.before) <= bottom) newPage();
    }
    const lines = measure(p);
    if (p.keepLines && placed) {
      const total = lines.reduce((a, l) => a + l.height, 0) - (lines[lines.length - 1]?.hang ?? 0);
      if (y + Math.max(prevAfter, p.before) + total > bottom && total <= bottom) newPage();
    }
    // Line by line, page by page, with Word's widow control (on unless a paragraph turns it off, which none here
    // does): a paragraph's first line is never left alone at the bottom of a page, nor its last at the top of the next.
    let i = 0;
    while (i < lines.length) {
      const space = i === 0 ? (placed ? Math.max(prevAfter, p.before) : started ? 0 : p.before) : 0;
      let fits = 0;
      let end = y + space;
      while (i + fits < lines.length) {
        const line = lines[i + fits]!;
        if (end + line.height - line.hang > bottom) break;
        end += line.height;
        fits++;
      }
      const rest = lines.length - i;
      let count = fits;
      if (fits < rest && rest >= 2) {
        if (rest - fits === 1) count = fits - 1;
        if (i === 0 && count === 1) count = 0;
      }
      if (!placed) count = Math.max(count, 1);
      if (count === 0) {
        newPage();
        continue;
      }
      if (i === 0 && p.tocLevel !== undefined) pages.push(pageNo);
      y += space;
      for (let k = 0; k < count; k++) y += lines[i + k]!.height;
      placed = true;
      started = true;
      i += count;
      if (i < lines.length) newPage();
    }
    prevAfter = p.after;
    if (p.pageBreakAfter) newPage();
  };

  const cellHeight = (cell: FlowParagraph[], width: number, margins: FlowTable['margins']) => {
    let h = margins.top + margins.bottom;
    cell.forEach((p, i) => {
      const lines = linesOf(p, width - margins.left - margins.right);
      h += (i === 0 ? p.before : Math.max(cell[i - 1]!.after, p.before)) + lines.reduce((a, l) => a + l.height, 0);
      if (i === cell.length - 1) h += p.after;
    });
    return h;
  };

  /** A row's height with the rule above it (and the one below, for the table's last row). */
  const rowHeight = (t: FlowTable, row: FlowTable['rows'][number]) => {
    const heights = row.cells.map((cell, c) => cellHeight(cell, t.widths[c] ?? page.textWidth, t.margins));
    return Math.max(...heights, 0) + BORDER + (row === t.rows.at(-1) ? BORDER : 0);
  };

  const placeTable = (t: FlowTable) => {
    y += placed ? prevAfter : 0;
    prevAfter = 0;
    let header = 0;
    for (const row of t.rows) {
      const h = rowHeight(t, row);
      if (row.header) header += h;
      if (placed && y + h > bottom) {
        if (row.cantSplit || row.header) {
          newPage();
          if (!row.header) y += header;
        } else {
          // Broken by lines: what does not fit goes on, below the header rows repeated on the next pages.
          let rest = h - (bottom - y);
          newPage();
          y += header;
          while (y + rest > bottom) {
            rest -= bottom - y;
            newPage();
            y += header;
          }
          y += rest;
          placed = true;
          continue;
        }
      }
      y += h;
      placed = true;
    }
  };

  flow.forEach((item, index) => (item.kind === 'table' ? placeTable(item) : placeParagraph(item, index)));
  return pages;
}
