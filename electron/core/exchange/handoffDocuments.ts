/**
 * Shared workbooks -> the documents: the therapist document (.docx) and the reading copy.
 * Used by the app (handoffService) and the `workbook` command, so both write the same files.
 */
import { buildExportDocument, documentOutline } from '../../../shared/export/buildDocument';
import type { OutlineEntry, PageSize } from '../../../shared/export/model';
import { buildReadingCopy } from '../../../shared/export/readingCopy';
import type { SharedWorkbook } from '../../../shared/export/therapistPackage';
import type { DisclosingWorkbook, PartnerWorkbook } from '../../../shared/workbook/schema';
import { writeDocx } from '../export/docxWriter';
import { readingCopyDocx as writeReadingCopy } from '../export/readingCopyDocx';
import { encryptDocx } from '../export/encryptDocx';

export interface DocumentDetails {
  therapistName?: string;
  sessionDate?: string;
  pageSize?: PageSize;
  now: Date;
  timeZone?: string;
  /** The partner's questions grouped by priority as an appendix (only when priority is shared). */
  priorityAppendix?: boolean;
  /** One's own export (for one's own therapist), not the session document. */
  ownExport?: boolean;
}

export interface SharedPair {
  disclosing: SharedWorkbook<DisclosingWorkbook> | null;
  partner: SharedWorkbook<PartnerWorkbook> | null;
}

export function sessionDocument(pair: SharedPair, details: DocumentDetails) {
  if (!pair.disclosing && !pair.partner) throw new Error('Nothing to put in the document.');
  return buildExportDocument(
    { disclosing: pair.disclosing?.workbook ?? null, partner: pair.partner?.workbook ?? null },
    {
      selection: {
        disclosing: pair.disclosing ? (pair.disclosing.sections as never[]) : null,
        partner: pair.partner ? (pair.partner.sections as never[]) : null,
      },
      shared: pair,
      ...(details.therapistName !== undefined ? { therapistName: details.therapistName } : {}),
      ...(details.sessionDate !== undefined ? { sessionDate: details.sessionDate } : {}),
      pageSize: details.pageSize ?? 'a4',
      now: details.now,
      ...(details.timeZone ? { timeZone: details.timeZone } : {}),
      ...(details.priorityAppendix ? { priorityAppendix: true } : {}),
      ...(details.ownExport ? { ownExport: true } : {}),
    },
  );
}

export function sessionOutline(pair: SharedPair, details: DocumentDetails): OutlineEntry[] {
  return documentOutline(sessionDocument(pair, details));
}

/** The .docx bytes, protected with the password unless it is null (a deliberate choice). */
export async function sessionDocx(pair: SharedPair, details: DocumentDetails, password: string | null): Promise<Buffer> {
  const docx = await writeDocx(sessionDocument(pair, details));
  return password === null ? docx : encryptDocx(docx, password);
}

/** The reading copy: null when there is neither a letter nor a question to read. */
export async function readingCopyDocx(
  pair: SharedPair,
  details: DocumentDetails,
  password: string | null,
): Promise<Buffer | null> {
  const copy = buildReadingCopy(pair);
  if (!copy) return null;
  const docx = await writeReadingCopy(copy, details.pageSize ?? 'a4');
  return password === null ? docx : encryptDocx(docx, password);
}
