/**
 * Each section's document blocks: one function a section, named by the section catalog
 * (shared/sections), all with the same shape (workbook, context) -> blocks. Pure and
 * deterministic for given inputs; buildDocument.ts assembles the parts around them.
 */
import { INVENTORY_CATEGORY_IDS, type AnswerMode } from '../workbook/categories';
import { formatMoneyValue } from '../workbook/money';
import { countsInInventory } from '../workbook/disclosing/inventoryTotals';
import { formatDateTime as formatDateTimeAs, formatDay as formatDayAs } from '../dates';
import {
  DISCLOSED_BEFORE_LABELS,
  HAPPENED_LABELS,
  INVENTORY_CATEGORY_LABELS,
  inventoryCardTitle,
  lieDescriptionLabel,
  LIE_KIND_LABELS,
  PLACE_LABELS,
} from '../guidance/inventory';
import { QUESTION_CATEGORY_LABELS, QUESTION_PRIORITY_LABELS } from '../guidance/questionBank';
import { CHECK_IN_ITEMS, READINESS_CHECKLIST, SAFETY_PLAN_PHASES } from '../guidance/sectionTexts';
import { LIE_KINDS } from '../workbook/categories';
import { ANSWER_MODE_LABELS } from '../guidance/handoffTexts';
import { isReadyToAsk, readyQuestions } from '../workbook/partner/questionCounts';
import { numberReadyQuestions } from '../workbook/partner/questionNumbers';
import type { Answer, DisclosingWorkbook, Draft, InventoryCard, Letter, PartnerWorkbook, RichText } from '../workbook/schema';
import { checkInChartData } from './checkInChart';
import { cleanText, type Block, type Run } from './model';
import { groupQuestions, type GroupableQuestion } from './questionGroups';
import { richTextToBlocks } from './richText';

/** What a section's blocks may know beyond its own workbook: the choices and the other workbook in the same document. */
export interface DocumentContext {
  /** Which letter draft goes in; null or missing: the latest saved draft. */
  readonly letterDraftId?: string | null | undefined;
  /** IANA time zone for dates; the computer's own when missing. */
  readonly timeZone?: string | undefined;
  /** The disclosing workbook when it is part of this document, with the sections chosen from it. */
  readonly disclosing: { readonly workbook: DisclosingWorkbook; readonly sections: readonly string[] } | null;
  /** The partner workbook when it is part of this document, with the sections chosen from it. */
  readonly partner: { readonly workbook: PartnerWorkbook; readonly sections: readonly string[] } | null;
  /** Add the grouped-by-priority view of the partner's questions as an appendix (only when priority is shared). */
  readonly priorityAppendix?: boolean | undefined;
}

export const NOT_YET_ANSWERED = 'Not yet answered.';
export const ANSWER_REVIEWED = 'Reviewed with the therapist.';
export const ANSWER_NOT_REVIEWED = 'Not yet reviewed with the therapist.';

/** The one date format (shared/dates.ts), with what cannot be read as a date printed as written. */
export function formatDateTime(iso: string, timeZone?: string): string {
  return cleanText(formatDateTimeAs(iso, timeZone));
}

export function formatDay(date: Date, timeZone?: string): string {
  return formatDayAs(date, timeZone);
}

const t = (s: string) => cleanText(s).trim();
const para = (text: string, style?: 'normal' | 'quote' | 'note' | 'meta'): Block => ({
  kind: 'paragraph',
  runs: [{ text: cleanText(text) }],
  ...(style ? { style } : {}),
});
/** Multi-line plain text: one paragraph per non-empty line. */
const paragraphs = (text: string, style?: 'normal' | 'quote' | 'note'): Block[] =>
  cleanText(text)
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '')
    .map((l) => para(l, style));
const labelled = (label: string, text: string): Block => ({
  kind: 'paragraph',
  runs: [{ text: `${label}: `, bold: true }, { text: t(text) }],
});

function emptyNote(what: string): Block {
  return para(`Nothing has been written in ${what} yet.`, 'note');
}

/** The latest saved draft, a chosen one, or the working copy when there are no drafts. */
export function pickDraft(letter: Letter, draftId?: string | null): { content: RichText | null; draft: Draft | null } {
  const drafts = [...letter.drafts].sort((a, b) => a.number - b.number);
  const chosen = draftId ? drafts.find((d) => d.id === draftId) : undefined;
  const draft = chosen ?? drafts[drafts.length - 1] ?? null;
  if (draft) return { content: draft.content, draft };
  return { content: letter.current, draft: null };
}

export function draftLabel(picked: { draft: Draft | null; content: RichText | null }, tz?: string): string {
  if (picked.draft) {
    const reviewed = picked.draft.reviewedByTherapist ? ', reviewed with the therapist' : '';
    return `Draft ${picked.draft.number}, saved ${formatDateTime(picked.draft.savedAt, tz)}${reviewed}`;
  }
  return picked.content ? 'Working copy (not yet saved as a numbered draft)' : 'No draft yet';
}

/** Which draft this is stands once, in the lines under the part's title. */
function letterBlocks(picked: { content: RichText | null; draft: Draft | null }, what: string): Block[] {
  const body = richTextToBlocks(picked.content, 3);
  return body.length ? body : [emptyNote(what)];
}

export const DISCLOSING_AUTHOR = 'The disclosing partner';
export const PARTNER_AUTHOR = 'The partner';

export function authorOf(displayName: string, fallback: string): string {
  return t(displayName) || fallback;
}

/** The disclosure letter: the chosen draft, else the latest, else the working copy. */
export function disclosureLetterBlocks(wb: DisclosingWorkbook, context: DocumentContext): Block[] {
  return letterBlocks(pickDraft(wb.sections.letter, context.letterDraftId), 'the letter');
}

/** The impact letter: the latest draft, else the working copy. */
export function impactLetterBlocks(wb: PartnerWorkbook): Block[] {
  return letterBlocks(pickDraft(wb.sections.impactLetter), 'the impact letter');
}

// ------------------------------------------------------------------ disclosing sections

const cardTitle = (card: InventoryCard): string => t(inventoryCardTitle(card));

/** "A hotel, a car, our home": the fixed place labels read as one phrase (they hold no names). */
export function placeList(places: readonly (keyof typeof PLACE_LABELS)[]): string {
  return places
    .map((p, i) => (i === 0 ? PLACE_LABELS[p] : PLACE_LABELS[p].charAt(0).toLowerCase() + PLACE_LABELS[p].slice(1)))
    .join(', ');
}

function cardFactRows(card: InventoryCard): string[][] {
  const rows: string[][] = [];
  const add = (label: string, value: string) => {
    if (value.trim() !== '') rows.push([label, t(value)]);
  };
  const when = [
    card.firstTime.trim() && `first: ${t(card.firstTime)}`,
    card.mostRecent.trim() && `most recent: ${t(card.mostRecent)}`,
  ]
    .filter(Boolean)
    .join('; ');
  add('When', when);
  add('How often', card.frequency);
  if (card.peopleCount !== null) add('How many people', String(card.peopleCount));
  add(
    'People',
    card.knownPeople
      .map((p) => {
        const flags = [p.knownToPartner ? 'known to the partner' : '', p.ongoingContact ? 'contact continues' : ''].filter(
          Boolean,
        );
        return `${t(p.label) || 'Unnamed'}${flags.length ? ` (${flags.join('; ')})` : ''}`;
      })
      .join('\n'),
  );
  add('Places', [placeList(card.places), t(card.placesNote)].filter(Boolean).join('; '));
  const money = card.money ? t(formatMoneyValue(card.money)) : '';
  add('Money', money && card.moneySource.trim() ? `${money} (${t(card.moneySource)})` : money || card.moneySource);
  add('Health', [card.unprotectedContact ? 'There was unprotected contact.' : '', t(card.healthNotes)].filter(Boolean).join(' '));
  add('Lies used to hide it', card.liesUsed);
  add('Told before', card.disclosedBefore === 'no' ? '' : DISCLOSED_BEFORE_LABELS[card.disclosedBefore]);
  add('Notes', card.notes);
  return rows;
}

export function inventoryBlocks(wb: DisclosingWorkbook): Block[] {
  const cards = wb.sections.inventory.cards;
  // Every category, always: one left out would look the same as one not reviewed.
  const rows: string[][] = [];
  for (const id of INVENTORY_CATEGORY_IDS) {
    const ofCategory = cards.filter((c) => c.category === id);
    if (ofCategory.length === 0) {
      if (id !== 'other') rows.push([INVENTORY_CATEGORY_LABELS[id], HAPPENED_LABELS.unanswered, '']);
      continue;
    }
    for (const c of ofCategory)
      rows.push([
        cardTitle(c),
        HAPPENED_LABELS[c.happened],
        c.happened === 'unanswered' ? '' : DISCLOSED_BEFORE_LABELS[c.disclosedBefore],
      ]);
  }
  if (!cards.some((c) => c.category === 'other')) rows.push([INVENTORY_CATEGORY_LABELS.other, HAPPENED_LABELS.unanswered, '']);
  const blocks: Block[] = [
    { kind: 'table', columns: ['Kind of behaviour', 'Happened', 'Told before'], widths: [55, 20, 25], rows },
  ];
  // Details only for cards that happened or may have: the workbook hides them for "No" and
  // unanswered cards (kept there in case the answer changes back), so the document does too.
  for (const card of cards.filter(countsInInventory)) {
    const facts = cardFactRows(card);
    if (facts.length === 0) continue;
    blocks.push({ kind: 'heading', level: 3, text: cardTitle(card) });
    blocks.push({ kind: 'table', columns: ['', ''], widths: [25, 75], rows: facts });
  }
  return blocks;
}

export function timelineBlocks(wb: DisclosingWorkbook): Block[] {
  const entries = wb.sections.timeline.entries;
  if (entries.length === 0) return [emptyNote('the timeline')];
  return [
    {
      kind: 'table',
      columns: ['When', 'Kind', 'What happened'],
      widths: [16, 22, 62],
      rows: entries.map((e) => [t(e.date), INVENTORY_CATEGORY_LABELS[e.category], t(e.description)]),
    },
  ];
}

export function liesBlocks(wb: DisclosingWorkbook): Block[] {
  const items = wb.sections.lies.items;
  if (items.length === 0) return [emptyNote('this section')];
  const blocks: Block[] = [];
  for (const kind of LIE_KINDS) {
    const ofKind = items.filter((i) => i.kind === kind);
    if (ofKind.length === 0) continue;
    blocks.push({ kind: 'heading', level: 3, text: LIE_KIND_LABELS[kind] });
    blocks.push({
      kind: 'table',
      columns: ['When', lieDescriptionLabel(kind)],
      widths: [18, 82],
      rows: ofKind.map((i) => [t(i.date), t(i.description)]),
    });
  }
  return blocks;
}

function answerRuns(answer: Answer | undefined): Run[][] | null {
  if (!answer || (answer.text.trim() === '' && answer.letterSection.trim() === '')) return null;
  // Only a pointer to the letter: that is the answer (the Answers screen counts it as one).
  if (answer.text.trim() === '') return [[{ text: `Answered in the letter: ${t(answer.letterSection)}`, italic: true }]];
  const lines = cleanText(answer.text)
    .split('\n')
    .filter((l) => l.trim() !== '');
  const out = lines.map((l) => [{ text: l }] as Run[]);
  if (answer.letterSection.trim()) out.push([{ text: `See also the letter: ${t(answer.letterSection)}`, italic: true }]);
  return out;
}

/** A topic as a small tag: its name without the examples in brackets ("Places", not "Places (our home, …)"). */
const topicTag = (category: GroupableQuestion['category']) => QUESTION_CATEGORY_LABELS[category].replace(/\s*\(.*\)\s*$/, '');

/** A question as the document prints it, in the partner's own order. */
interface DocumentQuestion {
  id: string;
  text: string;
  category: GroupableQuestion['category'];
  priority: GroupableQuestion['priority'] | null;
  number: number | null;
  answerMode: AnswerMode | null;
}

/** The questions in the order given (the partner's own), each with its stable number and small tags. */
function questionBlocks(
  questions: readonly DocumentQuestion[],
  answers: Record<string, Answer> | null,
  answerBy: string | null,
  showPriority: boolean,
): Block[] {
  // A question not yet numbered gets the number its first release will give it.
  let next = questions.reduce((n, q) => Math.max(n, q.number ?? 0), 0) + 1;
  return questions.map((question): Block => {
    const answer = answers ? answerRuns(answers[question.id]) : null;
    const tags = [
      topicTag(question.category),
      ...(showPriority && question.priority ? [QUESTION_PRIORITY_LABELS[question.priority]] : []),
      ...(question.answerMode ? [ANSWER_MODE_LABELS[question.answerMode]] : []),
    ];
    return {
      kind: 'question',
      number: question.number ?? next++,
      text: t(question.text),
      tags,
      answerBy,
      answer,
      showAnswer: answers !== null,
      ...(answers && answer ? { reviewed: answers[question.id]?.reviewedWithTherapist === true } : {}),
    };
  });
}

/** The optional appendix: the same questions grouped by priority, then topic, by their numbers. */
function priorityAppendix(questions: readonly (DocumentQuestion & { number: number })[]): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: 'Appendix: the same questions by priority' }];
  for (const group of groupQuestions(questions.map((q) => ({ ...q, priority: q.priority ?? 'notSure' })))) {
    blocks.push({ kind: 'heading', level: 4, text: QUESTION_PRIORITY_LABELS[group.priority] });
    blocks.push({
      kind: 'list',
      ordered: false,
      items: group.categories.flatMap((cat) =>
        cat.questions.map(({ question }) => ({
          level: 0,
          runs: [{ text: `${question.number}. `, bold: true }, { text: `${t(question.text)} (${topicTag(cat.category)})` }],
        })),
      ),
    });
  }
  return blocks;
}

export function answersBlocks(wb: DisclosingWorkbook, context: DocumentContext): Block[] {
  const author = authorOf(wb.displayName, DISCLOSING_AUTHOR);
  const partner = context.partner?.sections.includes('questions') ? context.partner.workbook : null;
  const partnerQuestionIds = partner ? new Set(readyQuestions(partner).map((q) => q.id)) : null;
  const packet = wb.sections.answers.packet;
  const answers = wb.sections.answers.answers;
  if (partnerQuestionIds) {
    // The answers are printed under the partner's questions; here only what is not there.
    const rest = (packet?.questions ?? []).filter((q) => !partnerQuestionIds.has(q.id));
    const blocks: Block[] = [
      para('Each answer appears directly under its question in the partner\u2019s part of this document.', 'note'),
    ];
    if (rest.length) {
      blocks.push(
        para(
          'These released questions are no longer in the partner\u2019s current list; they are kept here with their answers.',
          'note',
        ),
      );
      blocks.push(
        ...questionBlocks(
          [...rest].sort((a, b) => a.order - b.order),
          answers,
          author,
          rest.some((q) => q.priority !== null),
        ),
      );
    }
    return blocks;
  }
  if (!packet || packet.questions.length === 0) return [para('No questions have been imported from the partner yet.', 'note')];
  return questionBlocks(
    [...packet.questions].sort((a, b) => a.order - b.order),
    answers,
    author,
    packet.questions.some((q) => q.priority !== null),
  );
}

export function polygraphBlocks(wb: DisclosingWorkbook): Block[] {
  const qs = wb.sections.polygraph.questions.filter(
    (q) => q.text.trim() !== '' || q.notes.trim() !== '' || q.definitions.trim() !== '',
  );
  if (qs.length === 0) return [emptyNote('this section')];
  const blocks: Block[] = [];
  qs.forEach((q, i) => {
    blocks.push({ kind: 'paragraph', runs: [{ text: `${i + 1}. `, bold: true }, { text: t(q.text) }] });
    if (q.definitions.trim()) blocks.push(labelled('What the words mean', q.definitions));
    if (q.notes.trim()) blocks.push(...paragraphs(q.notes, 'note'));
  });
  const p = wb.sections.polygraph;
  if (p.examDate.trim() || p.examiner.trim()) {
    blocks.push(labelled('Exam', [p.examDate, p.examiner].map(t).filter(Boolean).join(', ')));
  }
  return blocks;
}

export function readinessBlocks(wb: DisclosingWorkbook): Block[] {
  const r = wb.sections.readiness;
  const blocks: Block[] = [
    {
      kind: 'table',
      columns: ['Preparation', 'Done'],
      widths: [80, 20],
      rows: READINESS_CHECKLIST.map((item) => [item.label, r.checklist[item.id] ? 'Yes' : 'Not yet']),
    },
  ];
  if (r.sessionDate.trim()) blocks.push(labelled('Session date', r.sessionDate));
  for (const [label, text] of [
    ['The day of the session', r.dayPlan],
    ['The week after', r.weekAfterPlan],
    ['Contacts', r.contacts],
  ] as const) {
    if (text.trim()) blocks.push({ kind: 'heading', level: 3, text: label }, ...paragraphs(text));
  }
  return blocks;
}

// ------------------------------------------------------------------ partner sections

const CHECK_IN_SHORT_LABELS: Record<(typeof CHECK_IN_ITEMS)[number]['id'], string> = {
  sleep: 'Sleep',
  intrusiveThoughts: 'Thoughts',
  hypervigilance: 'Alert',
  numbness: 'Numb',
  anxiety: 'Anxiety',
  anger: 'Anger',
  grief: 'Grief',
};
/** Column widths (percent) that keep each short header whole on A4, the narrower page. */
const CHECK_IN_COLUMN_WIDTHS: Record<(typeof CHECK_IN_ITEMS)[number]['id'], number> = {
  sleep: 8,
  intrusiveThoughts: 12.5,
  hypervigilance: 8,
  numbness: 8,
  anxiety: 10,
  anger: 8.5,
  grief: 8,
};

/** The partner's questions marked ready, with the disclosing partner's answers under them when those are in too. */
export function partnerQuestionsBlocks(wb: PartnerWorkbook, context: DocumentContext): Block[] {
  const q = wb.sections.questions;
  // In the partner's own order, each with its number (a question not yet released: the number its release will give).
  const ready = numberReadyQuestions(q.items, q.nextNumber).items.filter(isReadyToAsk);
  if (ready.length === 0) return [para('No questions are marked ready for the therapist yet.', 'note')];
  const disclosing = context.disclosing;
  const answers = disclosing?.sections.includes('answers') ? disclosing.workbook.sections.answers.answers : null;
  const answerBy = disclosing ? authorOf(disclosing.workbook.displayName, DISCLOSING_AUTHOR) : null;
  const blocks = questionBlocks(ready, answers, answerBy, q.sharePriority);
  if (context.priorityAppendix && q.sharePriority) {
    blocks.push(...priorityAppendix(ready.map((x) => ({ ...x, number: x.number ?? 0 }))));
  }
  return blocks;
}

export function checkInBlocks(wb: PartnerWorkbook): Block[] {
  const entries = wb.sections.checkIns.entries;
  if (entries.length === 0) return [emptyNote('the check-ins')];
  const blocks: Block[] = [];
  const chart = checkInChartData(entries);
  if (chart) blocks.push({ kind: 'chart', chart });
  const sorted = [...entries].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  // One column per rating keeps each day on one or two lines (short headers; the scale is in the caption).
  blocks.push({
    kind: 'table',
    columns: ['Day', 'Distress', ...CHECK_IN_ITEMS.map((item) => CHECK_IN_SHORT_LABELS[item.id]), 'Note'],
    widths: [14, 11, ...CHECK_IN_ITEMS.map((item) => CHECK_IN_COLUMN_WIDTHS[item.id]), 12],
    rows: sorted.map((e) => [
      e.day,
      e.distress === null ? '' : String(e.distress),
      ...CHECK_IN_ITEMS.map((item) => (typeof e.ratings[item.id] === 'number' ? String(e.ratings[item.id]) : '')),
      t(e.note),
    ]),
  });
  blocks.push(
    para(
      'Distress runs from 0 to 10. Sleep (trouble sleeping), thoughts (unwanted thoughts or images), alert (feeling on alert), numb (feeling numb or far away), anxiety, anger and grief: 0 not at all, 1 a little, 2 somewhat, 3 quite a bit, 4 a lot. An empty cell means no rating that day.',
      'note',
    ),
  );
  return blocks;
}

export function boundaryBlocks(wb: PartnerWorkbook): Block[] {
  const items = wb.sections.boundaries.items.filter((b) => b.need.trim() || b.ifNotRespected.trim());
  if (items.length === 0) return [emptyNote('this section')];
  return [
    {
      kind: 'table',
      columns: ['What I need', 'If it is not respected', 'To discuss'],
      widths: [45, 40, 15],
      rows: items.map((b) => [t(b.need), t(b.ifNotRespected), b.discussWithTherapist ? 'Yes' : '']),
    },
  ];
}

export function safetyPlanBlocks(wb: PartnerWorkbook): Block[] {
  const blocks: Block[] = [];
  for (const phase of SAFETY_PLAN_PHASES) {
    const values = wb.sections.safetyPlan[phase.id];
    const rows = phase.fields.filter((f) => (values[f.id] ?? '').trim() !== '').map((f) => [f.label, t(values[f.id] ?? '')]);
    if (rows.length === 0) continue;
    blocks.push({ kind: 'heading', level: 3, text: phase.title });
    blocks.push({ kind: 'table', columns: ['', ''], widths: [30, 70], rows });
  }
  return blocks.length ? blocks : [emptyNote('the plan')];
}

const SUPPORT_KIND: Record<PartnerWorkbook['sections']['support']['people'][number]['kind'], string> = {
  friendFamily: 'Friend or family',
  group: 'Group',
  therapist: 'Therapist or coach',
  other: 'Other',
};

export function supportBlocks(wb: PartnerWorkbook): Block[] {
  const people = wb.sections.support.people;
  if (people.length === 0) return [emptyNote('this section')];
  return [
    {
      kind: 'table',
      columns: ['Name', 'Kind', 'Contact', 'When available', 'Notes'],
      widths: [20, 15, 20, 20, 25],
      rows: people.map((p) => [
        t(p.name),
        SUPPORT_KIND[p.kind],
        t(p.contact),
        [t(p.availability), p.safeAtNight ? 'can be called at night' : ''].filter(Boolean).join('; '),
        t(p.notes),
      ]),
    },
  ];
}

export function crisisBlocks(wb: PartnerWorkbook): Block[] {
  const res = wb.sections.crisis.localResources;
  if (res.length === 0) return [emptyNote('this section')];
  return [
    {
      kind: 'table',
      columns: ['Name', 'Contact', 'Notes'],
      widths: [30, 30, 40],
      rows: res.map((r) => [t(r.name), t(r.contact), t(r.notes)]),
    },
  ];
}

// ------------------------------------------------------------------ assembly
