/**
 * The shape of a section catalog entry. A section is known by (role, id); the id is the
 * section's key in the content schema, so the same id may exist in both workbooks.
 */
import type { z } from 'zod';
import type { Block } from '../export/model';
import type { DocumentContext } from '../export/sectionBlocks';
import type { SectionText } from '../guidance/sectionTexts';
import type { Role, Workbook } from '../workbook/schema';

export type WorkbookOf<R extends Role> = Extract<Workbook, { role: R }>;
export type SectionsOf<R extends Role> = WorkbookOf<R>['sections'];
/** A section id of one workbook: a key of that workbook's `sections` in the schema. */
export type SectionId<R extends Role> = keyof SectionsOf<R> & string;

/** How a section goes into the therapist document. */
export interface SectionDocument<R extends Role> {
  /** Its place in the document (the document's order differs from the workbook's: the letter comes first). */
  readonly order: number;
  /** Private sections are off by default and are chosen deliberately, one by one. */
  readonly private: boolean;
  /** Its blocks: a function in shared/export/sectionBlocks.ts. */
  readonly blocks: (workbook: WorkbookOf<R>, context: DocumentContext) => Block[];
}

export interface SectionEntry<R extends Role, K extends SectionId<R>> {
  /** Title, navigation label, document title, summary, intro and help (shared/guidance/sectionTexts.ts). */
  readonly texts: SectionText;
  /** The section's slice of the content schema. */
  readonly schema: z.ZodType<SectionsOf<R>[K]>;
  /** Whether the person has begun this section (the mark in the navigation). */
  readonly isStarted: (section: SectionsOf<R>[K]) => boolean;
  /** Whether there is nothing left to do; open-ended sections (lists, letters) have no such rule. */
  readonly isComplete?: (section: SectionsOf<R>[K]) => boolean;
  /** How much it holds, in words for people ("3 drafts"); never content. Shown in outlines and the export wizard. */
  readonly outlineCount: (section: SectionsOf<R>[K]) => string;
  /** Non-content figures for `workbook verify` (name -> count). */
  readonly figures?: (section: SectionsOf<R>[K]) => Record<string, number>;
  /** null: the section never goes into the therapist document. */
  readonly document: SectionDocument<R> | null;
}

/** One entry for every section of a workbook: the compiler refuses a schema section without an entry. */
export type RoleCatalog<R extends Role> = { readonly [K in SectionId<R>]: SectionEntry<R, K> };

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export const hasText = (values: Iterable<string>): boolean => [...values].some((v) => v.trim() !== '');

/**
 * The rules of a section that is one list: started once it has an item, counted in words
 * ("3 entries"), and one figure for `workbook verify`. `listRules<Sections>()('key', ...)`.
 */
export function listRules<Sections>() {
  return <K extends keyof Sections>(
    _id: K,
    items: (section: Sections[K]) => readonly unknown[],
    count: { one: string; many?: string; figure?: string },
  ) => ({
    isStarted: (section: Sections[K]) => items(section).length > 0,
    outlineCount: (section: Sections[K]) => plural(items(section).length, count.one, count.many),
    ...(count.figure ? { figures: (section: Sections[K]) => ({ [count.figure as string]: items(section).length }) } : {}),
  });
}

/** The rules of a letter (current working copy and numbered drafts). */
export function letterRules(workingCopy: string, figure: string) {
  return {
    isStarted: (s: { current: unknown; drafts: readonly unknown[] }) => s.current !== null || s.drafts.length > 0,
    outlineCount: (s: { current: unknown; drafts: readonly unknown[] }) =>
      s.drafts.length > 0 ? plural(s.drafts.length, 'draft') : s.current ? workingCopy : 'not started',
    figures: (s: { drafts: readonly unknown[] }) => ({ [figure]: s.drafts.length }),
  };
}

/** "Before you begin": read or not. */
export const readRules = {
  isComplete: (s: { read: boolean }) => s.read,
  outlineCount: (s: { read: boolean }) => (s.read ? 'read' : 'not read yet'),
};
