/**
 * "Share with the therapist" and "Export my workbook", from inside ONE unlocked workbook. The
 * main process reads only that workbook (as last saved) and refuses while the other workbook
 * is also open, so a screen can never receive, or put into a file, anything of the other one.
 * The renderer gets an outline of its own sections, a file name and (once) the share code.
 */
import path from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import { documentPasswordProblem } from '../../../shared/passphrase';
import type { PageSize } from '../../../shared/export/model';
import { shareWorkbook, type LetterChoice, type SharedWorkbook } from '../../../shared/export/therapistPackage';
import type { DisclosingWorkbook, PartnerWorkbook, Role, Workbook } from '../../../shared/workbook/schema';
import type { OutlineEntry } from '../../../shared/export/model';
import { toAppError } from '../errors';
import type { FileDialogs } from '../export/fileDialogs';
import { saveChosenFile, type StorageFs } from '../storage/atomicFile';
import type { Sodium } from '../vault/sodium';
import type { Vault } from '../vault/vault';
import type { WorkbookService } from '../workbookService';
import { questionsForTherapistDocument } from '../../../shared/export/questionsForTherapist';
import { writeDocx } from '../export/docxWriter';
import { encryptDocx } from '../export/encryptDocx';
import { sessionDocx, sessionOutline, type SharedPair } from './handoffDocuments';
import { withQuestionNumbers } from './questionPacketFile';
import { PACKAGE_EXTENSION, sealTherapistPackage } from './therapistPackageFile';

export interface ShareChoice {
  role: Role;
  sections: string[];
  letter: LetterChoice;
}

const OTHER: Record<Role, Role> = { disclosing: 'partner', partner: 'disclosing' };

export function pairOf(shared: SharedWorkbook): SharedPair {
  return shared.workbook.role === 'disclosing'
    ? { disclosing: shared as SharedWorkbook<DisclosingWorkbook>, partner: null }
    : { disclosing: null, partner: shared as SharedWorkbook<PartnerWorkbook> };
}

export function createShareService(deps: {
  vault: Vault;
  sodium: Sodium;
  workbooks: WorkbookService;
  dialogs: FileDialogs;
  now?: () => Date;
  /** The file system for the atomic write of a file (tests stop it half-way, as a crash would). */
  fs?: StorageFs;
}) {
  const now = deps.now ?? (() => new Date());

  /** The one workbook this screen belongs to; never while the other one is open too. */
  function ownWorkbook(role: Role): Workbook {
    if (deps.workbooks.isUnlocked(OTHER[role])) {
      throw new AppError({
        code: 'busy',
        message: 'The other workbook is open too. Please lock it first; sharing works from one workbook at a time.',
      });
    }
    return deps.workbooks.content(role);
  }

  function share(choice: ShareChoice, workbook: Workbook = ownWorkbook(choice.role)): SharedWorkbook {
    try {
      return shareWorkbook(workbook, choice.sections, choice.letter, now());
    } catch (error) {
      throw toAppError(error); // a PackageContentError (sections or draft chosen) becomes invalid-input
    }
  }

  async function chooseTarget(title: string, defaultName: string, extension: string, filterName: string) {
    const file = await deps.dialogs.showSaveDialog({
      title,
      defaultName,
      filters: [{ name: filterName, extensions: [extension.slice(1)] }],
    });
    if (!file) throw new AppError({ code: 'cancelled', message: 'Nothing was saved.' });
    return file.toLowerCase().endsWith(extension) ? file : `${file}${extension}`;
  }

  async function write(target: string, bytes: Uint8Array, what: string) {
    // The temp file is named in the open workbook's encrypted note first: a crash before the
    // rename would leave it (plaintext for an unprotected document), and the next unlock removes it.
    let finished: (() => Promise<void>) | null = null;
    try {
      await saveChosenFile(target, bytes, what, deps.fs, async (temp) => {
        finished = await deps.workbooks.notePendingExport(temp);
      });
    } catch (error) {
      throw toAppError(error);
    } finally {
      await (finished as (() => Promise<void>) | null)?.();
    }
  }

  return {
    /** What would go, as an outline of this workbook's own chosen sections. */
    outline(choice: ShareChoice): { outline: OutlineEntry[] } {
      return { outline: sessionOutline(pairOf(share(choice)), { now: now(), ownExport: true }) };
    },

    /**
     * The encrypted therapist package. Partner questions shared for the first time get their
     * numbers here (returned, so the screen keeps the same ones); the code is returned once.
     */
    async writePackage(choice: ShareChoice): Promise<{
      fileName: string;
      code: string;
      sections: string[];
      numbers: Record<string, number>;
    }> {
      let workbook = ownWorkbook(choice.role);
      let given: Record<string, number> = {};
      if (workbook.role === 'partner' && choice.sections.includes('questions')) {
        const numbered = withQuestionNumbers(workbook);
        workbook = numbered.workbook;
        given = numbered.given;
      }
      const shared = share(choice, workbook);
      const target = await chooseTarget(
        'Save the package for the therapist',
        `${choice.role === 'disclosing' ? 'disclosure' : 'partner'}-for-therapist${PACKAGE_EXTENSION}`,
        PACKAGE_EXTENSION,
        'Therapist packages',
      );
      const sealed = await sealTherapistPackage(deps.vault, deps.sodium, shared);
      await write(target, sealed.bytes, 'the package');
      if (Object.keys(given).length > 0) await deps.workbooks.save(choice.role, workbook);
      return { fileName: path.basename(target), code: sealed.code, sections: shared.sections, numbers: given };
    },

    /** "Export my workbook": a .docx of the chosen sections, protected unless the password is null (a deliberate choice). */
    async writeDocument(
      choice: ShareChoice & { pageSize: PageSize; password: string | null },
    ): Promise<{ fileName: string; encrypted: boolean }> {
      const problem = choice.password === null ? null : documentPasswordProblem(choice.password);
      if (problem) throw new AppError({ code: 'invalid-input', message: problem });
      const shared = share(choice);
      const target = await chooseTarget(
        'Save the document for my therapist',
        `${choice.role === 'disclosing' ? 'disclosure' : 'partner'}-workbook.docx`,
        '.docx',
        'Word document',
      );
      const bytes = await sessionDocx(
        pairOf(shared),
        { now: now(), pageSize: choice.pageSize, ownExport: true },
        choice.password,
      );
      await write(target, bytes, 'the document');
      return { fileName: path.basename(target), encrypted: choice.password !== null };
    },

    /** The partner's readable "Questions for my therapist": every question, optionally with reflections. */
    async writeQuestions(choice: {
      withReflections: boolean;
      pageSize: PageSize;
      password: string | null;
    }): Promise<{ fileName: string; encrypted: boolean }> {
      const problem = choice.password === null ? null : documentPasswordProblem(choice.password);
      if (problem) throw new AppError({ code: 'invalid-input', message: problem });
      const workbook = ownWorkbook('partner');
      if (workbook.role !== 'partner')
        throw new AppError({ code: 'invalid-input', message: 'Only the partner workbook has questions.' });
      const target = await chooseTarget('Save my questions', 'questions-for-my-therapist.docx', '.docx', 'Word document');
      const docx = await writeDocx(
        questionsForTherapistDocument(workbook, {
          withReflections: choice.withReflections,
          pageSize: choice.pageSize,
          now: now(),
        }),
      );
      await write(target, choice.password === null ? docx : encryptDocx(docx, choice.password), 'the document');
      return { fileName: path.basename(target), encrypted: choice.password !== null };
    },
  };
}

export type ShareService = ReturnType<typeof createShareService>;
