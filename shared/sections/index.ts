/**
 * The section catalog: the one home of what a section is. Navigation, outlines, the export
 * choices, the therapist document, `workbook verify` and the sample checks all read it.
 * Adding a section: see docs/architecture.md ("Adding a section").
 */
import type { DocumentContext } from '../export/sectionBlocks';
import type { Block } from '../export/model';
import type { SectionText } from '../guidance/sectionTexts';
import type { Role, Workbook } from '../workbook/schema';
import { DISCLOSING_CATALOG } from './disclosing';
import { PARTNER_CATALOG } from './partner';
import type { RoleCatalog, SectionId } from './types';

export type { RoleCatalog, SectionDocument, SectionEntry, SectionId, SectionsOf, WorkbookOf } from './types';
export { DISCLOSING_CATALOG, PARTNER_CATALOG };

/** Both workbooks' catalogs, keyed by role then section id. */
export const SECTION_CATALOG: { readonly [R in Role]: RoleCatalog<R> } = {
  disclosing: DISCLOSING_CATALOG,
  partner: PARTNER_CATALOG,
};

type CatalogLiteral<R extends Role> = R extends 'disclosing' ? typeof DISCLOSING_CATALOG : typeof PARTNER_CATALOG;
/** The sections of a workbook that can go into the therapist document. */
export type DocumentSectionId<R extends Role> = {
  [K in keyof CatalogLiteral<R>]: CatalogLiteral<R>[K] extends { document: null } ? never : K;
}[keyof CatalogLiteral<R>] &
  string;

/** A catalog entry seen from outside its role: the rules take the workbook, not its typed slice. */
export interface CatalogSection {
  readonly role: Role;
  readonly id: string;
  readonly texts: SectionText;
  /** The heading in the workbook. */
  readonly title: string;
  /** The name in the navigation. */
  readonly navLabel: string;
  readonly isStarted: (workbook: Workbook) => boolean;
  readonly isComplete: ((workbook: Workbook) => boolean) | null;
  readonly outlineCount: (workbook: Workbook) => string;
  readonly figures: (workbook: Workbook) => Record<string, number>;
  readonly document: {
    readonly title: string;
    readonly order: number;
    readonly private: boolean;
    readonly blocks: (workbook: Workbook, context: DocumentContext) => Block[];
  } | null;
}

interface LooseEntry {
  readonly texts: SectionText;
  readonly isStarted: (section: unknown) => boolean;
  readonly isComplete?: (section: unknown) => boolean;
  readonly outlineCount: (section: unknown) => string;
  readonly figures?: (section: unknown) => Record<string, number>;
  readonly document: {
    readonly order: number;
    readonly private: boolean;
    readonly blocks: (workbook: never, context: DocumentContext) => Block[];
  } | null;
}

function view(role: Role, id: string, entry: LooseEntry): CatalogSection {
  const slice = (workbook: Workbook): unknown => {
    if (workbook.role !== role) throw new Error(`The ${id} section belongs to the ${role} workbook.`);
    return (workbook.sections as Record<string, unknown>)[id];
  };
  const { isComplete, figures, document } = entry;
  return {
    role,
    id,
    texts: entry.texts,
    title: entry.texts.title,
    navLabel: entry.texts.navLabel ?? entry.texts.title,
    isStarted: (w) => entry.isStarted(slice(w)),
    isComplete: isComplete ? (w) => isComplete(slice(w)) : null,
    outlineCount: (w) => entry.outlineCount(slice(w)),
    figures: (w) => (figures ? figures(slice(w)) : {}),
    document: document && {
      title: entry.texts.documentTitle ?? entry.texts.title,
      order: document.order,
      private: document.private,
      blocks: (w, context) => {
        slice(w);
        return (document.blocks as (workbook: Workbook, context: DocumentContext) => Block[])(w, context);
      },
    },
  };
}

const VIEWS: { readonly [R in Role]: readonly CatalogSection[] } = {
  disclosing: Object.entries(DISCLOSING_CATALOG).map(([id, e]) => view('disclosing', id, e as LooseEntry)),
  partner: Object.entries(PARTNER_CATALOG).map(([id, e]) => view('partner', id, e as LooseEntry)),
};

/** A workbook's sections in the order of its guided path (the navigation's order). */
export function catalogSections(role: Role): readonly CatalogSection[] {
  return VIEWS[role];
}

/** The ids of a workbook's sections, in the order of its guided path. */
export function sectionIds<R extends Role>(role: R): SectionId<R>[] {
  return VIEWS[role].map((s) => s.id as SectionId<R>);
}

/** One section, by role and id; throws for an id the workbook does not have. */
export function catalogSection(role: Role, id: string): CatalogSection {
  const found = VIEWS[role].find((s) => s.id === id);
  if (!found) throw new Error(`The ${role} workbook has no section "${id}".`);
  return found;
}

/** The sections that can go into the therapist document, in the document's order. */
export function documentSectionIds<R extends Role>(role: R): DocumentSectionId<R>[] {
  return VIEWS[role]
    .filter((s) => s.document !== null)
    .sort((a, b) => (a.document?.order ?? 0) - (b.document?.order ?? 0))
    .map((s) => s.id as DocumentSectionId<R>);
}

/** Non-content figures for `workbook verify` and the home screen. Never includes text. */
export function workbookCounts(workbook: Workbook): Record<string, number> {
  return Object.assign({}, ...VIEWS[workbook.role].map((s) => s.figures(workbook))) as Record<string, number>;
}
