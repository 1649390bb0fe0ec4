/**
 * "Questions for my therapist": the partner's own, readable document of ALL their questions
 * (every status), in their order, optionally with their reflections, for their own therapist
 * to review before any release. Pure; the .docx and its password are in electron/core.
 */
import { ANSWER_MODE_LABELS, QUESTIONS_DOCUMENT_TEXTS as T } from '../guidance/handoffTexts';
import { QUESTION_CATEGORY_LABELS, QUESTION_PRIORITY_LABELS, QUESTION_STATUS_LABELS } from '../guidance/questionBank';
import type { PartnerWorkbook } from '../workbook/schema';
import { cleanText, type Block, type ExportDocument, type OutlineEntry, type PageSize } from './model';
import { authorOf, formatDateTime, formatDay, PARTNER_AUTHOR } from './sectionBlocks';
import { CONFIDENTIAL_NOTICE, documentOutline } from './buildDocument';

const topicTag = (label: string) => label.replace(/\s*\(.*\)\s*$/, '');

export function questionsForTherapistDocument(
  wb: PartnerWorkbook,
  options: { withReflections: boolean; pageSize?: PageSize; now: Date; timeZone?: string },
): ExportDocument {
  const items = wb.sections.questions.items;
  const blocks: Block[] = [];
  if (items.length === 0) blocks.push({ kind: 'paragraph', runs: [{ text: T.none }], style: 'note' });
  items.forEach((q, i) => {
    blocks.push({
      kind: 'question',
      number: i + 1,
      text: cleanText(q.text).trim() || T.noWords,
      tags: [
        ...(q.number === null ? [T.notReleased] : [T.released(q.number)]),
        QUESTION_STATUS_LABELS[q.status],
        topicTag(QUESTION_CATEGORY_LABELS[q.category]),
        QUESTION_PRIORITY_LABELS[q.priority],
        ...(q.answerMode ? [ANSWER_MODE_LABELS[q.answerMode]] : []),
      ],
      answerBy: null,
      answer: null,
      showAnswer: false,
    });
    if (options.withReflections) {
      if (q.why.trim()) {
        blocks.push({
          kind: 'paragraph',
          runs: [{ text: `${T.why} `, bold: true }, { text: cleanText(q.why) }],
          style: 'underQuestion',
        });
      }
      if (q.feeling.trim()) {
        blocks.push({
          kind: 'paragraph',
          runs: [{ text: `${T.feeling} `, bold: true }, { text: cleanText(q.feeling) }],
          style: 'underQuestion',
        });
      }
    }
  });
  return {
    title: T.title,
    cover: {
      couple: cleanText(wb.displayName).trim(),
      therapist: '',
      sessionDate: '',
      preparedOn: formatDay(options.now, options.timeZone),
      notice: CONFIDENTIAL_NOTICE,
    },
    parts: [
      {
        role: 'partner',
        title: T.title,
        author: authorOf(wb.displayName, PARTNER_AUTHOR),
        lastSaved: formatDateTime(wb.savedAt, options.timeZone),
        draftLabel: null,
        sections: [
          {
            id: 'questions',
            title: T.sectionTitle,
            countLabel: T.count(items.length, options.withReflections),
            blocks: [{ kind: 'paragraph', runs: [{ text: T.intro }], style: 'note' }, ...blocks],
          },
        ],
      },
    ],
    pageSize: options.pageSize ?? 'a4',
  };
}

/** What "Questions for my therapist" will hold, for the share screen: its outline, never its words. */
export function questionsForTherapistOutline(wb: PartnerWorkbook, withReflections: boolean, now: Date): OutlineEntry[] {
  return documentOutline(questionsForTherapistDocument(wb, { withReflections, now }));
}
