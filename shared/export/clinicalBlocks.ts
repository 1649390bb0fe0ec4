/**
 * Document blocks for the sections added by the clinical issue: After the disclosure (both
 * workbooks), the restitution and no-contact letters, and the partner's polygraph page. Named
 * by the section catalog; kept apart from sectionBlocks.ts so each lane edits its own file.
 */
import { AFTER_DISCLOSURE_GROUPS, NO_CONTACT_TEXTS, POLYGRAPH_TEXTS } from '../guidance/afterTexts';
import { CHILDREN_TEXTS, MILESTONE_KIND_LABELS, MILESTONE_TEXTS, OWN_TESTING_TEXTS } from '../guidance/clinicalTexts';
import { CHECK_IN_SAFETY_ITEMS } from '../guidance/crisisResources';
import { HAPPENED_LABELS, INVENTORY_CATEGORY_LABELS } from '../guidance/inventory';
import { sortByApproxDate } from '../workbook/disclosing/approxDate';
import type { DisclosingWorkbook, PartnerWorkbook, Role } from '../workbook/schema';
import { cleanText, type Block } from './model';
import { richTextToBlocks } from './richText';
import { draftLabel, pickDraft, timelineBlocks } from './sectionBlocks';

const t = (s: string) => cleanText(s).trim();
const note = (text: string): Block => ({ kind: 'paragraph', runs: [{ text: cleanText(text) }], style: 'note' });
const lines = (text: string): Block[] =>
  cleanText(text)
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => ({ kind: 'paragraph', runs: [{ text: l.trimEnd() }] }));
const labelledLines = (label: string, text: string): Block[] => {
  const [first = '', ...rest] = cleanText(text)
    .split('\n')
    .filter((l) => l.trim() !== '');
  return [
    { kind: 'paragraph', runs: [{ text: `${label}: `, bold: true }, { text: first.trim() }] },
    ...rest.map((l): Block => ({ kind: 'paragraph', runs: [{ text: l.trimEnd() }] })),
  ];
};

function afterBlocks(role: Role, answers: Record<string, string>): Block[] {
  const blocks: Block[] = [];
  for (const group of AFTER_DISCLOSURE_GROUPS[role]) {
    const filled = group.fields.filter((f) => (answers[f.id] ?? '').trim() !== '');
    if (filled.length === 0) continue;
    blocks.push({ kind: 'heading', level: 3, text: group.title });
    for (const f of filled) blocks.push(...labelledLines(f.label, answers[f.id] ?? ''));
  }
  return blocks.length ? blocks : [note('Nothing has been written in this section yet.')];
}

export function disclosingAfterBlocks(wb: DisclosingWorkbook): Block[] {
  return afterBlocks('disclosing', wb.sections.afterDisclosure.answers);
}

export function partnerAfterBlocks(wb: PartnerWorkbook): Block[] {
  return afterBlocks('partner', wb.sections.afterDisclosure.answers);
}

export function restitutionLetterBlocks(wb: DisclosingWorkbook): Block[] {
  const picked = pickDraft(wb.sections.restitutionLetter);
  const body = richTextToBlocks(picked.content, 3);
  if (body.length === 0) return [note('Nothing has been written in the restitution letter yet.')];
  return [{ kind: 'paragraph', runs: [{ text: draftLabel(picked) }], style: 'meta' }, ...body];
}

/** Each letter with its status; the status is what the therapists most need to see. */
export function noContactBlocks(wb: DisclosingWorkbook): Block[] {
  const letters = wb.sections.noContact.letters;
  if (letters.length === 0) return [note('No no-contact letters have been started.')];
  const blocks: Block[] = [];
  letters.forEach((l, i) => {
    blocks.push({ kind: 'heading', level: 3, text: t(l.recipient) || NO_CONTACT_TEXTS.untitled(i + 1) });
    const status = [
      NO_CONTACT_TEXTS.reviewOptions[l.review],
      l.partnerApproved
        ? `${NO_CONTACT_TEXTS.approved}${l.approvedOn.trim() ? ` (${t(l.approvedOn)})` : ''}`
        : 'Not yet approved by my partner',
      l.sentOn.trim() ? `${NO_CONTACT_TEXTS.sentOn} ${t(l.sentOn)}` : 'Not sent',
    ].join(' · ');
    blocks.push({ kind: 'paragraph', runs: [{ text: status }], style: 'meta' });
    const picked = pickDraft(l.letter);
    const body = richTextToBlocks(picked.content, 4);
    blocks.push(...(body.length ? body : [note('No draft yet.')]));
  });
  return blocks;
}

/** The partner's polygraph page: the suggested questions appear only when the partner included them. */
export function partnerPolygraphBlocks(wb: PartnerWorkbook): Block[] {
  const p = wb.sections.polygraph;
  const blocks: Block[] = [];
  const questions = p.questions.filter((q) => q.text.trim() !== '');
  if (p.includeQuestions && questions.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: 'Questions I would like considered' });
    questions.forEach((q, i) =>
      blocks.push({ kind: 'paragraph', runs: [{ text: `${i + 1}. `, bold: true }, { text: t(q.text) }] }),
    );
  }
  if (p.hearResult.trim()) blocks.push(...labelledLines(POLYGRAPH_TEXTS.partnerHearResult, p.hearResult));
  if (p.notes.trim()) blocks.push({ kind: 'heading', level: 3, text: POLYGRAPH_TEXTS.partnerNotes }, ...lines(p.notes));
  return blocks.length ? blocks : [note('Nothing has been written in this section yet.')];
}

/** The disclosing partner's own check-ins: private by default; a day, a number, a note. */
export function selfCheckInBlocks(wb: DisclosingWorkbook): Block[] {
  const entries = [...wb.sections.checkIns.entries].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  if (entries.length === 0) return [note('No check-ins have been written yet.')];
  return [
    {
      kind: 'table',
      columns: ['Day', 'Distress', 'Safety items', 'Note'],
      widths: [16, 12, 30, 42],
      rows: entries.map((e) => [
        e.day,
        e.distress === null ? '' : String(e.distress),
        CHECK_IN_SAFETY_ITEMS.filter((i) => e[i.id])
          .map((i) => i.label)
          .join(' '),
        t(e.note),
      ]),
    },
    note('Distress runs from 0 (calm) to 10 (the most I can imagine). An empty cell means it was not noted that day.'),
  ];
}

/** Children and family, as it goes with the inventory: the answer, and a placeholder at most. */
export function childrenBlocks(wb: DisclosingWorkbook): Block[] {
  const c = wb.sections.inventory.children;
  const rows: string[][] = [[CHILDREN_TEXTS.question, HAPPENED_LABELS[c.happened]]];
  if (c.happened === 'yes' || c.happened === 'notSure') {
    rows.push([CHILDREN_TEXTS.placeholderLabel, t(c.placeholder) || CHILDREN_TEXTS.documentPlaceholder]);
    rows.push([CHILDREN_TEXTS.talkedLabel, c.talkedWithTherapist ? 'Yes' : 'Not yet']);
  }
  return [
    { kind: 'heading', level: 3, text: CHILDREN_TEXTS.title },
    { kind: 'table', columns: ['', ''], widths: [45, 55], rows },
  ];
}

/**
 * The timeline with its milestones on the same line of time: one table in date order, the
 * milestones greyed as context. Without milestones it is the timeline table as before.
 */
export function timelineWithMilestonesBlocks(wb: DisclosingWorkbook): Block[] {
  const milestones = wb.sections.timeline.milestones.filter((m) => m.label.trim() || m.date.trim());
  if (milestones.length === 0) return timelineBlocks(wb);
  const rows = sortByApproxDate(
    [
      ...wb.sections.timeline.entries.map((e) => ({
        date: e.date,
        muted: false,
        row: [t(e.date), INVENTORY_CATEGORY_LABELS[e.category], t(e.description)],
      })),
      ...milestones.map((m) => ({
        date: m.date,
        muted: true,
        row: [t(m.date), `${MILESTONE_TEXTS.inTimeline}: ${MILESTONE_KIND_LABELS[m.kind]}`, t(m.label)],
      })),
    ],
    (r) => r.date,
  );
  return [
    {
      kind: 'table',
      columns: ['When', 'Kind', 'What happened'],
      widths: [16, 22, 62],
      rows: rows.map((r) => r.row),
      mutedRows: rows.flatMap((r, i) => (r.muted ? [i] : [])),
    },
    note(MILESTONE_TEXTS.documentNote),
  ];
}

/** The partner's own tests and results (inside the private safety and self-care plan). */
export function ownTestingBlocks(wb: PartnerWorkbook): Block[] {
  const testing = wb.sections.safetyPlan.testing;
  const tests = testing.tests.filter((x) => x.date.trim() || x.what.trim() || x.result.trim());
  if (tests.length === 0 && testing.notes.trim() === '') return [];
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: OWN_TESTING_TEXTS.title }];
  if (tests.length > 0)
    blocks.push({
      kind: 'table',
      columns: [OWN_TESTING_TEXTS.dateLabel, OWN_TESTING_TEXTS.whatLabel, OWN_TESTING_TEXTS.resultLabel],
      widths: [20, 40, 40],
      rows: tests.map((x) => [t(x.date), t(x.what), t(x.result)]),
    });
  if (testing.notes.trim()) blocks.push(...lines(testing.notes));
  return blocks;
}
