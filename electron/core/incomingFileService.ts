/**
 * Workbook files opened from outside the app (argv, second instance, macOS open-file): the
 * main process hands over a path; this reads the file's header and checksum (no passphrase, no
 * decryption), compares it with this computer's workbook of that role, and keeps one offer for
 * the window to show. Paths never leave the main process: the window sees only the decision.
 *
 * Bringing a file in copies it into the workbooks folder as `<role>.dwb`. It never overwrites
 * a workbook without the explicit 'replace' answer, and then the workbook that was here is set
 * aside beside the workbooks as `<role>.replaced-<stamp>.dwb`: outside backups/, so it is never
 * rotated away, re-keyed, or offered as a backup of the workbook that took its place. Its
 * backups (sealed under its own key) go with it, as `<role>.replaced-<stamp>.backup-<theirs>.dwb`:
 * left in backups/ they would be offered as backups of the new workbook, pruned by its saves
 * and tried at its re-key. Backups left without a workbook are set aside the same way when a
 * file is brought in.
 */
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import {
  choicesFor,
  decideIncoming,
  type IncomingCheck,
  type IncomingChoice,
  type IncomingOffer,
  type LocalWorkbook,
} from '../../shared/incomingFile';
import type { Role } from '../../shared/workbook/schema';
import { INCOMING_FILE_TEXTS as MESSAGES } from '../../shared/guidance/desktopTexts';
import { describeFsError, StorageError, syncDirectory, type StorageFs } from './storage/atomicFile';
import { WORKBOOK_EXTENSION, type WorkbookFiles } from './storage/workbookFiles';
import { DamagedFileError, FILE_KINDS, FORMAT_VERSION, MAGIC, parseFile, WEAK_KDF_FLOOR } from './vault/format';

/** Far above any real workbook; anything larger is not read at all. */
export const MAX_INCOMING_BYTES = 64 * 1024 * 1024;

export interface InspectedFile {
  check: IncomingCheck;
  bytes: Uint8Array | null;
}

type Checksum = (data: Uint8Array) => Uint8Array;

/** What a file's header says, checked against its checksum. Never decrypts anything. */
export function inspectWorkbookBytes(
  bytes: Uint8Array,
  checksum: Checksum,
  floor: { minOps: number; minMemKiB: number } = WEAK_KDF_FLOOR,
): IncomingCheck {
  if (bytes.length < MAGIC.length || MAGIC.some((b, i) => bytes[i] !== b)) return { ok: false, problem: 'not-a-workbook' };
  if (bytes.length >= 6 && bytes[4]! + bytes[5]! * 256 > FORMAT_VERSION) return { ok: false, problem: 'newer-version' };
  if (bytes.length >= 7 && bytes[6] === FILE_KINDS.packet) return { ok: false, problem: 'question-packet' };
  if (bytes.length >= 7 && bytes[6] === FILE_KINDS.package) return { ok: false, problem: 'therapist-package' };
  let header: ReturnType<typeof parseFile>['header'];
  try {
    header = parseFile(bytes, checksum, { floor }).header;
  } catch (error) {
    if (error instanceof DamagedFileError) return { ok: false, problem: 'damaged' };
    throw error;
  }
  if (header.kind === 'packet') return { ok: false, problem: 'question-packet' };
  if (header.kind === 'package') return { ok: false, problem: 'therapist-package' };
  const facts = header as { workbookId?: Uint8Array; saveCounter?: number };
  const id = facts.workbookId && facts.workbookId.some((b) => b !== 0) ? Buffer.from(facts.workbookId).toString('hex') : null;
  return {
    ok: true,
    role: header.kind,
    workbookId: id,
    saveCounter: id !== null && typeof facts.saveCounter === 'number' ? facts.saveCounter : null,
  };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

export function createIncomingFileService(deps: {
  files: WorkbookFiles;
  isUnlocked: (role: Role) => boolean;
  checksum: Checksum;
  /** The weakest key derivation the vault accepts (the app's: weak test settings are refused). */
  kdfFloor?: { minOps: number; minMemKiB: number };
  fs?: StorageFs;
  now?: () => Date;
  /** Called when a new offer is waiting (the main process tells the window). */
  onOffer?: (offer: IncomingOffer) => void;
  /** A workbook was moved in: the rollback notice starts again from its save counter. */
  onMovedIn?: (workbookId: string, saveCounter: number) => void;
}) {
  const fs = deps.fs ?? nodeFs;
  const now = deps.now ?? (() => new Date());
  let nextId = 1;
  let pending: { offer: IncomingOffer; file: string } | null = null;
  let sequence = 0;

  async function readIncoming(file: string): Promise<Uint8Array | null> {
    try {
      const stats = await fs.stat(file);
      if (!stats.isFile() || stats.size > MAX_INCOMING_BYTES) return null;
      return new Uint8Array(await fs.readFile(file));
    } catch {
      return null;
    }
  }

  async function inspect(file: string): Promise<InspectedFile> {
    const bytes = await readIncoming(file);
    if (!bytes) return { check: { ok: false, problem: 'unreadable' }, bytes: null };
    return { check: inspectWorkbookBytes(bytes, deps.checksum, deps.kdfFloor), bytes };
  }

  async function localFor(role: Role, file: string, bytes: Uint8Array): Promise<LocalWorkbook> {
    const local = await deps.files.readMain(role).catch(() => null);
    const unlocked = deps.isUnlocked(role);
    if (!local) return { exists: false, unlocked, sameFile: false, workbookId: null, saveCounter: null };
    const samePath = await Promise.all([fs.stat(file), fs.stat(deps.files.mainPath(role))])
      .then(([a, b]) => a.ino === b.ino && a.dev === b.dev)
      .catch(() => path.resolve(file) === path.resolve(deps.files.mainPath(role)));
    const check = inspectWorkbookBytes(local, deps.checksum, deps.kdfFloor);
    let saveCounter = check.ok ? check.saveCounter : null;
    // After an app crash, typing saves newer than the file may wait in its recent-save slots (taken at the next unlock).
    for (const { bytes: slot } of await deps.files.readRecent(role)) {
      const recent = inspectWorkbookBytes(slot, deps.checksum, deps.kdfFloor);
      if (
        check.ok &&
        recent.ok &&
        recent.workbookId === check.workbookId &&
        recent.saveCounter !== null &&
        recent.saveCounter > (saveCounter ?? -1)
      ) {
        saveCounter = recent.saveCounter;
      }
    }
    return {
      exists: true,
      unlocked,
      sameFile: samePath || sameBytes(local, bytes),
      workbookId: check.ok ? check.workbookId : null,
      saveCounter,
    };
  }

  function stamp(): string {
    return `${now().toISOString().replace(/[-:.]/g, '').replace('T', '-').replace('Z', '')}-${String(sequence++ % 1000).padStart(3, '0')}`;
  }

  /**
   * Move this computer's workbook of `role` (when there is one) and every backup of that role
   * aside, beside the workbooks and never into backups/: `<role>.replaced-<stamp>.dwb` and
   * `<role>.replaced-<stamp>.backup-<its stamp>.dwb`. Returns the moves, to undo them.
   */
  async function setAsideReplaced(role: Role, withMain: boolean): Promise<[from: string, to: string][]> {
    const tag = `${role}.replaced-${stamp()}`;
    const moves: [string, string][] = [];
    if (withMain) moves.push([deps.files.mainPath(role), path.join(deps.files.dir, `${tag}${WORKBOOK_EXTENSION}`)]);
    // Typing saves the app left beside it (cut short) go with it: they are that workbook's, never the new one's.
    for (const recent of await deps.files.recentFiles(role)) {
      moves.push([recent, path.join(deps.files.dir, `${tag}.${path.basename(recent).slice(role.length + 1)}`)]);
    }
    for (const backup of await deps.files.listBackups(role)) {
      const theirs = path.basename(backup).slice(role.length + 1, -WORKBOOK_EXTENSION.length);
      moves.push([backup, path.join(deps.files.dir, `${tag}.backup-${theirs}${WORKBOOK_EXTENSION}`)]);
    }
    const done: [string, string][] = [];
    try {
      for (const [from, to] of moves) {
        await fs.rename(from, to);
        done.push([from, to]);
      }
      await syncDirectory(fs, deps.files.dir);
      if (moves.length > (withMain ? 1 : 0)) await syncDirectory(fs, path.join(deps.files.dir, 'backups'));
    } catch (error) {
      await putBack(done);
      throw error;
    }
    return done;
  }

  /** Undo setAsideReplaced: every file goes back where it was (best effort; nothing is deleted). */
  async function putBack(moves: [string, string][]): Promise<void> {
    for (const [from, to] of [...moves].reverse()) await fs.rename(to, from).catch(() => undefined);
  }

  return {
    /** A file was opened from outside: inspect it and keep one offer (the newest) for the window. */
    async offer(file: string): Promise<IncomingOffer> {
      const { check, bytes } = await inspect(file);
      const local = check.ok && bytes ? await localFor(check.role, file, bytes) : null;
      const offer: IncomingOffer = { id: nextId++, decision: decideIncoming(check, local) };
      pending = { offer, file };
      deps.onOffer?.(offer);
      return offer;
    },

    /** The offer waiting for an answer, if any (the window asks at start and on the event). */
    pending(): IncomingOffer | null {
      return pending?.offer ?? null;
    },

    dismiss(id: number): void {
      if (pending?.offer.id === id) pending = null;
    },

    /**
     * Answer an offer. 'open' changes no file; 'bring-in' copies the file in where no workbook
     * of its role is; 'replace' sets this computer's workbook aside first. The file is read and
     * checked again, and must still be the workbook that was offered. Returns the role to unlock.
     */
    async accept(id: number, choice: IncomingChoice): Promise<{ role: Role }> {
      if (!pending || pending.offer.id !== id) throw new AppError({ code: 'invalid-input', message: MESSAGES.stale });
      const { offer, file } = pending;
      const decision = offer.decision;
      if (decision.kind === 'refuse' || !choicesFor(decision).includes(choice)) {
        throw new AppError({ code: 'invalid-input', message: MESSAGES.stale });
      }
      const role = decision.role;
      if (choice === 'open') {
        pending = null;
        return { role };
      }
      if (choice === 'replace' && deps.isUnlocked(role)) throw new AppError({ code: 'locked', message: MESSAGES.unlocked });

      const { check, bytes } = await inspect(file);
      if (!bytes) throw new AppError({ code: 'missing', message: MESSAGES.gone });
      if (!check.ok || check.role !== role) throw new AppError({ code: 'damaged', message: MESSAGES.changed });
      const hereNow = await deps.files.exists(role);
      if (choice === 'bring-in' && hereNow) throw new AppError({ code: 'exists', message: MESSAGES.exists });
      let aside: [string, string][] = [];
      try {
        // The workbook that was here (only on 'replace') and any backups of this role: they
        // belong to another key and are never offered as backups of the file brought in.
        aside = await setAsideReplaced(role, choice === 'replace' && hereNow);
        await deps.files.write(role, bytes, { keepPrevious: false });
      } catch (error) {
        // Put the workbook that was here back where it was: a failed bring-in changes nothing.
        await putBack(aside);
        const raw = error instanceof StorageError ? error.code : describeFsError(error, 'copied').code;
        const code = raw === 'disk-full' || raw === 'permission' ? raw : 'io';
        throw new AppError({ code, message: MESSAGES.copyFailed[code] }, { cause: error });
      }
      pending = null;
      if (check.workbookId !== null && check.saveCounter !== null) deps.onMovedIn?.(check.workbookId, check.saveCounter);
      return { role };
    },
  };
}

export type IncomingFileService = ReturnType<typeof createIncomingFileService>;
