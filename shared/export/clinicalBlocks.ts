/**
 * Document blocks for the sections added by the clinical issue: After the disclosure (both
 * workbooks), the restitution and no-contact letters, and the partner's polygraph page. Named
 * by the section catalog; kept apart from sectionBlocks.ts so each lane edits its own file.
 */
import { AFTER_DISCLOSURE_GROUPS, NO_CONTACT_TEXTS, POLYGRAPH_TEXTS } from '../guidance/afterTexts';
import type { DisclosingWorkbook, PartnerWorkbook, Role } from '../workbook/schema';
import { cleanText, type Block } from './model';
import { richTextToBlocks } from './richText';
import { draftLabel, pickDraft } from './sectionBlocks';

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
