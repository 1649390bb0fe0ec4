/**
 * "At a glance", the first page after the cover of the session document: computed only from
 * what was shared. Scope, open items, risk notes and language notes; objective items only.
 */
import { checkLanguage } from '../guidance/languageCheck';
import { isReadyToAsk } from '../workbook/partner/questionCounts';
import { richTextToPlainText } from '../workbook/richText';
import type { DisclosingWorkbook, PartnerWorkbook } from '../workbook/schema';
import { cleanText, type Block } from './model';
import { openItems } from './openItems';
import { formatDateTime } from './sectionBlocks';
import type { SharedWorkbook } from './therapistPackage';

export const AT_A_GLANCE_TITLE = 'At a glance';

const SCOPE_LABELS = {
  relationship: 'All sexual acting-out since the relationship began.',
  fullHistory: 'The full sexual history, also from before the relationship.',
} as const;

const para = (text: string, style?: 'note' | 'meta'): Block => ({
  kind: 'paragraph',
  runs: [{ text: cleanText(text) }],
  ...(style ? { style } : {}),
});
const bullets = (lines: string[]): Block => ({
  kind: 'list',
  ordered: false,
  items: lines.map((text) => ({ runs: [{ text: cleanText(text) }], level: 0 })),
});

/** The phrase a dismissed-note key holds (`rule:phrase:n`, or `answer:<id>:rule:phrase:n`). */
function dismissedPhrase(key: string): string {
  const parts = key.split(':');
  const start = parts[0] === 'answer' || parts[0] === 'polygraph' ? 3 : 1;
  return parts.slice(start, parts.length - 1).join(':');
}

export function languageNoteCounts(shared: SharedWorkbook<DisclosingWorkbook>): {
  open: number;
  dismissed: number;
  phrases: string[];
} {
  const s = shared.workbook.sections;
  const apologies = shared.workbook.languageGuidance.apologies;
  let open = 0;
  const dismissedKeys: string[] = [];
  if (shared.sections.includes('letter')) {
    const draft = s.letter.drafts[0];
    const text = richTextToPlainText(draft ? draft.content : s.letter.current);
    open += checkLanguage(text, { dismissed: s.letter.dismissedChecks, apologies }).length;
    dismissedKeys.push(...s.letter.dismissedChecks);
  }
  if (shared.sections.includes('answers')) {
    const all = shared.workbook.languageGuidance.dismissedChecks.filter((k) => k.startsWith('answer:'));
    for (const [id, answer] of Object.entries(s.answers.answers)) {
      const prefix = `answer:${id}:`;
      const mine = all.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
      open += checkLanguage(answer.text, { dismissed: mine, apologies }).length;
    }
    dismissedKeys.push(...all);
  }
  const phrases = [...new Set(dismissedKeys.map(dismissedPhrase).filter(Boolean))].sort();
  return { open, dismissed: dismissedKeys.length, phrases };
}

export function atAGlanceBlocks(
  pair: { disclosing: SharedWorkbook<DisclosingWorkbook> | null; partner: SharedWorkbook<PartnerWorkbook> | null },
  timeZone?: string,
  /** One's own export (a document of one's own workbook for one's own therapist), not a session document. */
  own = false,
): Block[] {
  const blocks: Block[] = [];
  const d = pair.disclosing;
  const p = pair.partner;
  const made: string[] = [];
  if (own) {
    const shared = d ?? p;
    if (shared) made.push(`Made from this workbook on ${formatDateTime(shared.madeAt, timeZone)}.`);
  } else {
    if (d) made.push(`The disclosing partner’s package was made ${formatDateTime(d.madeAt, timeZone)}.`);
    if (p) made.push(`The partner’s package was made ${formatDateTime(p.madeAt, timeZone)}.`);
  }
  blocks.push(...made.map((m) => para(m, 'meta')));
  if (!d) {
    // Only the partner's work: scope, inventory, letter and answers belong to the other workbook, so say only what helps.
    if (p?.sections.includes('questions')) {
      const ready = p.workbook.sections.questions.items.filter(isReadyToAsk).length;
      blocks.push({ kind: 'heading', level: 3, text: 'Questions' });
      blocks.push(
        para(
          ready === 1
            ? '1 question is ready for the session, in the partner’s own order.'
            : `${ready} questions are ready for the session, in the partner’s own order.`,
        ),
      );
    }
    return blocks;
  }
  blocks.push({ kind: 'heading', level: 3, text: 'Scope of the disclosure' });
  blocks.push(para(SCOPE_LABELS[d.workbook.sections.beforeYouBegin.scope]));

  blocks.push({ kind: 'heading', level: 3, text: 'Open items' });
  const items = d
    ? openItems({
        inventory: d.sections.includes('inventory') ? d.workbook.sections.inventory.cards : null,
        children: d.sections.includes('inventory') ? d.workbook.sections.inventory.children : null,
        answers: d.sections.includes('answers') ? d.workbook.sections.answers : null,
        letter: d.letter
          ? { reviewedByTherapist: d.letter.reviewedByTherapist, workingCopyNewer: d.letter.workingCopyNewer }
          : null,
      })
    : [];
  blocks.push(items.length ? bullets(items.map((i) => i.text)) : para('Nothing is open in what was shared.', 'note'));

  blocks.push({ kind: 'heading', level: 3, text: 'Risk notes' });
  if (d && d.sections.includes('inventory')) {
    const cards = d.workbook.sections.inventory.cards.filter((c) => c.happened === 'yes' || c.happened === 'notSure');
    const unprotected = cards.some((c) => c.unprotectedContact);
    const known = cards.flatMap((c) => c.knownPeople.filter((p) => p.knownToPartner));
    const ongoing = cards.flatMap((c) => c.knownPeople.filter((p) => p.ongoingContact));
    blocks.push(
      bullets([
        unprotected
          ? 'Unprotected contact: yes. Partner testing advised.'
          : 'Unprotected contact: none recorded. Partner testing advised whenever there is any doubt.',
        known.length
          ? `People known to the partner: ${known.length} (${known.map((p) => p.label.trim() || 'unnamed').join('; ')}).`
          : 'People known to the partner: none recorded.',
        ongoing.length
          ? `Ongoing contact: ${ongoing.length} (${ongoing.map((p) => p.label.trim() || 'unnamed').join('; ')}).`
          : 'Ongoing contact: none recorded.',
      ]),
    );
  } else {
    blocks.push(para('The inventory was not shared, so no risk notes can be given from it.', 'note'));
  }

  blocks.push({ kind: 'heading', level: 3, text: 'Language notes' });
  if (d && (d.sections.includes('letter') || d.sections.includes('answers'))) {
    const notes = languageNoteCounts(d);
    const lines = [`Still open in the shared writing: ${notes.open}.`, `Dismissed by the writer: ${notes.dismissed}.`];
    blocks.push(bullets(lines));
    if (notes.phrases.length) blocks.push(para(`Dismissed phrases: ${notes.phrases.map((p) => `“${p}”`).join(', ')}.`, 'note'));
  } else {
    blocks.push(para('Neither the letter nor the answers were shared.', 'note'));
  }
  return blocks;
}
