/**
 * The reading copy as .docx: 15 pt text, 1.5 line spacing, generous space between
 * paragraphs, page numbers, no tables, no contents page: easy to read aloud in the session.
 */
import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { PageSize } from '../../../shared/export/model';
import type { ReadingCopy } from '../../../shared/export/readingCopy';

const PAGE = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } } as const;

export function readingCopyDocx(copy: ReadingCopy, pageSize: PageSize = 'a4'): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: copy.title, size: 40, bold: true })] }),
  ];
  copy.pieces.forEach((piece, i) => {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: i > 0 && piece.heading === 'The letter',
        keepNext: true,
        spacing: { before: 480, after: 240 },
        children: [new TextRun({ text: piece.heading, size: 36, bold: true })],
      }),
    );
    for (const runs of piece.paragraphs) {
      children.push(
        new Paragraph({
          spacing: { after: 280, line: 360 },
          children: runs.map(
            (r) =>
              new TextRun({
                text: r.text,
                size: 30,
                ...(r.bold ? { bold: true } : {}),
                ...(r.italic ? { italics: true } : {}),
                ...(r.underline ? { underline: {} } : {}),
                ...(r.breakBefore ? { break: 1 } : {}),
              }),
          ),
        }),
      );
    }
  });
  const doc = new Document({
    creator: 'Disclosure Workbook',
    title: copy.title,
    styles: { default: { document: { run: { font: 'Calibri', size: 30 } } } },
    sections: [
      {
        properties: {
          page: {
            size: PAGE[pageSize],
            margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 24 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
