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
import { checkInChartParagraph } from './checkInChartRun';

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
  return new Paragraph({
    ...options,
    ...(startsRtl(text) ? { bidirectional: true } : {}),
    children: runs.map((r) => textRun(r, runExtra)),
  });
}

const plain = (text: string, options: IParagraphOptions = {}, runExtra: Parameters<typeof textRun>[1] = {}) =>
  paragraph([{ text }], options, runExtra);

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

function cellBorders(color: string) {
  const line = { style: BorderStyle.SINGLE, size: 4, color };
  return { top: line, bottom: line, left: line, right: line };
}

/** Grey for context rows (timeline milestones): readable (about 4.5:1 on white), clearly secondary. */
const MUTED_TEXT = '6B6B6B';

function cellParagraphs(text: string, bold = false, muted = false): Paragraph[] {
  const lines = text.split('\n');
  // Tables are set a point smaller than body text, so more fits on a line without crowding.
  return lines.map((line) =>
    paragraph(
      [{ text: line, ...(bold ? { bold: true } : {}) }],
      { spacing: { before: 0, after: lines.length > 1 ? 60 : 0, line: 264, lineRule: LineRuleType.AUTO } },
      muted ? { size: 20, color: MUTED_TEXT } : { size: 20 },
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
  if (!keyValue) {
    rows.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map(
          (c, i) =>
            new TableCell({
              width: { size: widths[i] ?? 0, type: WidthType.DXA },
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL },
              borders: cellBorders(RULE),
              margins,
              children: cellParagraphs(c, true),
            }),
        ),
      }),
    );
  }
  const muted = new Set(block.mutedRows ?? []);
  for (const [r, row] of block.rows.entries()) {
    rows.push(
      new TableRow({
        // Short rows stay on one page (otherwise a row's bottom padding can spill over as an empty row);
        // long ones may break so that nothing is cut off.
        cantSplit: row.every((cell) => cell.length <= SHORT_CELL_CHARS),
        children: block.columns.map(
          (_c, i) =>
            new TableCell({
              width: { size: widths[i] ?? 0, type: WidthType.DXA },
              borders: cellBorders(RULE),
              margins,
              ...(keyValue && i === 0 ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: KEY_FILL } } : {}),
              children: cellParagraphs(row[i] ?? '', keyValue && i === 0, muted.has(r)),
            }),
        ),
      }),
    );
  }
  return new Table({
    rows,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
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
    case 'table':
      return [table(block, textWidth), new Paragraph({ spacing: { before: 0, after: 120 }, children: [] })];
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
      return [
        plain(block.chart.title, { style: 'Caption', keepNext: true }, { italics: false }),
        checkInChartParagraph(block.chart, width),
        plain(block.chart.caption, { style: 'Caption' }),
      ];
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

export interface DocxOptions {
  /** Work out TOC page numbers while writing: true always (unless pathological), false never, default up to PAGE_ESTIMATE_MAX_CHARS. */
  pageNumbers?: boolean;
}

/** Total characters and the longest run without a space, over all blocks. */
function textStats(doc: ExportDocument): { total: number; longestWord: number } {
  let total = 0;
  let longestWord = 0;
  const see = (text: string) => {
    total += text.length;
    for (const word of text.split(/\s+/)) longestWord = Math.max(longestWord, word.length);
  };
  for (const part of doc.parts)
    for (const section of part.sections)
      for (const block of section.blocks) {
        if (block.kind === 'paragraph') block.runs.forEach((r) => see(r.text));
        else if (block.kind === 'list') block.items.forEach((i) => i.runs.forEach((r) => see(r.text)));
        else if (block.kind === 'table') block.rows.forEach((row) => row.forEach(see));
        else if (block.kind === 'question') {
          see(block.text);
          block.answer?.forEach((p) => p.forEach((r) => see(r.text)));
        }
      }
  return { total, longestWord };
}

/**
 * Up to this much text, the TOC's page numbers are worked out while writing (docx's layout,
 * as Word lays pages out), so they show even in viewers that never update fields. That
 * layout costs roughly 0.5 s plus 15-20 ms per 1,000 characters on the 2-core CI machines, so longer documents (and text with a
 * "word" longer than a few pages) get the TOC entries with the page numbers left for Word
 * to fill in as it opens the file (it asks to update fields).
 */
export const PAGE_ESTIMATE_MAX_CHARS = 60_000;

function shouldEstimatePages(doc: ExportDocument, options: DocxOptions): boolean {
  if (options.pageNumbers === false) return false;
  const stats = textStats(doc);
  if (stats.longestWord >= 5_000) return false;
  return options.pageNumbers === true || stats.total <= PAGE_ESTIMATE_MAX_CHARS;
}

export function buildDocx(doc: ExportDocument, options: DocxOptions = {}): Document {
  const estimate = shouldEstimatePages(doc, options);
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
  const body: (Paragraph | Table | TableOfContents)[] = [
    ...cover(doc),
    new Paragraph({ children: [new PageBreak()] }),
    ...(doc.glance
      ? [
          plain(AT_A_GLANCE_TITLE, { heading: HeadingLevel.HEADING_1 }),
          ...doc.glance.flatMap((block) => blockToChildren(block, textWidth, counters)),
          new Paragraph({ children: [new PageBreak()] }),
        ]
      : []),
    plain('Contents', { style: 'ContentsTitle' }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3' }),
    ...doc.parts.flatMap((part) => partChildren(part, textWidth, counters)),
  ];
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
  const heading = (id: string, name: string, level: number, size: number, before: number, after: number, color = ACCENT) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: HEADING_FONT, size, bold: level < 3, color },
    paragraph: { outlineLevel: level, keepNext: true, keepLines: true, spacing: { before, after } },
  });
  return new Document({
    title: doc.title,
    creator: 'Disclosure Workbook',
    description: 'Confidential document prepared for a therapeutic session.',
    ...(estimate ? { pageNumbers: estimatePageNumbersWith({ guess: true }) } : {}),
    features: { updateFields: !estimate },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, color: INK },
          paragraph: { spacing: { after: 140, line: 288, lineRule: LineRuleType.AUTO } },
        },
      },
      paragraphStyles: [
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
          id: 'Caption',
          name: 'Caption',
          basedOn: 'Normal',
          run: { size: 20, color: MUTED, italics: true },
          paragraph: { spacing: { after: 160 } },
        },
      ],
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
