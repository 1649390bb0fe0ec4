import { describe, expect, it } from 'vitest';
import { FONT_METRICS } from './fontMetrics';
import { headingPages, type FlowParagraph, type FlowTable } from './pageFlow';

/** One body line at 11 pt with the document's 1.2 line spacing, twips. */
const LINE = FONT_METRICS.body.lineHeight * 22 * 10 * (288 / 240);
/** A page with room for exactly ten such lines. */
const PAGE = { textWidth: 9000, textHeight: Math.ceil(10 * LINE) };

const para = (lines: number, extra: Partial<FlowParagraph> = {}): FlowParagraph => ({
  kind: 'paragraph',
  runs: [{ text: Array.from({ length: lines }, (_, i) => `Line ${i + 1}`).join('\n'), face: 'body', bold: false, size: 22 }],
  before: 0,
  after: 0,
  line: 288,
  left: 0,
  right: 0,
  keepNext: false,
  keepLines: false,
  pageBreakBefore: false,
  ...extra,
});
const listed = (lines: number, extra: Partial<FlowParagraph> = {}) => para(lines, { tocLevel: 1, ...extra });

describe('the page flow (the TOC’s page numbers)', () => {
  it('widow control: a first line is not left alone at the bottom of a page, a last line not alone at the top', () => {
    // Nine lines, then a three-line paragraph: only its first line would fit, so all of it goes to page 2.
    expect(headingPages([para(9), listed(3)], PAGE)).toEqual([2]);
    // Eight lines, then a three-line paragraph: two would fit but would leave its last line alone, so it moves too.
    expect(headingPages([para(8), listed(3)], PAGE)).toEqual([2]);
    // Eight lines, then four: two stay, two go on; what follows is on page 2.
    expect(headingPages([para(8), listed(4), listed(1)], PAGE)).toEqual([1, 2]);
    // Seven lines and three: all fit.
    expect(headingPages([para(7), listed(3)], PAGE)).toEqual([1]);
  });

  it('keep with next: a heading goes with the lines widow control keeps together of what follows, or a table’s first row', () => {
    // Eight lines, a heading, a five-line paragraph: the heading and two lines do not fit, so the heading moves.
    expect(headingPages([para(8), listed(1, { keepNext: true }), para(5)], PAGE)).toEqual([2]);
    // Seven lines: the heading and two lines fit.
    expect(headingPages([para(7), listed(1, { keepNext: true }), para(5)], PAGE)).toEqual([1]);
    // Kept with a table whose first row (two lines) does not fit after nine lines.
    const table: FlowTable = {
      kind: 'table',
      widths: [9000],
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      rows: [{ cells: [[para(2)]], cantSplit: true, header: false }],
    };
    expect(headingPages([para(8), listed(1, { keepNext: true }), table], PAGE)).toEqual([2]);
  });

  it('table rows share the rule between them: rows of one line each, plus one rule per row and one below', () => {
    const rows = (n: number): FlowTable => ({
      kind: 'table',
      widths: [9000],
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      rows: Array.from({ length: n }, () => ({ cells: [[para(1)]], cantSplit: true, header: false })),
    });
    // A 0.5 pt rule is 10 twips: nine one-line rows take 9 lines + 100 twips; the next line needs its text's height (the
    // space its line spacing adds may hang below the page's last line).
    const text = FONT_METRICS.body.lineHeight * 22 * 10;
    const room = 9 * LINE + 100 + text;
    expect(headingPages([rows(9), listed(1)], { ...PAGE, textHeight: Math.ceil(room) })).toEqual([1]);
    expect(headingPages([rows(9), listed(1)], { ...PAGE, textHeight: Math.floor(room) - 1 })).toEqual([2]);
    // (Counting a rule above and below every row, 20 twips a row, the first would not fit either.)
  });
});
