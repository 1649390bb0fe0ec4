/**
 * The "Export for therapist" service. The main process holds both unlocked workbooks for
 * the export; the renderer only ever receives section names, counts and an outline. A
 * workbook may be one of this computer's (unlocked through the workbook service) or a file
 * from another computer, chosen in a native dialog, which stays encrypted on disk and is
 * decrypted only in memory here.
 */
import path from 'node:path';
import { buildExportDocument, documentOutline } from '../../../shared/export/buildDocument';
import type { ExportRequest, ExportSource } from '../../../shared/export/request';
import { summariseForExport, type WorkbookExportSummary } from '../../../shared/export/sections';
import { AppError } from '../../../shared/ipc/result';
import { documentPasswordProblem } from '../../../shared/passphrase';
import { ROLES, type DisclosingWorkbook, type PartnerWorkbook, type Role, type Workbook } from '../../../shared/workbook/schema';
import { readChosenFile } from '../chosenFile';
import { openSealedWorkbook } from '../sealedWorkbook';
import { saveChosenFile } from '../storage/atomicFile';
import { WORKBOOK_EXTENSION } from '../storage/workbookFiles';
import { WrongSecretError, type Secret, type Vault } from '../vault/vault';
import { attemptKey, createThrottle, type Throttle } from '../throttle';
import type { WorkbookService } from '../workbookService';
import { writeDocx } from './docxWriter';
import { encryptDocx } from './encryptDocx';
import type { FileDialogs } from './fileDialogs';

interface HeldWorkbook {
  source: ExportSource;
  fileName: string | null;
  /** Only for files from another computer; this computer's come from the workbook service. */
  content: Workbook | null;
}

export interface ExportStatus {
  role: Role;
  open: boolean;
  source: ExportSource | null;
  fileName: string | null;
}

const cancelled = () => new AppError({ code: 'cancelled', message: 'Nothing was chosen.' });

export function createExportService(deps: {
  vault: Vault;
  workbooks: WorkbookService;
  dialogs: FileDialogs;
  now?: () => Date;
  /** The one throttle for wrong secrets (a chosen workbook file counts like this computer's). */
  throttle?: Throttle;
}) {
  const now = deps.now ?? (() => new Date());
  const throttle = deps.throttle ?? createThrottle({ now: () => now().getTime() });
  const held = new Map<Role, HeldWorkbook>();
  const chosenFiles = new Map<Role, string>();
  let destination: string | null = null;

  function contentOf(role: Role): Workbook | null {
    const entry = held.get(role);
    if (!entry) return null;
    if (entry.source === 'file') return entry.content;
    return deps.workbooks.isUnlocked(role) ? deps.workbooks.content(role) : null;
  }

  function buildDocument(request: ExportRequest) {
    const disclosing = request.selection.disclosing ? (contentOf('disclosing') as DisclosingWorkbook | null) : null;
    const partner = request.selection.partner ? (contentOf('partner') as PartnerWorkbook | null) : null;
    if (request.selection.disclosing && !disclosing)
      throw new AppError({ code: 'locked', message: 'The disclosure workbook is not open for this export.' });
    if (request.selection.partner && !partner)
      throw new AppError({ code: 'locked', message: 'The partner workbook is not open for this export.' });
    if (!disclosing && !partner) throw new AppError({ code: 'invalid-input', message: 'Please include at least one workbook.' });
    return buildExportDocument(
      { disclosing, partner },
      {
        selection: request.selection,
        letterDraftId: request.letterDraftId,
        coupleNames: request.coupleNames,
        therapistName: request.therapistName,
        sessionDate: request.sessionDate,
        pageSize: request.pageSize,
        now: now(),
      },
    );
  }

  return {
    status(): ExportStatus[] {
      return ROLES.map((role) => {
        const entry = held.get(role);
        return { role, open: contentOf(role) !== null, source: entry?.source ?? null, fileName: entry?.fileName ?? null };
      });
    },

    /** Native open dialog for a workbook file from another computer; remembers the path. */
    async chooseWorkbookFile(role: Role): Promise<{ fileName: string }> {
      const file = await deps.dialogs.showOpenDialog({
        title: role === 'disclosing' ? 'Choose the disclosure workbook file' : 'Choose the partner workbook file',
        filters: [{ name: 'Workbook files', extensions: [WORKBOOK_EXTENSION.slice(1)] }],
      });
      if (!file) throw cancelled();
      chosenFiles.set(role, file);
      return { fileName: path.basename(file) };
    },

    async unlock(role: Role, source: ExportSource, secret: Secret): Promise<WorkbookExportSummary> {
      if (source === 'thisComputer') {
        await deps.workbooks.unlock(role, secret);
        held.set(role, { source, fileName: null, content: null });
        return summariseForExport(deps.workbooks.content(role));
      }
      const file = chosenFiles.get(role);
      if (!file) throw new AppError({ code: 'invalid-input', message: 'Please choose the workbook file first.' });
      const key = attemptKey('workbook', file);
      throttle.check(key);
      const bytes = await readChosenFile(file);
      const { session, workbook } = await throttle.attempt(
        key,
        () => openSealedWorkbook(deps.vault, bytes, secret, role),
        (error) => error instanceof WrongSecretError,
      );
      deps.vault.close(session);
      held.set(role, { source, fileName: path.basename(file), content: workbook });
      return summariseForExport(workbook);
    },

    /** Section names and counts of the workbooks open for the export. Never content. */
    summary(): { disclosing: WorkbookExportSummary | null; partner: WorkbookExportSummary | null } {
      const d = contentOf('disclosing');
      const p = contentOf('partner');
      return { disclosing: d ? summariseForExport(d) : null, partner: p ? summariseForExport(p) : null };
    },

    preview(request: ExportRequest) {
      return { outline: documentOutline(buildDocument(request)) };
    },

    async chooseDestination(request: ExportRequest): Promise<{ fileName: string }> {
      const both = request.selection.disclosing && request.selection.partner;
      const file = await deps.dialogs.showSaveDialog({
        title: 'Save the document for the therapist',
        defaultName: both
          ? 'disclosure-session.docx'
          : request.selection.disclosing
            ? 'disclosure-workbook.docx'
            : 'partner-workbook.docx',
        filters: [{ name: 'Word document', extensions: ['docx'] }],
      });
      if (!file) throw cancelled();
      destination = file.toLowerCase().endsWith('.docx') ? file : `${file}.docx`;
      return { fileName: path.basename(destination) };
    },

    /** Build, optionally password-protect, and write the document to the chosen place. */
    async write(request: ExportRequest, password: string | null) {
      const passwordProblem = password === null ? null : documentPasswordProblem(password);
      if (passwordProblem) throw new AppError({ code: 'invalid-input', message: passwordProblem });
      if (!destination) throw new AppError({ code: 'invalid-input', message: 'Please choose where to save the document first.' });
      const docx = await writeDocx(buildDocument(request));
      const bytes = password ? encryptDocx(docx, password) : docx;
      await saveChosenFile(destination, bytes, 'the document');
      return { fileName: path.basename(destination), bytes: bytes.length, encrypted: password !== null };
    },

    /** Forget every workbook opened for the export; this computer's are locked again. */
    async close(): Promise<null> {
      for (const [role, entry] of held) {
        if (entry.source === 'thisComputer') await deps.workbooks.lock(role);
        entry.content = null;
      }
      held.clear();
      chosenFiles.clear();
      destination = null;
      return null;
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
