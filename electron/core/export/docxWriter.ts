/**
 * The therapist document model -> a .docx file (the `docx` package). Cover page, a table of
 * contents with page numbers, Word heading styles (with outline levels, so the navigation
 * pane and the TOC work), "Confidential" and "Page X of Y" on every page after the cover,
 * readable tables, the letters' formatting, and the check-in chart as a native (editable) chart.
 */
import { AT_A_GLANCE_TITLE } from '../../../shared/export/atAGlance';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ISectionOptions,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import type { Block, ExportDocument, ExportPart, Run } from '../../../shared/export/model';
import { ANSWER_NOT_REVIEWED, ANSWER_REVIEWED, NOT_YET_ANSWERED } from '../../../shared/export/buildDocument';
import { CHART_ASPECT, checkInChartParagraph } from './checkInChartRun';
import { headingPages, type Face, type FlowItem, type FlowParagraph, type FlowTable } from './pageFlow';

const FONT = 'Calibri';
const HEADING_FONT = 'Cambria';
const INK = '1F2933';
const MUTED = '5F6B76';
const ACCENT = '24566E';
const RULE = 'C9D2DA';
const HEADER_FILL = 'E6EDF2';
const KEY_FILL = 'F3F6F8';

/** Twips (1/20 pt). A4 and US Letter, with margins that print well on both. */
const PAGE = {
  a4: { width: 11906, height: 16838, margin: 1418 }, // 2.5 cm
  letter: { width: 12240, height: 15840, margin: 1440 }, // 1 inch
} as const;

const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const STRONG_CHAR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
function startsRtl(text: string): boolean {
  const m = STRONG_CHAR.exec(text);
  return m !== null && RTL_CHAR.test(m[0]);
}

function textRun(run: Run, extra: { color?: string; size?: number; italics?: boolean } = {}): TextRun {
  return new TextRun({
    text: run.text,
    ...(run.breakBefore ? { break: 1 } : {}),
    ...(run.bold ? { bold: true } : {}),
    ...(run.italic || extra.italics ? { italics: true } : {}),
    ...(run.underline ? { underline: {} } : {}),
    ...(run.strike ? { strike: true } : {}),
    ...(run.code ? { font: 'Consolas' } : {}),
    ...(RTL_CHAR.test(run.text) ? { rightToLeft: true } : {}),
    ...(extra.color ? { color: extra.color } : {}),
    ...(extra.size ? { size: extra.size } : {}),
  });
}

function paragraph(
  runs: readonly Run[],
  options: IParagraphOptions = {},
  runExtra: Parameters<typeof textRun>[1] = {},
): Paragraph {
  const text = runs.map((r) => r.text).join('');
  flow?.push(flowParagraph(runs, options, runExtra));
  return new Paragraph({
    ...options,
    ...(startsRtl(text) ? { bidirectional: true } : {}),
    children: runs.map((r) => textRun(r, runExtra)),
  });
}

const plain = (text: string, options: IParagraphOptions = {}, runExtra: Parameters<typeof textRun>[1] = {}) =>
  paragraph([{ text }], options, runExtra);

/** Where paragraph() records what it writes, for the TOC's page numbers (the body, or a table cell); null: not recording. */
let flow: FlowItem[] | null = null;

interface StyleMetrics {
  run?: { font?: string; size?: number; bold?: boolean };
  paragraph?: {
    spacing?: { before?: number; after?: number; line?: number };
    indent?: { left?: number; right?: number };
    keepNext?: boolean;
    keepLines?: boolean;
  };
}

/** What paragraph() writes, as the page flow reads it: fonts, sizes, spacing, indents and keep settings, from the style. */
function flowParagraph(runs: readonly Run[], options: IParagraphOptions, runExtra: { size?: number }): FlowParagraph {
  const styleId = options.style ?? options.heading;
  const style = styleId ? (PARAGRAPH_STYLES.find((s) => s.id === styleId) as StyleMetrics | undefined) : undefined;
  const face: Face = style?.run?.font === HEADING_FONT ? 'heading' : 'body';
  const size = runExtra.size ?? style?.run?.size ?? 22;
  const spacing = { ...style?.paragraph?.spacing, ...options.spacing } as {
    before?: number;
    after?: number;
    line?: number;
  };
  const indent = { ...style?.paragraph?.indent, ...options.indent } as { left?: number; right?: number };
  const level = styleId?.startsWith('Heading') ? Number(styleId.slice('Heading'.length)) : 0;
  // A question's number sits in the hanging indent, before the tab: its text starts at the indent.
  const tab = runs.findIndex((r) => r.text === '\t');
  const text = runs.map((r) => r.text).join('');
  return {
    kind: 'paragraph',
    runs: runs.slice(tab + 1).map((r) => ({
      text: r.text,
      face: r.code ? 'mono' : face,
      bold: Boolean(r.bold ?? style?.run?.bold),
      size,
      ...(r.breakBefore ? { breakBefore: true } : {}),
    })),
    before: spacing.before ?? 0,
    after: spacing.after ?? 140,
    line: spacing.line ?? 288,
    left: options.numbering ? 360 * (options.numbering.level + 1) + 360 : (indent.left ?? 0),
    right: indent.right ?? 0,
    keepNext: Boolean(options.keepNext ?? style?.paragraph?.keepNext),
    keepLines: Boolean(style?.paragraph?.keepLines),
    pageBreakBefore: Boolean(options.pageBreakBefore),
    ...(level >= 1 && level <= 3 && text.trim() !== '' ? { tocLevel: level } : {}),
  };
}

/** An empty paragraph, or one holding only a page break, as the page flow reads it. */
function flowEmpty(after: number, extra: Partial<FlowParagraph> = {}): FlowParagraph {
  return { ...flowParagraph([], { spacing: { before: 0, after } }, {}), ...extra };
}

/** Paragraphs made by `make`, recorded into a table cell of their own instead of the body. */
function inCell<T>(make: () => T): { made: T; cell: FlowParagraph[] } {
  const body = flow;
  const cell: FlowItem[] = [];
  flow = body ? cell : null;
  try {
    return { made: make(), cell: cell as FlowParagraph[] };
  } finally {
    flow = body;
  }
}

/**
 * Where the bookmarks of listed headings cannot be: inside runs, paragraph and section properties and tables (no
 * heading here is written in a table), so the search skips them.
 */
const NO_TOC_BOOKMARKS = new Set(['_attr', 'w:r', 'w:pPr', 'w:sectPr', 'w:tbl', 'w:hyperlink']);

/** The names of the bookmarks docx put on the headings its table of contents lists, in order. */
function tocBookmarks(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const child of node) tocBookmarks(child, out);
  } else if (node && typeof node === 'object') {
    for (const key in node) {
      const value = (node as Record<string, unknown>)[key];
      if (key === 'w:bookmarkStart') {
        const name = (value as { _attr?: Record<string, unknown> })._attr?.['w:name'];
        if (typeof name === 'string' && name.startsWith('_Toc')) out.push(name);
      } else if (!NO_TOC_BOOKMARKS.has(key)) tocBookmarks(value, out);
    }
  }
  return out;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

/** The table's rules, set once on the table (its outside and the lines between cells) rather than on every cell. */
function tableBorders(color: string) {
  const line = { style: BorderStyle.SINGLE, size: 4, color };
  return { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
}

/** Grey for context rows (timeline milestones): readable (about 4.5:1 on white), clearly secondary. */
const MUTED_TEXT = '6B6B6B';

function cellParagraphs(text: string, bold = false, muted = false): Paragraph[] {
  const lines = text.split('\n');
  // Tables are set a point smaller than body text (the TableText style), so more fits on a line without crowding.
  return lines.map((line) =>
    paragraph(
      [{ text: line, ...(bold ? { bold: true } : {}) }],
      { style: 'TableText', ...(lines.length > 1 ? { spacing: { after: 60 } } : {}) },
      muted ? { color: MUTED_TEXT } : {},
    ),
  );
}

const SHORT_CELL_CHARS = 500;

function table(block: Extract<Block, { kind: 'table' }>, textWidth: number): Table {
  const total = block.widths.reduce((a, b) => a + b, 0) || 1;
  const widths = block.widths.map((w) => Math.floor((w / total) * textWidth));
  const keyValue = block.columns.every((c) => c === '');
  const margins = { top: 80, bottom: 80, left: 110, right: 110 };
  const rows: TableRow[] = [];
  const flowRows: FlowTable['rows'] = [];
  /** A row's cells' paragraphs, recorded cell by cell for the page flow. */
  const cells = (texts: readonly string[], make: (text: string, i: number) => Paragraph[]) => {
    const made = texts.map((text, i) => inCell(() => make(text, i)));
    return { paragraphs: made.map((m) => m.made), flow: made.map((m) => m.cell) };
  };
  if (!keyValue) {
    const header = cells(block.columns, (c) => cellParagraphs(c, true));
    flowRows.push({ cells: header.flow, cantSplit: true, header: true });
    rows.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map(
          (c, i) =>
            new TableCell({
              width: { size: widths[i] ?? 0, type: WidthType.DXA },
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL },
              children: header.paragraphs[i] ?? [],
            }),
        ),
      }),
    );
  }
  const muted = new Set(block.mutedRows ?? []);
  for (const [r, row] of block.rows.entries()) {
    const texts = block.columns.map((_c, i) => row[i] ?? '');
    const made = cells(texts, (text, i) => cellParagraphs(text, keyValue && i === 0, muted.has(r)));
    // Short rows stay on one page (otherwise a row's bottom padding can spill over as an empty row);
    // long ones may break so that nothing is cut off.
    const cantSplit = row.every((cell) => cell.length <= SHORT_CELL_CHARS);
    flowRows.push({ cells: made.flow, cantSplit, header: false });
    rows.push(
      new TableRow({
        cantSplit,
        children: block.columns.map(
          (_c, i) =>
            new TableCell({
              width: { size: widths[i] ?? 0, type: WidthType.DXA },
              ...(keyValue && i === 0 ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: KEY_FILL } } : {}),
              children: made.paragraphs[i] ?? [],
            }),
        ),
      }),
    );
  }
  flow?.push({ kind: 'table', widths, margins, rows: flowRows });
  return new Table({
    rows,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: tableBorders(RULE),
    margins: { ...margins, marginUnitType: WidthType.DXA },
  });
}

interface Counters {
  numberedLists: number;
}

function blockToChildren(block: Block, textWidth: number, counters: Counters): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [plain(block.text, { heading: HEADINGS[block.level - 1]!, keepNext: true })];
    case 'paragraph':
      if (block.style === 'quote') return [paragraph(block.runs, { style: 'LetterQuote' })];
      if (block.style === 'note') return [paragraph(block.runs, { style: 'Note' })];
      if (block.style === 'meta') return [paragraph(block.runs, { style: 'Meta' })];
      if (block.style === 'underQuestion') return [paragraph(block.runs, { style: 'QuestionNote' })];
      return [paragraph(block.runs)];
    case 'list': {
      const instance = block.ordered ? ++counters.numberedLists : 0;
      return block.items.map((item) =>
        paragraph(item.runs, {
          numbering: {
            reference: block.ordered ? 'letter-numbers' : 'letter-bullets',
            level: item.level,
            ...(block.ordered ? { instance } : {}),
          },
          spacing: { after: 60 },
        }),
      );
    }
    case 'table': {
      const made = table(block, textWidth);
      flow?.push(flowEmpty(120));
      return [made, new Paragraph({ spacing: { before: 0, after: 120 }, children: [] })];
    }
    case 'question': {
      const out: Paragraph[] = [
        paragraph([{ text: `${block.number}.`, bold: true }, { text: '\t' }, { text: block.text }], {
          style: 'Question',
          tabStops: [{ type: 'left', position: 567 }],
        }),
      ];
      if (block.tags?.length) {
        out.push(plain(block.tags.join('  \u00b7  '), { style: 'QuestionTags' }));
      }
      if (block.showAnswer) {
        const label = block.answerBy ? `Answer from ${block.answerBy}` : 'Answer';
        out.push(plain(label, { style: 'AnswerLabel' }));
        if (block.answer) for (const p of block.answer) out.push(paragraph(p, { style: 'Answer' }));
        else out.push(plain(NOT_YET_ANSWERED, { style: 'Answer' }, { italics: true, color: MUTED }));
        if (block.reviewed !== undefined) {
          out.push(plain(block.reviewed ? ANSWER_REVIEWED : ANSWER_NOT_REVIEWED, { style: 'QuestionTags' }, { italics: true }));
        }
      }
      return out;
    }
    case 'chart': {
      const width = Math.min(620, Math.floor(textWidth / 15)); // twips -> px at 96 dpi
      const title = plain(block.chart.title, { style: 'Caption', keepNext: true }, { italics: false });
      // The chart's height (twips) as checkInChartRun draws it, in a single-spaced paragraph kept with its caption.
      flow?.push(flowEmpty(80, { keepNext: true, fixedHeight: Math.round(width * CHART_ASPECT) * 15 }));
      return [title, checkInChartParagraph(block.chart, width), plain(block.chart.caption, { style: 'Caption' })];
    }
  }
}

function partChildren(part: ExportPart, textWidth: number, counters: Counters): (Paragraph | Table)[] {
  const meta = [`Written by ${part.author}`, `Last saved ${part.lastSaved}`, ...(part.draftLabel ? [part.draftLabel] : [])];
  const out: (Paragraph | Table)[] = [
    plain(part.title, { heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    ...meta.map((line) => plain(line, { style: 'PartMeta' })),
  ];
  for (const section of part.sections) {
    out.push(plain(section.title, { heading: HeadingLevel.HEADING_2, keepNext: true }));
    for (const block of section.blocks) out.push(...blockToChildren(block, textWidth, counters));
  }
  return out;
}

function cover(doc: ExportDocument): Paragraph[] {
  const lines: Paragraph[] = [
    plain('CONFIDENTIAL', { spacing: { before: 2400, after: 240 } }, { color: ACCENT, size: 20 }),
    plain(doc.title, { style: 'CoverTitle' }),
  ];
  if (doc.cover.couple)
    lines.push(plain(doc.cover.couple, { style: 'CoverLine', spacing: { after: 480 } }, { size: 32, color: INK }));
  const facts: [string, string][] = [
    ['Therapist', doc.cover.therapist],
    ['Session date', doc.cover.sessionDate],
    ['Prepared on', doc.cover.preparedOn],
  ];
  for (const [label, value] of facts) {
    if (value) lines.push(paragraph([{ text: `${label}: `, bold: true }, { text: value }], { style: 'CoverLine' }));
  }
  lines.push(plain(doc.cover.notice, { style: 'Notice' }));
  return lines;
}

const heading = (id: string, name: string, level: number, size: number, before: number, after: number, color = ACCENT) => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { font: HEADING_FONT, size, bold: level < 3, color },
  paragraph: { outlineLevel: level, keepNext: true, keepLines: true, spacing: { before, after } },
});

/** The document's paragraph styles (also read by the page flow, so the TOC's page numbers follow them). */
const PARAGRAPH_STYLES = [
  heading('Heading1', 'Heading 1', 0, 36, 0, 160),
  heading('Heading2', 'Heading 2', 1, 28, 360, 120),
  heading('Heading3', 'Heading 3', 2, 24, 240, 80, INK),
  heading('Heading4', 'Heading 4', 3, 22, 200, 60, MUTED),
  { id: 'Title', name: 'Title', basedOn: 'Normal', run: { font: HEADING_FONT, size: 52, color: INK } },
  {
    id: 'CoverTitle',
    name: 'Cover Title',
    basedOn: 'Normal',
    run: { font: HEADING_FONT, size: 52, color: INK },
    paragraph: { spacing: { after: 320, line: 240, lineRule: LineRuleType.AUTO } },
  },
  { id: 'CoverLine', name: 'Cover Line', basedOn: 'Normal', paragraph: { spacing: { after: 80 } } },
  {
    id: 'Notice',
    name: 'Notice',
    basedOn: 'Normal',
    run: { size: 20, color: MUTED },
    paragraph: {
      spacing: { before: 1200, after: 0 },
      border: { top: { style: BorderStyle.SINGLE, size: 6, color: RULE, space: 8 } },
    },
  },
  {
    id: 'ContentsTitle',
    name: 'Contents Title',
    basedOn: 'Normal',
    run: { font: HEADING_FONT, size: 36, color: ACCENT, bold: true },
    paragraph: { spacing: { after: 240 } },
  },
  {
    id: 'PartMeta',
    name: 'Part Meta',
    basedOn: 'Normal',
    run: { size: 20, color: MUTED },
    paragraph: { spacing: { after: 40 } },
  },
  {
    id: 'Meta',
    name: 'Meta',
    basedOn: 'Normal',
    run: { size: 20, color: MUTED, italics: true },
    paragraph: { spacing: { after: 200 } },
  },
  { id: 'Note', name: 'Note', basedOn: 'Normal', run: { color: MUTED, italics: true } },
  {
    id: 'LetterQuote',
    name: 'Letter Quote',
    basedOn: 'Normal',
    run: { italics: true },
    paragraph: {
      indent: { left: 567, right: 567 },
      border: { left: { style: BorderStyle.SINGLE, size: 12, color: RULE, space: 10 } },
    },
  },
  {
    id: 'Question',
    name: 'Question',
    basedOn: 'Normal',
    run: { bold: false },
    paragraph: { indent: { left: 567, hanging: 567 }, spacing: { before: 200, after: 60 }, keepNext: true },
  },
  {
    id: 'QuestionTags',
    name: 'Question Tags',
    basedOn: 'Normal',
    run: { size: 17, color: MUTED },
    paragraph: { indent: { left: 567 }, spacing: { after: 60 }, keepNext: true },
  },
  {
    id: 'QuestionNote',
    name: 'Question Note',
    basedOn: 'Normal',
    paragraph: { indent: { left: 567 }, spacing: { after: 80 } },
  },
  {
    id: 'AnswerLabel',
    name: 'Answer Label',
    basedOn: 'Normal',
    run: { size: 18, color: ACCENT, bold: true, allCaps: true },
    paragraph: { indent: { left: 567 }, spacing: { after: 20 }, keepNext: true },
  },
  {
    id: 'Answer',
    name: 'Answer',
    basedOn: 'Normal',
    paragraph: {
      indent: { left: 567 },
      spacing: { after: 80 },
      border: { left: { style: BorderStyle.SINGLE, size: 12, color: HEADER_FILL, space: 8 } },
    },
  },
  {
    id: 'TableText',
    name: 'Table Text',
    basedOn: 'Normal',
    run: { size: 20 },
    paragraph: { spacing: { before: 0, after: 0, line: 264, lineRule: LineRuleType.AUTO } },
  },
  {
    id: 'Caption',
    name: 'Caption',
    basedOn: 'Normal',
    run: { size: 20, color: MUTED, italics: true },
    paragraph: { spacing: { after: 160 } },
  },
];

export interface DocxOptions {
  /**
   * The TOC's page numbers: 'flow' (default) works them out while writing with the page flow
   * (pageFlow.ts, fast at any length); 'wordLayout' with docx's own layout of Word's pages (exact
   * but slow: tens of seconds for the large sample; for tests that check the flow against it);
   * false leaves them for Word to fill in as it opens the file (it asks to update fields).
   */
  pageNumbers?: 'flow' | 'wordLayout' | false;
}

export function buildDocx(doc: ExportDocument, options: DocxOptions = {}): Document {
  const pageNumbers = options.pageNumbers ?? 'flow';
  const page = PAGE[doc.pageSize];
  const textWidth = page.width - 2 * page.margin;
  const counters: Counters = { numberedLists: 0 };
  const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (l: number) => string) =>
    Array.from({ length: 9 }, (_, level) => ({
      level,
      format,
      text: text(level),
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 360 * (level + 1) + 360, hanging: 360 } } },
    }));
  const recorded: FlowItem[] = [];
  flow = pageNumbers === 'flow' ? recorded : null;
  const body: (Paragraph | Table | TableOfContents)[] = [];
  const pageBreak = () => {
    flow?.push(flowEmpty(0, { pageBreakAfter: true }));
    body.push(new Paragraph({ children: [new PageBreak()] }));
  };
  try {
    body.push(...cover(doc));
    pageBreak();
    if (doc.glance) {
      body.push(plain(AT_A_GLANCE_TITLE, { heading: HeadingLevel.HEADING_1 }));
      body.push(...doc.glance.flatMap((block) => blockToChildren(block, textWidth, counters)));
      pageBreak();
    }
    body.push(plain('Contents', { style: 'ContentsTitle' }));
    // The table of contents: one line per entry, then the empty paragraph that ends its field.
    flow?.push({ ...flowEmpty(0), toc: true }, flowEmpty(140));
    body.push(new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3' }));
    body.push(...doc.parts.flatMap((part) => partChildren(part, textWidth, counters)));
  } finally {
    flow = null;
  }
  /** The page each heading the TOC lists lands on, from the page flow, by the bookmarks docx gives those headings. */
  const flowPageNumbers = (formatted: object) => {
    const names = tocBookmarks(formatted);
    const pages = headingPages(recorded, { textWidth, textHeight: page.height - 2 * page.margin });
    // Should the two ever disagree on which headings are listed, the numbers are left blank rather than wrong.
    const known = names.length === pages.length;
    return {
      bookmarks: new Map(known ? names.map((name, i) => [name, String(pages[i])] as const) : []),
      bookmarkPageNumbers: new Map(known ? names.map((name, i) => [name, pages[i]!] as const) : []),
    };
  };
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: 'Confidential', color: MUTED, size: 18 }),
          new TextRun({ text: '    \u00B7    ', color: MUTED, size: 18 }),
          new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], color: MUTED, size: 18 }),
        ],
      }),
    ],
  });
  const header = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 4 } },
        children: [new TextRun({ text: `Confidential \u2014 ${doc.title}`, color: MUTED, size: 18 })],
      }),
    ],
  });
  const section: ISectionOptions = {
    properties: {
      titlePage: true,
      page: {
        size: { width: page.width, height: page.height },
        margin: { top: page.margin, bottom: page.margin, left: page.margin, right: page.margin, header: 708, footer: 708 },
      },
    },
    headers: { default: header, first: new Header({ children: [new Paragraph({ children: [] })] }) },
    footers: { default: footer, first: new Footer({ children: [new Paragraph({ children: [] })] }) },
    children: body,
  };
  return new Document({
    title: doc.title,
    creator: 'Disclosure Workbook',
    description: 'Confidential document prepared for a therapeutic session.',
    ...(pageNumbers === 'flow' ? { pageNumbers: flowPageNumbers } : {}),
    ...(pageNumbers === 'wordLayout' ? { pageNumbers: estimatePageNumbersWith({ guess: true }) } : {}),
    features: { updateFields: pageNumbers === false },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, color: INK },
          paragraph: { spacing: { after: 140, line: 288, lineRule: LineRuleType.AUTO } },
        },
      },
      paragraphStyles: PARAGRAPH_STYLES,
    },
    numbering: {
      config: [
        { reference: 'letter-bullets', levels: levels(LevelFormat.BULLET, (l) => ['\u2022', '\u25E6', '\u2013'][l % 3]!) },
        { reference: 'letter-numbers', levels: levels(LevelFormat.DECIMAL, (l) => `%${l + 1}.`) },
      ],
    },
    sections: [section],
  });
}

/** Write the document to bytes. */
export async function writeDocx(doc: ExportDocument, options: DocxOptions = {}): Promise<Buffer> {
  return Packer.toBuffer(buildDocx(doc, options));
}
