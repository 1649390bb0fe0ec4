/**
 * The therapist package: what one partner shares, from their own workbook, for the session
 * document. Only the sections the owner chose go in, plus what the document needs (the
 * author's display name, save times, which letter version and its review status, the scope).
 * Nothing about sections that were not chosen, not even their counts. Pure; encryption lives in
 * electron/core/exchange/therapistPackageFile.ts.
 */
import { z } from 'zod';
import { validateWorkbook } from '../workbook/content';
import { isReadyToAsk } from '../workbook/partner/questionCounts';
import {
  disclosingSectionsSchema,
  isoDateTime,
  partnerSectionsSchema,
  roleSchema,
  type DisclosingWorkbook,
  type Draft,
  type Letter,
  type PartnerWorkbook,
  type Role,
  type Workbook,
} from '../workbook/schema';
import { catalogSection } from '../sections';
import { allSections, defaultSections } from './sections';

export const PACKAGE_FORMAT = 'dwb-therapist-package';

/** "current": the letter as it is now; a number: that saved draft. */
export type LetterChoice = 'current' | number;

export const packageLetterSchema = z
  .object({
    source: z.enum(['current', 'draft']),
    number: z.number().int().positive().nullable(),
    savedAt: isoDateTime,
    reviewedByTherapist: z.boolean(),
    /** The working copy had changes not yet saved as a draft when the package was made. */
    workingCopyNewer: z.boolean(),
  })
  .strict();
export type PackageLetter = z.infer<typeof packageLetterSchema>;

export const packageContentSchema = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    version: z.literal(1),
    role: roleSchema,
    madeAt: isoDateTime,
    sections: z.array(z.string().max(64)).max(20),
    letter: packageLetterSchema.nullable(),
    /** Whether the partner let priority labels travel with the questions. */
    questionPriority: z.boolean(),
    workbook: z.unknown(),
  })
  .strict();
export type PackageContent = z.infer<typeof packageContentSchema>;

/** A workbook as shared: only the chosen sections hold anything. */
export interface SharedWorkbook<W extends Workbook = Workbook> {
  workbook: W;
  sections: string[];
  letter: PackageLetter | null;
  madeAt: string;
  questionPriority: boolean;
}

export class PackageContentError extends Error {
  override name = 'PackageContentError';
}

/** The section ids a role can share (the catalog's ids), in the order they are offered. */
export function shareableSections(role: Role): string[] {
  return role === 'disclosing' ? allSections('disclosing') : allSections('partner');
}

/** The owner's default: every section that is not private. */
export function defaultShareSections(role: Role): string[] {
  return role === 'disclosing' ? defaultSections('disclosing') : defaultSections('partner');
}

export function isPrivateSection(role: Role, id: string): boolean {
  return catalogSection(role, id).document?.private ?? false;
}

/** An unknown id or one of the other workbook's: a message naming the ids that are allowed. */
export function checkSectionIds(role: Role, ids: readonly string[]): string | null {
  const allowed = shareableSections(role);
  const bad = ids.filter((id) => !allowed.includes(id));
  if (bad.length === 0) return null;
  return `The ${role === 'disclosing' ? 'disclosure' : 'partner'} workbook has no section ${bad.map((b) => `"${b}"`).join(', ')} to share. Its sections are: ${allowed.join(', ')}.`;
}

const sameContent = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Which version of a letter goes, and the facts the document prints about it. */
export function chooseLetter(
  letter: Letter,
  choice: LetterChoice,
  workbookSavedAt: string,
): { letter: Letter; meta: PackageLetter } {
  const drafts = [...letter.drafts].sort((a, b) => a.number - b.number);
  const latest: Draft | undefined = drafts[drafts.length - 1];
  const workingCopyNewer = letter.current !== null && (!latest || !sameContent(letter.current, latest.content));
  let draft: Draft | undefined;
  if (choice === 'current') {
    // The working copy is the saved draft when nothing changed since; with no working copy, the latest draft.
    if (!workingCopyNewer) draft = latest;
  } else {
    draft = drafts.find((d) => d.number === choice);
    if (!draft) throw new PackageContentError(`There is no draft ${choice} of the letter.`);
  }
  if (draft) {
    return {
      letter: { current: null, drafts: [draft], dismissedChecks: letter.dismissedChecks },
      meta: {
        source: 'draft',
        number: draft.number,
        savedAt: draft.savedAt,
        reviewedByTherapist: draft.reviewedByTherapist,
        workingCopyNewer,
      },
    };
  }
  return {
    letter: { current: letter.current, drafts: [], dismissedChecks: letter.dismissedChecks },
    meta: { source: 'current', number: null, savedAt: workbookSavedAt, reviewedByTherapist: false, workingCopyNewer },
  };
}

/** The workbook reduced to the chosen sections (validated through the schema, so nothing else survives). */
export function shareWorkbook(
  workbook: Workbook,
  sections: readonly string[],
  letterChoice: LetterChoice,
  madeAt: Date,
): SharedWorkbook {
  const problem = checkSectionIds(workbook.role, sections);
  if (problem) throw new PackageContentError(problem);
  const chosen = shareableSections(workbook.role).filter((id) => sections.includes(id));
  const common = {
    lastSectionId: '',
    schemaVersion: workbook.schemaVersion,
    displayName: workbook.displayName,
    createdAt: workbook.createdAt,
    savedAt: workbook.savedAt,
  };
  let letter: PackageLetter | null = null;
  if (workbook.role === 'disclosing') {
    const s = workbook.sections;
    const out: Record<string, unknown> = { beforeYouBegin: { scope: s.beforeYouBegin.scope } };
    for (const id of chosen) {
      if (id === 'letter') {
        const picked = chooseLetter(s.letter, letterChoice, workbook.savedAt);
        out['letter'] = picked.letter;
        letter = picked.meta;
      } else {
        out[id] = s[id as keyof typeof s];
      }
    }
    const reduced: DisclosingWorkbook = {
      ...common,
      role: 'disclosing',
      // The guidance setting shapes the language notes; notes dismissed in answers go only with the answers.
      languageGuidance: {
        apologies: workbook.languageGuidance.apologies,
        dismissedChecks: chosen.includes('answers')
          ? workbook.languageGuidance.dismissedChecks.filter((k) => k.startsWith('answer:'))
          : [],
      },
      sections: disclosingSectionsSchema.parse(out),
    };
    return { workbook: reduced, sections: chosen, letter, madeAt: madeAt.toISOString(), questionPriority: false };
  }
  const s = workbook.sections;
  const out: Record<string, unknown> = {};
  const priority = s.questions.sharePriority;
  for (const id of chosen) {
    if (id === 'impactLetter') {
      const picked = chooseLetter(s.impactLetter, letterChoice, workbook.savedAt);
      out['impactLetter'] = picked.letter;
      letter = picked.meta;
    } else if (id === 'questions') {
      // The questions as released: ready ones, in the partner's order; reflections stay home.
      out['questions'] = {
        nextNumber: s.questions.nextNumber,
        sharePriority: priority,
        items: s.questions.items.filter(isReadyToAsk).map((q) => ({
          ...q,
          why: '',
          feeling: '',
          fromBank: null,
          createdAt: '',
          priority: priority ? q.priority : 'notSure',
        })),
      };
    } else if (id === 'polygraph') {
      // The suggested questions go only when the partner included them ("off unless you turn it on").
      out['polygraph'] = { ...s.polygraph, questions: s.polygraph.includeQuestions ? s.polygraph.questions : [] };
    } else {
      out[id] = s[id as keyof typeof s];
    }
  }
  const reduced: PartnerWorkbook = { ...common, role: 'partner', sections: partnerSectionsSchema.parse(out) };
  return { workbook: reduced, sections: chosen, letter, madeAt: madeAt.toISOString(), questionPriority: priority };
}

export function buildPackageContent(shared: SharedWorkbook): PackageContent {
  return {
    format: PACKAGE_FORMAT,
    version: 1,
    role: shared.workbook.role,
    madeAt: shared.madeAt,
    sections: shared.sections,
    letter: shared.letter,
    questionPriority: shared.questionPriority,
    workbook: shared.workbook,
  };
}

/**
 * Read decrypted package content. Whatever the file holds, only the sections it names survive:
 * everything else is reset to empty through the schema. Throws PackageContentError.
 */
export function readPackageContent(raw: unknown): SharedWorkbook {
  const parsed = packageContentSchema.safeParse(raw);
  if (!parsed.success) throw new PackageContentError('This package was made by a version of the app that this one cannot read.');
  const p = parsed.data;
  if (checkSectionIds(p.role, p.sections) || new Set(p.sections).size !== p.sections.length) {
    throw new PackageContentError('This package names sections this app does not know.');
  }
  const hasLetter = p.sections.includes(p.role === 'disclosing' ? 'letter' : 'impactLetter');
  if (hasLetter !== (p.letter !== null)) throw new PackageContentError('This package could not be read.');
  let workbook: Workbook;
  try {
    workbook = validateWorkbook(p.workbook, p.role);
  } catch {
    throw new PackageContentError('This package could not be read.');
  }
  const keep = (sections: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(sections).filter(([id]) => p.sections.includes(id)));
  if (workbook.role === 'disclosing') {
    workbook = {
      ...workbook,
      sections: disclosingSectionsSchema.parse({
        ...keep(workbook.sections),
        beforeYouBegin: { scope: workbook.sections.beforeYouBegin.scope },
      }),
    };
  } else {
    workbook = { ...workbook, sections: partnerSectionsSchema.parse(keep(workbook.sections)) };
  }
  return { workbook, sections: p.sections, letter: p.letter, madeAt: p.madeAt, questionPriority: p.questionPriority };
}
