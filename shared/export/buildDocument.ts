/**
 * Workbook(s) + options -> the therapist document model. Pure and deterministic for given
 * inputs (the clock and time zone come in as options). Which sections exist, their titles,
 * counts and blocks come from the section catalog (shared/sections).
 */
import { catalogSection } from '../sections';
import type { DisclosingWorkbook, PartnerWorkbook, Workbook } from '../workbook/schema';
import { cleanText, type ExportDocument, type ExportPart, type ExportSection, type PageSize } from './model';
import {
  authorOf,
  DISCLOSING_AUTHOR,
  draftLabel,
  formatDateTime,
  formatDay,
  PARTNER_AUTHOR,
  pickDraft,
  type DocumentContext,
} from './sectionBlocks';
import type { ExportSelection } from './sections';

import { atAGlanceBlocks } from './atAGlance';
import type { PackageLetter, SharedWorkbook } from './therapistPackage';

export {
  ANSWER_NOT_REVIEWED,
  ANSWER_REVIEWED,
  formatDateTime,
  formatDay,
  NOT_YET_ANSWERED,
  pickDraft,
  placeList,
} from './sectionBlocks';

export interface ExportOptions {
  selection: ExportSelection;
  /** Which letter draft goes in; null or missing: the latest saved draft. */
  letterDraftId?: string | null;
  /** Names or initials the couple chose for the cover. */
  coupleNames?: string;
  therapistName?: string;
  sessionDate?: string;
  pageSize?: PageSize;
  now: Date;
  /** IANA time zone for dates (tests pin it); the computer's own when missing. */
  timeZone?: string;
  /**
   * The workbooks as shared in therapist packages (or for one's own export): which letter
   * version went and when each package was made. With it, the document gets "At a glance".
   */
  shared?: {
    disclosing: SharedWorkbook<DisclosingWorkbook> | null;
    partner: SharedWorkbook<PartnerWorkbook> | null;
  };
  /** Add the partner's questions grouped by priority as an appendix (only when the partner shares priority). */
  priorityAppendix?: boolean;
  /** One's own export (for one's own therapist), not the session document: "At a glance" says so. */
  ownExport?: boolean;
}

/** "Draft 3, saved …" or "Working copy, saved …", and whether the therapist reviewed it. */
export function sharedLetterLabel(letter: PackageLetter, timeZone?: string): string {
  const which =
    letter.source === 'draft' && letter.number !== null
      ? `Draft ${letter.number}, saved ${formatDateTime(letter.savedAt, timeZone)}`
      : `Working copy, saved ${formatDateTime(letter.savedAt, timeZone)}`;
  return `${which}. ${letter.reviewedByTherapist ? 'Reviewed by the therapist.' : 'Not yet reviewed by the therapist.'}`;
}

export interface ExportInput {
  disclosing?: DisclosingWorkbook | null;
  partner?: PartnerWorkbook | null;
}

export const CONFIDENTIAL_NOTICE =
  'Confidential. This document holds private material prepared for a therapeutic session. Please keep it somewhere secure and share it only with the people it was prepared for.';

const t = (s: string) => cleanText(s).trim();

// ------------------------------------------------------------------ assembly

/** What differs between the two parts of the document; the sections themselves come from the catalog. */
const PARTS = {
  disclosing: {
    title: 'The disclosure',
    authorFallback: DISCLOSING_AUTHOR,
    letter: { sectionId: 'letter', label: 'Letter' },
  },
  partner: {
    title: 'The partner\u2019s preparation',
    authorFallback: PARTNER_AUTHOR,
    letter: { sectionId: 'impactLetter', label: 'Impact letter' },
  },
} as const;

function buildPart(wb: Workbook, sections: readonly string[], options: ExportOptions, context: DocumentContext): ExportPart {
  const part = PARTS[wb.role];
  const letter =
    wb.role === 'disclosing' ? pickDraft(wb.sections.letter, options.letterDraftId) : pickDraft(wb.sections.impactLetter);
  const sharedLetter = options.shared?.[wb.role]?.letter ?? null;
  const out: ExportSection[] = sections.map((id) => {
    const section = catalogSection(wb.role, id);
    if (!section.document) throw new Error(`The ${section.title} section does not go into the document.`);
    return {
      id,
      title: section.document.title,
      countLabel: section.outlineCount(wb),
      blocks: section.document.blocks(wb, context),
    };
  });
  return {
    role: wb.role,
    title: part.title,
    author: authorOf(wb.displayName, part.authorFallback),
    lastSaved: formatDateTime(wb.savedAt, options.timeZone),
    draftLabel: !sections.includes(part.letter.sectionId)
      ? null
      : sharedLetter
        ? `${part.letter.label}: ${sharedLetterLabel(sharedLetter, options.timeZone)}`
        : `${part.letter.label}: ${draftLabel(letter, options.timeZone)}`,
    sections: out,
  };
}

export function buildExportDocument(input: ExportInput, options: ExportOptions): ExportDocument {
  const { selection } = options;
  const disclosing = selection.disclosing && input.disclosing ? input.disclosing : null;
  const partner = selection.partner && input.partner ? input.partner : null;
  if (!disclosing && !partner) throw new Error('Nothing to export: include at least one workbook.');
  const context: DocumentContext = {
    letterDraftId: options.letterDraftId,
    timeZone: options.timeZone,
    disclosing: disclosing && selection.disclosing ? { workbook: disclosing, sections: selection.disclosing } : null,
    partner: partner && selection.partner ? { workbook: partner, sections: selection.partner } : null,
    priorityAppendix: options.priorityAppendix === true,
  };
  const parts: ExportPart[] = [];
  if (disclosing && selection.disclosing) parts.push(buildPart(disclosing, selection.disclosing, options, context));
  if (partner && selection.partner) parts.push(buildPart(partner, selection.partner, options, context));
  const names =
    t(options.coupleNames ?? '') ||
    [disclosing?.displayName, partner?.displayName]
      .map((n) => t(n ?? ''))
      .filter(Boolean)
      .join(' and ');
  return {
    title:
      disclosing && partner
        ? 'Formal disclosure: documents for the therapist'
        : disclosing
          ? 'Disclosure workbook'
          : 'Partner workbook',
    cover: {
      couple: names,
      therapist: t(options.therapistName ?? ''),
      sessionDate: t(options.sessionDate ?? ''),
      preparedOn: formatDay(options.now, options.timeZone),
      notice: CONFIDENTIAL_NOTICE,
    },
    parts,
    pageSize: options.pageSize ?? 'a4',
    ...(options.shared ? { glance: atAGlanceBlocks(options.shared, options.timeZone, options.ownExport === true) } : {}),
  };
}

/** The outline the wizard previews: parts and sections with counts, never their content. */
export function documentOutline(doc: ExportDocument) {
  return doc.parts.flatMap((part) => [
    { level: 1 as const, title: part.title, detail: `Last saved ${part.lastSaved}` },
    ...part.sections.map((s) => ({ level: 2 as const, title: s.title, detail: s.countLabel })),
  ]);
}
