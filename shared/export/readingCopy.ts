/**
 * The reading copy for the session: the disclosure letter, then each question with its answer,
 * in the partner's order and with their numbers. Large type, no tables, nothing else. Answers the
 * partner asked to hear "later, with my therapist" are left out (the question says so).
 */
import { readyQuestions } from '../workbook/partner/questionCounts';
import type { DisclosingWorkbook, PartnerWorkbook } from '../workbook/schema';
import { cleanText, type Run } from './model';
import { richTextToBlocks } from './richText';
import type { SharedWorkbook } from './therapistPackage';

export interface ReadingCopy {
  title: string;
  /** Each piece: a heading, then paragraphs of runs. */
  pieces: { heading: string; paragraphs: Run[][] }[];
}

export const LATER_WITH_THERAPIST = 'The answer to this question is for later, with the therapist.';

function blocksToParagraphs(blocks: ReturnType<typeof richTextToBlocks>): Run[][] {
  const out: Run[][] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push(b.runs);
    else if (b.kind === 'heading') out.push([{ text: b.text, bold: true }]);
    else if (b.kind === 'list') for (const item of b.items) out.push([{ text: '\u2022 ' }, ...item.runs]);
  }
  return out;
}

export function buildReadingCopy(
  pair: { disclosing: SharedWorkbook<DisclosingWorkbook> | null; partner: SharedWorkbook<PartnerWorkbook> | null },
  _details?: unknown,
): ReadingCopy | null {
  const pieces: ReadingCopy['pieces'] = [];
  const d = pair.disclosing;
  if (d?.sections.includes('letter')) {
    const letter = d.workbook.sections.letter;
    const content = letter.drafts[0]?.content ?? letter.current;
    const paragraphs = blocksToParagraphs(richTextToBlocks(content, 3));
    if (paragraphs.length) pieces.push({ heading: 'The letter', paragraphs });
  }
  const answers = d?.sections.includes('answers') ? d.workbook.sections.answers : null;
  // The partner's own list and order when their package is here; else the released questions as imported.
  const partnerQuestions = pair.partner?.sections.includes('questions') ? readyQuestions(pair.partner.workbook) : null;
  const questions = partnerQuestions
    ? partnerQuestions.map((q) => ({ id: q.id, number: q.number, text: q.text, later: q.answerMode === 'laterWithTherapist' }))
    : [...(answers?.packet?.questions ?? [])]
        .sort((a, b) => a.order - b.order)
        .map((q) => ({ id: q.id, number: q.number, text: q.text, later: q.answerMode === 'laterWithTherapist' }));
  for (const q of questions) {
    const answer = answers?.answers[q.id]?.text.trim() ?? '';
    const paragraphs: Run[][] = [[{ text: cleanText(q.text), bold: true }]];
    if (q.later) paragraphs.push([{ text: LATER_WITH_THERAPIST, italic: true }]);
    else if (answer)
      for (const line of cleanText(answer)
        .split('\n')
        .filter((l) => l.trim()))
        paragraphs.push([{ text: line }]);
    else paragraphs.push([{ text: 'Not yet answered.', italic: true }]);
    pieces.push({ heading: q.number !== null ? `Question ${q.number}` : 'Question', paragraphs });
  }
  if (pieces.length === 0) return null;
  return { title: 'Reading copy for the session', pieces };
}
