/**
 * A workbook file opened from outside the app (double-clicked, dragged onto the app icon, or
 * given on the command line): what it is, and what to offer. Pure: the main process reads the
 * file's header (never its content, never a passphrase) and this decides; tests run it in Node.
 */
import type { Role } from './workbook/schema';

/** What the header of the opened file says. */
export type IncomingCheck =
  { ok: true; role: Role; workbookId: string | null; saveCounter: number | null } | { ok: false; problem: IncomingProblem };

export type IncomingProblem =
  /** Not a workbook file at all (another kind of file renamed, or an empty file). */
  | 'not-a-workbook'
  /** A workbook file whose bytes do not add up (cut short, changed, or damaged on the way). */
  | 'damaged'
  /** Written by a newer version of the app. */
  | 'newer-version'
  /** A question packet, which is opened from the answers section, not as a workbook. */
  | 'question-packet'
  /** A therapist package, which the therapist opens from "For therapists: make the session document". */
  | 'therapist-package'
  /** Could not be read (a folder, gone, no permission, or far too large). */
  | 'unreadable';

/** This computer's workbook of the same role, as far as the choice needs to know. */
export interface LocalWorkbook {
  exists: boolean;
  unlocked: boolean;
  /** The opened file is this very file (same path), or a byte-for-byte copy of it. */
  sameFile: boolean;
  workbookId: string | null;
  saveCounter: number | null;
}

/** How the opened file relates to the workbook already here, when both exist. */
export type IncomingRelation = 'older-copy' | 'newer-copy' | 'other-workbook' | 'unknown';

export type IncomingDecision =
  | { kind: 'refuse'; problem: IncomingProblem }
  /** It is one of this computer's workbooks: open it here (the unlock screen). */
  | { kind: 'open-here'; role: Role; unlocked: boolean }
  /** No workbook of this role here yet: offer to bring it in (moving to a new computer). */
  | { kind: 'bring-in'; role: Role }
  /** A different file for a role that already has a workbook here: keep this one, or (explicitly) use the file. */
  | { kind: 'choose'; role: Role; relation: IncomingRelation; unlocked: boolean };

export type IncomingChoice = 'open' | 'bring-in' | 'replace';

export interface IncomingOffer {
  /** Changes with every opened file, so an answer always goes to the offer it was given for. */
  id: number;
  decision: IncomingDecision;
}

export function decideIncoming(check: IncomingCheck, local: LocalWorkbook | null): IncomingDecision {
  if (!check.ok) return { kind: 'refuse', problem: check.problem };
  const role = check.role;
  if (!local?.exists) return { kind: 'bring-in', role };
  if (local.sameFile) return { kind: 'open-here', role, unlocked: local.unlocked };
  return { kind: 'choose', role, relation: relationOf(check, local), unlocked: local.unlocked };
}

function relationOf(check: { workbookId: string | null; saveCounter: number | null }, local: LocalWorkbook): IncomingRelation {
  if (check.workbookId === null || local.workbookId === null) return 'unknown';
  if (check.workbookId !== local.workbookId) return 'other-workbook';
  if (check.saveCounter === null || local.saveCounter === null || check.saveCounter === local.saveCounter) return 'unknown';
  return check.saveCounter < local.saveCounter ? 'older-copy' : 'newer-copy';
}

/** Which answers an offer accepts. 'open' on a 'choose' keeps the workbook that is here. */
export function choicesFor(decision: IncomingDecision): IncomingChoice[] {
  switch (decision.kind) {
    case 'refuse':
      return [];
    case 'open-here':
      return ['open'];
    case 'bring-in':
      return ['bring-in'];
    case 'choose':
      return ['open', 'replace'];
  }
}
