/**
 * Which sections can go into the therapist document, which are in by default, and the
 * counts the export wizard may show. Defaults follow practice: the disclosure material and
 * the partner's ready questions are in; private sections are off until chosen one by one.
 */
import { isReadyToAsk } from '../workbook/partner/questionCounts';
import type { PartnerWorkbook, Role, Workbook } from '../workbook/schema';

export const DISCLOSING_EXPORT_SECTIONS = [
  'letter',
  'inventory',
  'timeline',
  'lies',
  'answers',
  'polygraph',
  'readiness',
] as const;
export const PARTNER_EXPORT_SECTIONS = [
  'questions',
  'checkIns',
  'boundaries',
  'safetyPlan',
  'support',
  'impactLetter',
  'crisis',
] as const;
export type DisclosingExportSection = (typeof DISCLOSING_EXPORT_SECTIONS)[number];
export type PartnerExportSection = (typeof PARTNER_EXPORT_SECTIONS)[number];
export type ExportSectionId = DisclosingExportSection | PartnerExportSection;

export interface ExportSelection {
  /** null: this workbook is not part of the document. */
  disclosing: DisclosingExportSection[] | null;
  partner: PartnerExportSection[] | null;
}

interface SectionInfo {
  title: string;
  /** Private sections are off by default and are chosen deliberately. */
  private: boolean;
}

export const EXPORT_SECTION_INFO: Record<Role, Record<string, SectionInfo>> = {
  disclosing: {
    letter: { title: 'The disclosure letter', private: false },
    inventory: { title: 'Inventory summary', private: false },
    timeline: { title: 'Timeline', private: false },
    lies: { title: 'Lies and gaslighting', private: false },
    answers: { title: 'Answers to the partner\u2019s questions', private: false },
    polygraph: { title: 'Polygraph questions', private: false },
    readiness: { title: 'Readiness and care plan', private: true },
  },
  partner: {
    questions: { title: 'Questions for the session', private: false },
    checkIns: { title: 'Check-ins', private: true },
    boundaries: { title: 'Boundaries', private: true },
    safetyPlan: { title: 'Safety and self-care plan', private: true },
    support: { title: 'Support people', private: true },
    impactLetter: { title: 'Emotional impact letter', private: true },
    crisis: { title: 'Local crisis resources', private: true },
  },
};

export function sectionTitle(role: Role, id: string): string {
  return EXPORT_SECTION_INFO[role][id]?.title ?? id;
}

export function defaultSections(role: 'disclosing'): DisclosingExportSection[];
export function defaultSections(role: 'partner'): PartnerExportSection[];
export function defaultSections(role: Role): ExportSectionId[] {
  const ids: readonly ExportSectionId[] = role === 'disclosing' ? DISCLOSING_EXPORT_SECTIONS : PARTNER_EXPORT_SECTIONS;
  return ids.filter((id) => !EXPORT_SECTION_INFO[role][id]?.private);
}

export function allSections(role: 'disclosing'): DisclosingExportSection[];
export function allSections(role: 'partner'): PartnerExportSection[];
export function allSections(role: Role): ExportSectionId[] {
  return role === 'disclosing' ? [...DISCLOSING_EXPORT_SECTIONS] : [...PARTNER_EXPORT_SECTIONS];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function readyQuestions(partner: PartnerWorkbook) {
  return partner.sections.questions.items.filter(isReadyToAsk);
}

function filledPlanFields(plan: PartnerWorkbook['sections']['safetyPlan']): number {
  return [plan.before, plan.during, plan.after].reduce(
    (n, phase) => n + Object.values(phase).filter((v) => v.trim() !== '').length,
    0,
  );
}

/** How much each section holds, in words for people ("3 drafts"). Never content. */
export function sectionCountLabel(workbook: Workbook, id: string): string {
  if (workbook.role === 'disclosing') {
    const s = workbook.sections;
    switch (id) {
      case 'letter':
        return s.letter.drafts.length > 0
          ? plural(s.letter.drafts.length, 'draft')
          : s.letter.current
            ? 'working copy, no saved drafts'
            : 'not started';
      case 'inventory':
        return plural(s.inventory.cards.length, 'card');
      case 'timeline':
        return plural(s.timeline.entries.length, 'entry', 'entries');
      case 'lies':
        return plural(s.lies.items.length, 'item');
      case 'answers': {
        const answered = Object.values(s.answers.answers).filter((a) => a.text.trim() !== '').length;
        return `${plural(s.answers.packet?.questions.length ?? 0, 'released question')}, ${answered} answered`;
      }
      case 'polygraph':
        return plural(s.polygraph.questions.length, 'question');
      case 'readiness':
        return plural(Object.values(s.readiness.checklist).filter(Boolean).length, 'item') + ' checked';
      default:
        return '';
    }
  }
  const s = workbook.sections;
  switch (id) {
    case 'questions':
      return `${plural(readyQuestions(workbook).length, 'question')} ready`;
    case 'checkIns':
      return plural(s.checkIns.entries.length, 'check-in');
    case 'boundaries':
      return plural(s.boundaries.items.length, 'boundary', 'boundaries');
    case 'safetyPlan':
      return plural(filledPlanFields(s.safetyPlan), 'answer');
    case 'support':
      return plural(s.support.people.length, 'person', 'people');
    case 'impactLetter':
      return s.impactLetter.drafts.length > 0
        ? plural(s.impactLetter.drafts.length, 'draft')
        : s.impactLetter.current
          ? 'working copy'
          : 'not started';
    case 'crisis':
      return plural(s.crisis.localResources.length, 'resource');
    default:
      return '';
  }
}

export interface SectionSummary {
  id: ExportSectionId;
  title: string;
  countLabel: string;
  private: boolean;
  includedByDefault: boolean;
}

export interface WorkbookExportSummary {
  role: Role;
  savedAt: string;
  sections: SectionSummary[];
  /** Letter drafts to choose from (numbers and dates only). */
  drafts: { id: string; number: number; savedAt: string }[];
}

/** What the export wizard may see of a workbook: section names and counts only. */
export function summariseForExport(workbook: Workbook): WorkbookExportSummary {
  const ids: readonly string[] = workbook.role === 'disclosing' ? DISCLOSING_EXPORT_SECTIONS : PARTNER_EXPORT_SECTIONS;
  const letter = workbook.role === 'disclosing' ? workbook.sections.letter : workbook.sections.impactLetter;
  return {
    role: workbook.role,
    savedAt: workbook.savedAt,
    sections: ids.map((id) => {
      const info = EXPORT_SECTION_INFO[workbook.role][id]!;
      return {
        id: id as ExportSectionId,
        title: info.title,
        countLabel: sectionCountLabel(workbook, id),
        private: info.private,
        includedByDefault: !info.private,
      };
    }),
    drafts: letter.drafts.map((d) => ({ id: d.id, number: d.number, savedAt: d.savedAt })),
  };
}

/** Adds or removes one section from a choice, keeping the order in which the sections are offered. */
export function toggleSection<Id extends string>(offered: readonly Id[], chosen: readonly Id[], id: Id): Id[] {
  const next = new Set(chosen);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return offered.filter((s) => next.has(s));
}

/** Letter drafts for a chooser, the newest (highest number) first. */
export function draftsNewestFirst<D extends { number: number }>(drafts: readonly D[]): D[] {
  return [...drafts].sort((a, b) => b.number - a.number);
}
