/**
 * "For therapists: make the session document": no workbook is needed and nothing is stored.
 * The therapist picks each partner's package in a native dialog and types its share code; the
 * packages are decrypted only in memory here. Wrong codes get a growing pause for this run of
 * the app. The renderer receives file names and an outline, never content.
 */
import path from 'node:path';
import type { OutlineEntry, PageSize } from '../../../shared/export/model';
import type { SharedWorkbook } from '../../../shared/export/therapistPackage';
import { AppError } from '../../../shared/ipc/result';
import { documentPasswordProblem } from '../../../shared/passphrase';
import type { DisclosingWorkbook, PartnerWorkbook, Role } from '../../../shared/workbook/schema';
import { readChosenFile } from '../chosenFile';
import { toAppError } from '../errors';
import type { FileDialogs } from '../export/fileDialogs';
import { saveChosenFile, type StorageFs } from '../storage/atomicFile';
import type { PendingDocuments } from '../export/pendingDocuments';
import type { Vault } from '../vault/vault';
import { attemptKey, createThrottle, type Throttle } from '../throttle';
import { readingCopyDocx, sessionDocx, sessionOutline, type DocumentDetails, type SharedPair } from './handoffDocuments';
import { openTherapistPackage, PACKAGE_EXTENSION, PackageError } from './therapistPackageFile';

export interface SessionDetails {
  therapistName?: string | undefined;
  sessionDate?: string | undefined;
  pageSize: PageSize;
  priorityAppendix?: boolean | undefined;
}

export interface SlotStatus {
  role: Role;
  fileName: string | null;
  opened: boolean;
  /** When the package was made (an ISO time), once opened. */
  madeAt: string | null;
}

export function createTherapistService(deps: {
  vault: Vault;
  dialogs: FileDialogs;
  now?: () => Date;
  /** The one throttle for wrong secrets: a wrong share code pauses the next try at that package. */
  throttle?: Throttle;
  /** Where a document saved without a password records its plaintext temp file while it is written. */
  pending?: PendingDocuments;
  /** The file system documents are written with (tests: to stop a write half-way). */
  fs?: StorageFs;
}) {
  const now = deps.now ?? (() => new Date());
  const throttle = deps.throttle ?? createThrottle({ now: () => now().getTime() });
  const chosen = new Map<Role, string>();
  const opened: SharedPair = { disclosing: null, partner: null };
  // Wrong codes in this run, whatever the file (so choosing a copy of the package does not reset the pause).
  const RUN_KEY = attemptKey('package', '\0this run of the app');

  function status(): SlotStatus[] {
    return (['disclosing', 'partner'] as const).map((role) => {
      const file = chosen.get(role);
      const shared = opened[role];
      return { role, fileName: file ? path.basename(file) : null, opened: shared !== null, madeAt: shared?.madeAt ?? null };
    });
  }

  function details(d: SessionDetails): DocumentDetails {
    return {
      pageSize: d.pageSize,
      now: now(),
      ...(d.therapistName?.trim() ? { therapistName: d.therapistName.trim() } : {}),
      ...(d.sessionDate?.trim() ? { sessionDate: d.sessionDate.trim() } : {}),
      ...(d.priorityAppendix ? { priorityAppendix: true } : {}),
    };
  }

  function requireSomething() {
    if (!opened.disclosing && !opened.partner) {
      throw new AppError({ code: 'invalid-input', message: 'Please open at least one package first.' });
    }
  }

  return {
    status,

    async choose(role: Role): Promise<{ slots: SlotStatus[] }> {
      const file = await deps.dialogs.showOpenDialog({
        title: role === 'disclosing' ? 'Choose the disclosing partner’s package' : 'Choose the partner’s package',
        filters: [{ name: 'Therapist packages', extensions: [PACKAGE_EXTENSION.slice(1)] }],
      });
      if (!file) throw new AppError({ code: 'cancelled', message: 'Nothing was chosen.' });
      chosen.set(role, file);
      opened[role] = null;
      return { slots: status() };
    },

    async open(role: Role, code: string): Promise<{ slots: SlotStatus[] }> {
      const file = chosen.get(role);
      if (!file) throw new AppError({ code: 'invalid-input', message: 'Please choose the package file first.' });
      const fileKey = attemptKey('package', file);
      try {
        throttle.check(RUN_KEY);
        throttle.check(fileKey);
      } catch (error) {
        throw toAppError(error);
      }
      const bytes = await readChosenFile(file);
      try {
        const shared = await openTherapistPackage(deps.vault, bytes, code, role);
        if (role === 'disclosing') opened.disclosing = shared as SharedWorkbook<DisclosingWorkbook>;
        else opened.partner = shared as SharedWorkbook<PartnerWorkbook>;
        throttle.succeeded(fileKey);
      } catch (error) {
        if (error instanceof PackageError && error.code === 'wrong-code') {
          const delay = Math.max(throttle.failed(RUN_KEY), throttle.failed(fileKey));
          throw new AppError({ code: 'wrong-secret', message: error.message, retryAfterMs: delay });
        }
        throw toAppError(error);
      }
      return { slots: status() };
    },

    outline(d: SessionDetails): { outline: OutlineEntry[] } {
      requireSomething();
      return { outline: sessionOutline(opened, details(d)) };
    },

    /** Save the session document or the reading copy where the therapist chooses. */
    async save(
      what: 'document' | 'readingCopy',
      d: SessionDetails,
      password: string | null,
    ): Promise<{ fileName: string; encrypted: boolean }> {
      requireSomething();
      const problem = password === null ? null : documentPasswordProblem(password);
      if (problem) throw new AppError({ code: 'invalid-input', message: problem });
      const file = await deps.dialogs.showSaveDialog({
        title: what === 'document' ? 'Save the session document' : 'Save the reading copy',
        defaultName: what === 'document' ? 'session-document.docx' : 'reading-copy.docx',
        filters: [{ name: 'Word document', extensions: ['docx'] }],
      });
      if (!file) throw new AppError({ code: 'cancelled', message: 'Nothing was saved.' });
      const target = file.toLowerCase().endsWith('.docx') ? file : `${file}.docx`;
      const bytes =
        what === 'document'
          ? await sessionDocx(opened, details(d), password)
          : await readingCopyDocx(opened, details(d), password);
      if (!bytes) {
        throw new AppError({
          code: 'invalid-input',
          message: 'There is nothing for a reading copy: neither a letter nor questions were shared.',
        });
      }
      // Without a password the temp file is plaintext until the rename: its name is recorded first, so that a crash
      // before the rename leaves nothing readable after the next start (export/pendingDocuments.ts).
      let written: (() => Promise<void>) | undefined;
      const record = password === null && deps.pending ? deps.pending : null;
      try {
        await saveChosenFile(
          target,
          bytes,
          what === 'document' ? 'the document' : 'the reading copy',
          deps.fs,
          record ? async (temp) => void (written = await record.note(temp)) : undefined,
        );
      } catch (error) {
        throw toAppError(error);
      } finally {
        await written?.();
      }
      return { fileName: path.basename(target), encrypted: password !== null };
    },

    /** Forget both packages (the throttle stays for this run). */
    close(): null {
      chosen.clear();
      opened.disclosing = null;
      opened.partner = null;
      return null;
    },
  };
}

export type TherapistService = ReturnType<typeof createTherapistService>;
