/**
 * The table of contents' page numbers, worked out fast. docx's own layout (docx/layout) lays pages
 * out as Word does, but takes tens of seconds for a long session document; this lays out the
 * same paragraphs and tables with the same rules that matter here, from a description the .docx
 * writer records as it writes (a "flow"): Word's line breaking with the fonts' own advance widths
 * (Carlito and Caladea, made as wide as Calibri and Cambria), line heights from the fonts, the
 * space between paragraphs (the larger of one's space after and the next one's space before,
 * none at the top of a page), the space of multiple line spacing allowed to hang below the last
 * line of a page, keep-with-next chains, keep-lines, page breaks, table rows kept whole or broken
 * by lines, and header rows repeated on every page. Checked against docx's layout and against
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

/** A row's 0.5 pt borders above and below its cells, twips. */
const BORDER = 20;
/**
 * Word's lines hold a little less than the fonts' design widths add up to (it measures at a
 * device resolution); 1.3% wider matches docx's layout of Word's pages on the small and large
 * sample pairs, A4 and US Letter, to the page for almost every heading.
 */
const WORD_WIDTH = 1.013;
const TOC_ENTRY = { after: 100, line: 288 };

interface Metrics {
  readonly lineHeight: number;
  readonly average: number;
  readonly widths: readonly number[];
}
/** Per face: character -> advance width in thousandths of an em. */
const WIDTHS = new Map<Metrics, Map<string, number>>();
function widthsOf(m: Metrics): Map<string, number> {
  let map = WIDTHS.get(m);
  if (!map) {
    map = new Map(Array.from(FONT_METRICS.chars).map((c, i) => [c, m.widths[i] ?? m.average] as const));
    WIDTHS.set(m, map);
  }
  return map;
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
  const avail = (Math.max(width - p.left - p.right, 200) * 100) / WORD_WIDTH;
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
    for (const ch of run.text) {
      if (ch === ' ' || ch === '\t') {
        endWord();
        space += (widths.get(' ') ?? m.average) * size;
      } else if (ch === '\n') {
        endWord();
        count++;
        x = 0;
        space = 0;
      } else word += (mono ? 550 : (widths.get(ch) ?? m.average)) * size;
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

  /** A paragraph's lines at the width of the page's text. */
  const measure = (p: FlowParagraph) => linesOf(p, page.textWidth);

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
        if (!item || item.kind !== 'paragraph') break;
        const lines = measure(item);
        need += Math.max(after, item.before);
        if (item.keepNext && j < flow.length - 1) {
          need += lines.reduce((a, l) => a + l.height, 0);
          after = item.after;
          j++;
          continue;
        }
        need += (lines[0]?.height ?? 0) - (lines[0]?.hang ?? 0);
        break;
      }
      if (y + need > bottom && need - Math.max(prevAfter, p.before) <= bottom) newPage();
    }
    const lines = measure(p);
    if (p.keepLines && placed) {
      const total = lines.reduce((a, l) => a + l.height, 0) - (lines[lines.length - 1]?.hang ?? 0);
      if (y + Math.max(prevAfter, p.before) + total > bottom && total <= bottom) newPage();
    }
    lines.forEach((line, i) => {
      let space = 0;
      if (i === 0) space = placed ? Math.max(prevAfter, p.before) : started ? 0 : p.before;
      if (placed && y + space + line.height - line.hang > bottom) {
        newPage();
        space = 0;
      }
      if (i === 0 && p.tocLevel !== undefined) pages.push(pageNo);
      y += space + line.height;
      placed = true;
      started = true;
    });
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

  const placeTable = (t: FlowTable) => {
    y += placed ? prevAfter : 0;
    prevAfter = 0;
    let header = 0;
    for (const row of t.rows) {
      const heights = row.cells.map((cell, c) => cellHeight(cell, t.widths[c] ?? page.textWidth, t.margins));
      const h = Math.max(...heights, 0) + BORDER;
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
