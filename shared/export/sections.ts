/**
 * Which sections can go into the therapist document and which are in by default, read from
 * the section catalog (shared/sections); the Share screen's choice of sections and drafts.
 * Defaults follow practice: the disclosure material and the partner's ready questions are
 * in; private sections are off until chosen one by one.
 */
import { catalogSection, documentSectionIds, type DocumentSectionId } from '../sections';
import type { Role } from '../workbook/schema';

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
