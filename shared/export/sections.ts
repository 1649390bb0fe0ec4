/**
 * Which sections can go into the therapist document, which are in by default, and the
 * counts the export wizard may show, all read from the section catalog (shared/sections).
 * Defaults follow practice: the disclosure material and the partner's ready questions are
 * in; private sections are off until chosen one by one.
 */
import { catalogSection, catalogSections, documentSectionIds, type DocumentSectionId } from '../sections';
import type { Role, Workbook } from '../workbook/schema';

export { readyQuestions } from '../workbook/partner/questionCounts';

/** The sections that can go into the document, in the document's order (from the section catalog). */
export const DISCLOSING_EXPORT_SECTIONS: readonly DocumentSectionId<'disclosing'>[] = documentSectionIds('disclosing');
export const PARTNER_EXPORT_SECTIONS: readonly DocumentSectionId<'partner'>[] = documentSectionIds('partner');
export type DisclosingExportSection = DocumentSectionId<'disclosing'>;
export type PartnerExportSection = DocumentSectionId<'partner'>;
export type ExportSectionId = DisclosingExportSection | PartnerExportSection;

export interface ExportSelection {
  /** null: this workbook is not part of the document. */
  disclosing: DisclosingExportSection[] | null;
  partner: PartnerExportSection[] | null;
}

/** The section's heading in the document. */
export function sectionTitle(role: Role, id: string): string {
  return catalogSection(role, id).document?.title ?? id;
}

export function defaultSections(role: 'disclosing'): DisclosingExportSection[];
export function defaultSections(role: 'partner'): PartnerExportSection[];
export function defaultSections(role: Role): ExportSectionId[] {
  return allSections(role as 'disclosing').filter((id) => !catalogSection(role, id).document?.private);
}

export function allSections(role: 'disclosing'): DisclosingExportSection[];
export function allSections(role: 'partner'): PartnerExportSection[];
export function allSections(role: Role): ExportSectionId[] {
  return documentSectionIds(role);
}

/** How much each section holds, in words for people ("3 drafts"). Never content. */
export function sectionCountLabel(workbook: Workbook, id: string): string {
  return (
    catalogSections(workbook.role)
      .find((s) => s.id === id)
      ?.outlineCount(workbook) ?? ''
  );
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
  const ids: readonly ExportSectionId[] = documentSectionIds(workbook.role);
  const letter = workbook.role === 'disclosing' ? workbook.sections.letter : workbook.sections.impactLetter;
  return {
    role: workbook.role,
    savedAt: workbook.savedAt,
    sections: ids.map((id) => {
      const section = catalogSection(workbook.role, id);
      const isPrivate = section.document?.private ?? true;
      return {
        id,
        title: sectionTitle(workbook.role, id),
        countLabel: section.outlineCount(workbook),
        private: isPrivate,
        includedByDefault: !isPrivate,
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
