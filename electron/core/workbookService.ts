import { unlink } from 'node:fs/promises';
import path from 'node:path';
import type { OpenedWorkbook } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { passphraseRuleProblem } from '../../shared/passphrase';
import { applyChanges, ContentError, validateWorkbook, type ContentChange } from '../../shared/workbook/content';
import { emptyWorkbook, ROLES, type Role, type Workbook } from '../../shared/workbook/schema';
import { toAppError } from './errors';
import { decodeWorkbook, newestRecentSave, openSealedWorkbook, sealWorkbook } from './sealedWorkbook';
import { StorageError, TEMP_SUFFIX } from './storage/atomicFile';
import { memoryState, type SaveCounters, type SmallState } from './storage/smallState';
import { RECENT_SLOTS, WORKBOOK_EXTENSION, type WorkbookFiles } from './storage/workbookFiles';
import { attemptKey, createThrottle, ThrottleWaitError, type Throttle } from './throttle';
import {
  checkStructure,
  DamagedFileError,
  declaredFileLength,
  WORKBOOK_ID_BYTES,
  workbookIdHex,
  type Header,
} from './vault/format';
import { WrongSecretError, type RekeyChange, type Secret, type Vault, type VaultSession } from './vault/vault';
import { createWorkbookEncoder, type WorkbookEncoder } from './workbookBytes';

interface OpenWorkbook {
  session: VaultSession;
  content: Workbook;
  /** Unlocked with the recovery key: a new passphrase may be set without the old one. */
  viaRecoveryKey: boolean;
  /** This came from a backup because the main file was damaged or an older copy: set that file aside before saving. */
  setAside: 'damaged' | 'older' | null;
  /** Releases this workbook's lock file. */
  release: () => Promise<void>;
  /** The content's JSON bytes by part, kept between saves (zeroed on lock). */
  encoder: WorkbookEncoder;
  /** Typing saves since the main file was last saved (see writeContent and saveMainFile). */
  recent: RecentSaves;
}

interface RecentSaves {
  /** The slot the next typing save goes to: never the one holding the newest save. */
  next: number;
  /** A slot holds a save newer than the main file. */
  ahead: boolean;
  /** False once a slot could not be used (something else has its name): saves go to the main file. */
  usable: boolean;
  /**
   * The next save goes to the main file: it is a format-1 file, whose workbook id (given at
   * unlock) is on disk only once it is saved as format 2, and a slot is only read for that id.
   */
  mainFirst: boolean;
  /** When the first typing save not yet in the main file was made (ms), and the timer that saves the main file. */
  since: number;
  timer: ReturnType<typeof setTimeout> | null;
}

const noRecentSaves = (mainFile?: Uint8Array): RecentSaves => ({
  next: 0,
  ahead: false,
  usable: true,
  mainFirst: mainFile !== undefined && declaredFileLength(mainFile) === null,
  since: 0,
  timer: null,
});

/**
 * When a typing save's content reaches the main file (and its backups): after this long
 * without another save, and at most this long after the first save not yet there; always at lock.
 */
export const MAIN_FILE_DELAYS = { idleMs: 5_000, maxMs: 60_000 } as const;

export { failureDelayMs } from './throttle';
export { toAppError };

/**
 * Re-key a workbook's whole folder set: a new data key for the main file (sealed from
 * `workbook`) and for every backup that opens with the current key, written as one set
 * (see WorkbookFiles.replaceAll). Returns the new session (the old one is left open for the
 * caller to close) and the new recovery key when one was made.
 */
export async function rekeyWorkbookFiles(
  vault: Vault,
  files: WorkbookFiles,
  name: string,
  session: VaultSession,
  workbook: Workbook,
  change: RekeyChange,
): Promise<{ session: VaultSession; recoveryKey: string | null; leftAsTheyWere: number }> {
  const backupFiles = await files.listBackups(name);
  const backups: { file: string; bytes: Uint8Array }[] = [];
  for (const file of backupFiles) {
    try {
      backups.push({ file, bytes: await files.readFile(file) });
    } catch {
      // An unreadable backup cannot be re-encrypted; it is left as it is.
    }
  }
  const result = await vault.rekey(
    session,
    change,
    backups.map((b) => b.bytes),
  );
  try {
    const main = await sealWorkbook(vault, result.session, workbook);
    const rewritten = backups.flatMap((b, i) => {
      const bytes = result.others[i];
      return bytes ? [{ file: b.file, bytes }] : [];
    });
    await files.replaceAll(name, main, rewritten);
    // Typing saves left by the app (sealed under the old key; their content is in `workbook`).
    await files.removeRecent(name);
    return { session: result.session, recoveryKey: result.recoveryKey, leftAsTheyWere: backupFiles.length - rewritten.length };
  } catch (error) {
    vault.close(result.session);
    throw error;
  }
}

/**
 * Creating, unlocking, saving and locking the workbooks of this computer. Plain Node:
 * the vault (crypto), the files (disk) and the clock come in as arguments. `saveCounters`
 * remembers, per workbook id, the highest save counter seen (the rollback notice).
 */
export function createWorkbookService(deps: {
  vault: Vault;
  files: WorkbookFiles;
  now?: () => Date;
  saveCounters?: SmallState<SaveCounters>;
  /** The one throttle for wrong secrets (kept across restarts by the app); in memory when left out. */
  throttle?: Throttle;
  /** See MAIN_FILE_DELAYS (tests shorten them). */
  mainFileDelays?: { idleMs: number; maxMs: number };
}) {
  const { vault, files } = deps;
  const now = deps.now ?? (() => new Date());
  const mainFileDelays = deps.mainFileDelays ?? MAIN_FILE_DELAYS;
  const counters = deps.saveCounters ?? memoryState<SaveCounters>({});
  const open = new Map<Role, OpenWorkbook>();
  const throttle = deps.throttle ?? createThrottle({ now: () => now().getTime() });
  /** The throttle's key for a workbook: its file, the same key the workbook command uses. */
  const keyOf = (role: Role) => attemptKey('workbook', path.join(files.dir, `${role}${WORKBOOK_EXTENSION}`));
  const saveQueues = new Map<Role, Promise<unknown>>();
  /** Temp files of exports being written now, per open workbook (kept, encrypted, in its note). */
  const pendingExports = new Map<Role, Set<string>>();

  /** Write (or remove) a workbook's encrypted note of exports in progress. */
  async function writeExportNote(role: Role): Promise<void> {
    const entry = open.get(role);
    if (!entry) return;
    const list = [...(pendingExports.get(role) ?? [])];
    if (list.length === 0) return files.removeNote(role);
    await files.writeNote(role, await vault.sealNote(entry.session, new TextEncoder().encode(JSON.stringify(list))));
  }

  /**
   * At unlock: an export that was cut short (a crash, a power cut) may have left its plaintext
   * temp file where the person chose to save. The note, encrypted under this workbook's key,
   * names it: remove it now, then the note. A note that does not open is left alone.
   */
  async function removeLeftoverExports(role: Role): Promise<void> {
    const entry = open.get(role);
    if (!entry) return;
    try {
      const note = await files.readNote(role);
      if (!note) return;
      const plaintext = await vault.openNote(entry.session, note);
      if (!plaintext) return;
      const list: unknown = JSON.parse(new TextDecoder().decode(plaintext));
      if (Array.isArray(list)) {
        for (const temp of list) {
          if (typeof temp === 'string' && path.isAbsolute(temp) && TEMP_SUFFIX.test(temp))
            await unlink(temp).catch(() => undefined);
        }
      }
      if (!pendingExports.get(role)?.size) await files.removeNote(role);
    } catch {
      // Never stands in the way of unlocking.
    }
  }

  function requireOpen(role: Role): OpenWorkbook {
    const entry = open.get(role);
    if (!entry) throw new AppError({ code: 'locked', message: 'This workbook is locked. Please unlock it again.' });
    return entry;
  }

  function checkThrottle(role: Role) {
    try {
      throttle.check(keyOf(role));
    } catch (error) {
      if (!(error instanceof ThrottleWaitError)) throw error;
      throw new AppError({ code: 'wait', message: error.message, retryAfterMs: error.retryAfterMs });
    }
  }

  function recordFailure(role: Role, error: WrongSecretError): AppError {
    const delay = throttle.failed(keyOf(role));
    return new AppError({ code: 'wrong-secret', message: error.message, retryAfterMs: delay });
  }

  const idOf = (session: VaultSession) => workbookIdHex(session.header.workbookId);
  const remembered = (session: VaultSession) => counters.get()[idOf(session)];
  function remember(session: VaultSession, options: { reset?: boolean } = {}) {
    const id = idOf(session);
    const counter = session.header.saveCounter;
    counters.update((all) => {
      const seen = all[id];
      if (!options.reset && seen !== undefined && seen >= counter) return all;
      return { ...all, [id]: counter };
    });
    // A count set lower (a backup opened) is written at once: lost to a crash, it would make the
    // workbook look like an older copy at the next unlock. A higher one may wait (see services.ts).
    if (options.reset) void counters.flush();
  }

  /** Serialise writes per workbook so renames never interleave. */
  function queue<T>(role: Role, task: () => Promise<T>): Promise<T> {
    const previous = saveQueues.get(role) ?? Promise.resolve();
    const next = previous.then(task, task);
    saveQueues.set(
      role,
      next.catch(() => undefined),
    );
    return next;
  }

  /**
   * Save the open content. A typing save (`typing`) goes to a recent-save slot, written in place
   * (one write and one fdatasync: see WorkbookFiles.writeRecent); the main file, with a backup of
   * the one before, is saved from the content when typing pauses, at least once a minute while
   * it goes on, at lock and before a re-key (see `saveMainFile`). Otherwise, and whenever a slot
   * cannot be used, the main file is saved at once.
   */
  async function writeContent(role: Role, entry: OpenWorkbook, kind: 'typing' | 'main' = 'main'): Promise<void> {
    try {
      // The first save after a backup was opened sets the main file aside and writes a new one.
      const toSlot = kind === 'typing' && entry.recent.usable && !entry.recent.mainFirst && !entry.setAside;
      await settleAside(role, entry);
      if (toSlot) {
        try {
          await files.writeRecent(role, entry.recent.next, await sealContent(entry));
          entry.recent.next = (entry.recent.next + 1) % RECENT_SLOTS;
          entry.recent.ahead = true;
          remember(entry.session);
          scheduleMainFile(role, entry);
          return;
        } catch (error) {
          if (!(error instanceof StorageError && error.code === 'not-a-file')) throw error;
          entry.recent.usable = false;
        }
      }
      // The file and its folder are opened (and the previous file linked into backups) while the
      // worker seals: files.write takes the seal still under way.
      await files.write(role, sealContent(entry));
      remember(entry.session);
      entry.recent.ahead = false;
      entry.recent.mainFirst = false;
      clearMainFileTimer(entry);
    } catch (error) {
      throw toAppError(error);
    }
  }

  /**
   * The next save's file. Only the parts changed since the last save are serialized again (see
   * workbookBytes.ts); the encoder's buffer and the sealed file's are kept for the next save
   * (saves run one at a time, see queue).
   */
  function sealContent(entry: OpenWorkbook): Promise<Uint8Array> {
    const plaintext = entry.encoder.encode(entry.content);
    return vault.seal(entry.session, plaintext, { reuse: true }).finally(() => plaintext.fill(0));
  }

  function clearMainFileTimer(entry: OpenWorkbook) {
    if (entry.recent.timer) clearTimeout(entry.recent.timer);
    entry.recent.timer = null;
    entry.recent.since = 0;
  }

  function scheduleMainFile(role: Role, entry: OpenWorkbook) {
    const at = Date.now();
    if (!entry.recent.since) entry.recent.since = at;
    if (entry.recent.timer) clearTimeout(entry.recent.timer);
    const wait = Math.max(0, Math.min(mainFileDelays.idleMs, entry.recent.since + mainFileDelays.maxMs - at));
    entry.recent.timer = setTimeout(() => {
      entry.recent.timer = null;
      // A failure here (a full disk) is said by the next typing save; the slots keep the content.
      void saveMainFile(role, entry).catch(() => undefined);
    }, wait);
    entry.recent.timer.unref?.();
  }

  /** Save the main file from the open content when a recent-save slot holds something newer. */
  function saveMainFile(role: Role, entry: OpenWorkbook): Promise<void> {
    return queue(role, async () => {
      if (open.get(role) === entry && entry.recent.ahead) await writeContent(role, entry, 'main');
    });
  }

  /**
   * Once the main file holds the newest save: remove the recent-save slots (at lock, after an
   * unlock, before a re-key). A failure leaves them, to be read at the next unlock.
   */
  async function dropRecentSaves(role: Role, entry: OpenWorkbook): Promise<void> {
    clearMainFileTimer(entry);
    if (entry.recent.ahead) await writeContent(role, entry, 'main');
    await files.removeRecent(role);
    entry.recent.next = 0;
  }

  /** A damaged main file or an older copy found in its place is kept beside it, never overwritten. */
  async function settleAside(role: Role, entry: OpenWorkbook) {
    if (!entry.setAside) return;
    await files.setAside(role, entry.setAside);
    entry.setAside = null;
  }

  /** The lock file for this workbook: kept while it is open, so the workbook command never writes at the same time. */
  async function takeLock(role: Role): Promise<() => Promise<void>> {
    const current = open.get(role);
    if (current) return current.release;
    try {
      return await files.acquireLock(role, 'app');
    } catch (error) {
      throw toAppError(error);
    }
  }

  /**
   * Right after an unlock: the newest save (from slot `newestSlot` when it was a recent-save
   * slot's) goes to the main file, and the slots are removed. A failure (a full disk) leaves them
   * for the next try, at lock or at the next unlock; the next typing save then goes to the other slot.
   */
  async function settleRecentSaves(role: Role, entry: OpenWorkbook, newestSlot: number | null): Promise<void> {
    if (newestSlot !== null) {
      entry.recent.ahead = true;
      entry.recent.next = (newestSlot + 1) % RECENT_SLOTS;
    }
    await queue(role, () => dropRecentSaves(role, entry)).catch(() => undefined);
  }

  function install(role: Role, entry: OpenWorkbook) {
    const previous = open.get(role);
    if (previous && previous !== entry) clearMainFileTimer(previous);
    if (previous && previous.session !== entry.session) vault.close(previous.session);
    if (previous && previous.encoder !== entry.encoder) previous.encoder.clear();
    open.set(role, entry);
  }

  async function damagedError(role: Role, error: unknown): Promise<AppError> {
    const backups = await files.listBackups(role);
    if (error instanceof StorageError && (error.code === 'not-a-file' || error.code === 'too-large')) {
      return new AppError({
        code: 'damaged',
        message: backups.length > 0 ? `${error.message} An earlier encrypted backup can be opened instead.` : error.message,
        backupsAvailable: backups.length,
      });
    }
    const message =
      error instanceof ContentError
        ? `This workbook's content could not be read: ${error.message}`
        : 'This workbook file is damaged or was changed, so it cannot be opened.';
    return new AppError({
      code: 'damaged',
      message: backups.length > 0 ? `${message} An earlier encrypted backup can be opened instead.` : message,
      backupsAvailable: backups.length,
    });
  }

  /** The main file, or null when missing; damaged/special files come back as the error. */
  async function readMainOrError(role: Role): Promise<Uint8Array | null | StorageError> {
    try {
      return await files.readMain(role);
    } catch (error) {
      if (error instanceof StorageError && (error.code === 'not-a-file' || error.code === 'too-large')) return error;
      throw toAppError(error);
    }
  }

  return {
    async list() {
      return Promise.all(ROLES.map(async (role) => ({ role, exists: await files.exists(role), unlocked: open.has(role) })));
    },

    async create(role: Role, displayName: string, passphrase: string) {
      const problem = await passphraseRuleProblem(passphrase);
      if (problem) throw new AppError({ code: 'invalid-input', message: problem });
      if (await files.exists(role)) {
        throw new AppError({ code: 'exists', message: 'This workbook already exists on this computer.' });
      }
      const release = await takeLock(role);
      const { session, recoveryKey } = await vault.create(role, passphrase);
      const entry: OpenWorkbook = {
        session,
        content: emptyWorkbook(role, displayName.trim(), now()),
        viaRecoveryKey: false,
        setAside: null,
        release,
        encoder: createWorkbookEncoder(),
        recent: noRecentSaves(),
      };
      try {
        await queue(role, () => writeContent(role, entry));
      } catch (error) {
        vault.close(session);
        entry.encoder.clear();
        if (!open.has(role)) await release();
        throw error;
      }
      install(role, entry);
      return { recoveryKey, content: entry.content };
    },

    async unlock(role: Role, secret: Secret): Promise<OpenedWorkbook> {
      checkThrottle(role);
      const release = await takeLock(role);
      const keepLock = open.has(role);
      try {
        const bytes = await readMainOrError(role);
        if (bytes === null) {
          const backups = await files.listBackups(role);
          if (backups.length > 0) {
            throw new AppError({
              code: 'damaged',
              message: 'The workbook file is missing, but encrypted backups exist.',
              backupsAvailable: backups.length,
            });
          }
          throw new AppError({ code: 'missing', message: 'There is no workbook of this kind on this computer yet.' });
        }
        if (bytes instanceof StorageError) throw await damagedError(role, bytes);
        let session: VaultSession;
        let content: Workbook;
        try {
          ({ session, workbook: content } = await openSealedWorkbook(vault, bytes, secret, role));
        } catch (error) {
          if (error instanceof WrongSecretError) throw recordFailure(role, error);
          if (error instanceof DamagedFileError || error instanceof ContentError || error instanceof TypeError) {
            throw await damagedError(role, error);
          }
          throw error;
        }
        throttle.succeeded(keyOf(role));
        // Typing saves the main file had not caught up with (the app was cut short) are newer.
        const recent = await newestRecentSave(vault, session, await files.readRecent(role), role);
        if (recent) {
          content = recent.workbook;
          session.header = { ...session.header, saveCounter: recent.header.saveCounter };
        }
        const seen = remembered(session);
        const olderCopy = seen !== undefined && session.header.saveCounter < seen;
        if (olderCopy) {
          // Said out loud at unlock; if the person goes on with this copy, its next save is the newest.
          session.header = { ...session.header, saveCounter: seen };
        } else {
          remember(session);
        }
        const entry: OpenWorkbook = {
          session,
          content,
          viaRecoveryKey: secret.method === 'recoveryKey',
          setAside: null,
          release,
          encoder: createWorkbookEncoder(),
          recent: noRecentSaves(bytes),
        };
        install(role, entry);
        await settleRecentSaves(role, entry, recent?.slot ?? null);
        await removeLeftoverExports(role);
        if (!olderCopy) return { content, openedFromBackup: false };
        return { content, openedFromBackup: false, olderCopy: true, backupsAvailable: (await files.listBackups(role)).length };
      } catch (error) {
        if (!keepLock) await release();
        throw error;
      }
    },

    /**
     * Open a backup, only when the workbook file is damaged, missing, or an older copy than
     * this computer has seen, and only with the secret that opens the workbook file (or, when
     * it is missing, the newest backup): at most one key derivation. An intact, current
     * workbook file is opened itself and never set aside.
     */
    async openBackup(role: Role, secret: Secret): Promise<OpenedWorkbook> {
      checkThrottle(role);
      const release = await takeLock(role);
      const keepLock = open.has(role);
      let session: VaultSession | null = null;
      try {
        const main = await readMainOrError(role);
        const backupFiles = await files.listBackups(role);
        const backups: { file: string; bytes: Uint8Array }[] = [];
        for (const file of backupFiles) {
          try {
            backups.push({ file, bytes: await files.readFile(file) });
          } catch {
            // Skipped: a backup that cannot be read is never opened.
          }
        }
        let reason: 'damaged' | 'missing' | 'older' = 'missing';
        let floor = -1;
        try {
          if (main instanceof Uint8Array) {
            reason = 'damaged';
            try {
              session = await vault.unlock(main, secret);
            } catch (error) {
              if (!(error instanceof DamagedFileError)) throw error;
            }
          } else if (main instanceof StorageError) {
            reason = 'damaged';
          }
          if (session && main instanceof Uint8Array) {
            try {
              const { plaintext } = await vault.decrypt(session, main);
              const seen = remembered(session);
              if (seen === undefined || session.header.saveCounter >= seen) {
                // Not damaged and not older: the workbook itself opens; no backup is needed.
                let content = decodeWorkbook(plaintext, role);
                const recent = await newestRecentSave(vault, session, await files.readRecent(role), role);
                if (recent) {
                  content = recent.workbook;
                  session.header = { ...session.header, saveCounter: recent.header.saveCounter };
                }
                remember(session);
                throttle.succeeded(keyOf(role));
                const entry: OpenWorkbook = {
                  session,
                  content,
                  viaRecoveryKey: secret.method === 'recoveryKey',
                  setAside: null,
                  release,
                  encoder: createWorkbookEncoder(),
                  recent: noRecentSaves(main),
                };
                install(role, entry);
                session = null;
                await settleRecentSaves(role, entry, recent?.slot ?? null);
                await removeLeftoverExports(role);
                return { content, openedFromBackup: false };
              }
              plaintext.fill(0);
              reason = 'older';
              floor = session.header.saveCounter;
            } catch (error) {
              if (!(error instanceof DamagedFileError || error instanceof ContentError || error instanceof TypeError))
                throw error;
            }
          }
          if (!session) {
            // No usable workbook file: the secret must open the newest whole backup (one derivation).
            for (const backup of backups) {
              try {
                session = await vault.unlock(backup.bytes, secret);
                break;
              } catch (error) {
                if (!(error instanceof DamagedFileError)) throw error;
              }
            }
          }
        } catch (error) {
          if (error instanceof WrongSecretError) throw recordFailure(role, error);
          throw error;
        }
        if (!session) throw new AppError({ code: 'damaged', message: 'None of the backups could be opened either.' });
        throttle.succeeded(keyOf(role));
        for (const backup of backups) {
          let opened: { header: Header; plaintext: Uint8Array };
          try {
            opened = await vault.decrypt(session, backup.bytes);
          } catch {
            continue;
          }
          if (opened.header.saveCounter <= floor) {
            opened.plaintext.fill(0);
            continue;
          }
          let content: Workbook;
          try {
            content = decodeWorkbook(opened.plaintext, role);
          } catch {
            continue;
          }
          // The keys of the file that proved the secret; the id and counter of the backup.
          session.header = {
            ...session.header,
            workbookId: opened.header.workbookId,
            saveCounter: opened.header.saveCounter,
          };
          // An explicit restore: this computer now remembers the backup's counter for this workbook.
          remember(session, { reset: true });
          // Typing saves left by a crash beside the file given up on are kept aside, never taken for newer.
          await files.setAsideRecent(role);
          install(role, {
            session,
            content,
            viaRecoveryKey: secret.method === 'recoveryKey',
            setAside: main === null ? null : reason === 'older' ? 'older' : 'damaged',
            release,
            encoder: createWorkbookEncoder(),
            recent: { ...noRecentSaves(), mainFirst: true },
          });
          session = null;
          await removeLeftoverExports(role);
          return { content, openedFromBackup: true, restoredBecause: reason };
        }
        throw new AppError({ code: 'damaged', message: 'None of the backups could be opened either.' });
      } catch (error) {
        if (session) vault.close(session);
        if (!keepLock) await release();
        throw toAppError(error);
      }
    },

    async save(role: Role, content: unknown) {
      const entry = requireOpen(role);
      const workbook = validateWorkbook(content, role);
      workbook.savedAt = now().toISOString();
      return queue(role, async () => {
        const previous = entry.content;
        entry.content = workbook;
        // The caller may have changed the content it had from us in place: nothing kept is compared with it.
        entry.encoder.clear();
        try {
          await writeContent(role, entry, 'typing');
        } catch (error) {
          entry.content = previous;
          throw error;
        }
        return { savedAt: workbook.savedAt };
      });
    },

    /**
     * Autosave: only the parts that changed (see shared/workbook/changes.ts), each validated
     * against its own schema and applied to the content as it is after the saves queued before;
     * the whole-content schema runs only at open, migration and a whole save.
     */
    async saveChanges(role: Role, changes: readonly ContentChange[]) {
      const entry = requireOpen(role);
      return queue(role, async () => {
        const previous = entry.content;
        let next: Workbook;
        try {
          next = { ...applyChanges(previous, changes), savedAt: now().toISOString() };
        } catch (error) {
          throw toAppError(error);
        }
        entry.content = next;
        try {
          await writeContent(role, entry, 'typing');
        } catch (error) {
          entry.content = previous;
          throw error;
        }
        return { savedAt: next.savedAt };
      });
    },

    /**
     * Put the newest typing save in the main file now (with a backup of the one before), as a
     * pause in typing does after MAIN_FILE_DELAYS; nothing when the main file has it already.
     */
    async saveMainFile(role: Role): Promise<void> {
      await saveMainFile(role, requireOpen(role));
    },

    /** Decrypted content of an unlocked workbook (for export); throws when locked. */
    content(role: Role): Workbook {
      return requireOpen(role).content;
    },

    isUnlocked: (role: Role) => open.has(role),

    /**
     * Change the passphrase: a re-key of the workbook and every backup (see rekeyWorkbookFiles).
     * Afterwards the old passphrase opens nothing in the folder. The recovery key stays the same,
     * except for a workbook made by an earlier version, which gets a new one (returned).
     */
    async changePassphrase(role: Role, current: string | null, next: string): Promise<{ recoveryKey: string | null }> {
      const entry = requireOpen(role);
      const problem = await passphraseRuleProblem(next);
      if (problem) throw new AppError({ code: 'invalid-input', message: problem });
      checkThrottle(role);
      if (!entry.viaRecoveryKey) {
        if (current === null || !(await vault.verifyPassphrase(entry.session, current))) {
          throw recordFailure(role, new WrongSecretError('passphrase'));
        }
      }
      const recoveryKey = await rekey(role, entry, { passphrase: next, newRecoveryKey: false });
      entry.viaRecoveryKey = false;
      return { recoveryKey };
    },

    /** A new recovery key (shown once); the old one, and every backup it opened, stop opening. */
    async replaceRecoveryKey(role: Role, passphrase: string): Promise<{ recoveryKey: string }> {
      const entry = requireOpen(role);
      checkThrottle(role);
      if (!(await vault.verifyPassphrase(entry.session, passphrase))) {
        throw recordFailure(role, new WrongSecretError('passphrase'));
      }
      const recoveryKey = await rekey(role, entry, { passphrase, newRecoveryKey: true });
      return { recoveryKey: recoveryKey! };
    },

    /**
     * An export is about to write its temp file `temp` (plaintext unless password-protected):
     * it is named in the encrypted note of every open workbook before its first byte is written,
     * so that if the app dies before the rename, the next unlock removes it. Call the returned
     * function when the write is over; a temp file still there is removed then, or stays noted.
     */
    async notePendingExport(temp: string): Promise<() => Promise<void>> {
      const roles = [...open.keys()];
      for (const role of roles) {
        let set = pendingExports.get(role);
        if (!set) pendingExports.set(role, (set = new Set()));
        set.add(temp);
        await writeExportNote(role);
      }
      return async () => {
        const gone = await unlink(temp).then(
          () => true,
          (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT',
        );
        if (!gone) return;
        for (const role of roles) {
          pendingExports.get(role)?.delete(temp);
          await writeExportNote(role).catch(() => undefined);
        }
      };
    },

    /**
     * Delete this workbook from this computer, after its passphrase: the file, its backups, the
     * copies set aside beside it and the save counters this computer remembers for any of them.
     * The workbook is locked (keys zeroed) whatever happens after the passphrase was checked.
     */
    async deleteWorkbook(role: Role, passphrase: string): Promise<{ filesRemoved: number }> {
      const entry = requireOpen(role);
      checkThrottle(role);
      if (!(await vault.verifyPassphrase(entry.session, passphrase))) {
        throw recordFailure(role, new WrongSecretError('passphrase'));
      }
      throttle.succeeded(keyOf(role));
      return queue(role, async () => {
        const ids = new Set([idOf(entry.session)]);
        clearMainFileTimer(entry);
        try {
          await files.closeRecent(role);
          const found = await files.filesOf(role);
          for (const file of found.files) {
            const id = await files
              .readFile(file)
              .then(workbookIdOfFile)
              .catch(() => null);
            if (id) ids.add(id);
          }
          await files.removeFiles(found);
          counters.update((all) => Object.fromEntries(Object.entries(all).filter(([id]) => !ids.has(id))));
          await counters.flush();
          return { filesRemoved: found.files.length };
        } catch (error) {
          throw toAppError(error);
        } finally {
          open.delete(role);
          pendingExports.delete(role);
          vault.close(entry.session);
          entry.encoder.clear();
          (entry as { content: Workbook | null }).content = null;
          await entry.release();
        }
      });
    },

    /** Drop the key (zeroed) and every reference to decrypted content. */
    async lock(role: Role) {
      const entry = open.get(role);
      if (!entry) return;
      open.delete(role);
      pendingExports.delete(role);
      // The newest typing save goes to the main file first; if that fails, the recent-save slots
      // keep it for the next unlock. The key is dropped either way.
      await queue(role, () => dropRecentSaves(role, entry)).catch(() => undefined);
      await files.closeRecent(role);
      vault.close(entry.session);
      entry.encoder.clear();
      (entry as { content: Workbook | null }).content = null;
      await files.syncBackups().catch(() => undefined);
      await entry.release();
      // vault.settled: the key is wiped in its crypto worker and that worker has ended (before a suspend, say).
      await Promise.all([counters.flush(), throttle.flush(), vault.settled()]);
    },

    async lockAll() {
      await Promise.all(ROLES.map((role) => this.lock(role)));
      // On disk even when nothing was open (quit after a workbook was moved in, say).
      await Promise.all([counters.flush(), throttle.flush()]);
    },

    async startup() {
      return files.cleanupTemps();
    },

    /** Wait until what this computer remembers (save counters) is on disk. */
    flush: () => Promise.all([counters.flush(), throttle.flush()]).then(() => undefined),

    /** A workbook file was deliberately moved in: remember its save counter as the newest seen. */
    movedIn(workbookId: string, saveCounter: number) {
      counters.update((all) => ({ ...all, [workbookId]: saveCounter }));
      // Possibly lower than what was remembered: written at once, as in remember().
      void counters.flush();
    },
  };

  async function rekey(role: Role, entry: OpenWorkbook, change: RekeyChange): Promise<string | null> {
    return queue(role, async () => {
      try {
        await settleAside(role, entry);
        // No save sealed under the old key may stay beside the workbook after the re-key.
        await dropRecentSaves(role, entry);
        const result = await rekeyWorkbookFiles(vault, files, role, entry.session, entry.content, change);
        vault.close(entry.session);
        entry.session = result.session;
        remember(entry.session);
        // A note of exports in progress is sealed again under the new key.
        await writeExportNote(role).catch(() => undefined);
        return result.recoveryKey;
      } catch (error) {
        throw toAppError(error);
      }
    });
  }
}

export type WorkbookService = ReturnType<typeof createWorkbookService>;

/** The workbook id in a file's header (format 2), read without any key; null for anything else. */
export function workbookIdOfFile(bytes: Uint8Array): string | null {
  try {
    if (checkStructure(bytes, bytes.length, { minOps: 0, minMemKiB: 0 }) !== 2) return null;
  } catch {
    return null;
  }
  return workbookIdHex(bytes.subarray(32, 32 + WORKBOOK_ID_BYTES));
}
