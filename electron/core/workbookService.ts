import { AppError } from '../../shared/ipc/result';
import { passphraseProblem } from '../../shared/passphrase';
import { ContentError, parseWorkbookJson, serializeWorkbook, validateWorkbook } from '../../shared/workbook/content';
import { emptyWorkbook, ROLES, type Role, type Workbook } from '../../shared/workbook/schema';
import { StorageError } from './storage/atomicFile';
import type { WorkbookFiles } from './storage/workbookFiles';
import { DamagedFileError } from './vault/format';
import { WrongSecretError, type Secret, type Vault, type VaultSession } from './vault/vault';

interface OpenWorkbook {
  session: VaultSession;
  content: Workbook;
  /** Unlocked with the recovery key: a new passphrase may be set without the old one. */
  viaRecoveryKey: boolean;
  /** The main file failed to open and this came from a backup; set the main file aside before saving. */
  mainFileDamaged: boolean;
}

/** Growing pause after wrong attempts: 1 s, 2 s, 4 s ... up to 30 s. */
export function failureDelayMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(30_000, 1000 * 2 ** (failures - 1));
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof DamagedFileError) return new AppError({ code: 'damaged', message: error.message });
  if (error instanceof ContentError) return new AppError({ code: 'invalid-content', message: error.message });
  if (error instanceof StorageError) return new AppError({ code: error.code, message: error.message });
  return new AppError(
    { code: 'internal', message: 'Something went wrong inside the app. Nothing was changed.' },
    { cause: error },
  );
}

/**
 * Creating, unlocking, saving and locking the workbooks of this computer. Plain Node:
 * the vault (crypto), the files (disk) and the clock come in as arguments.
 */
export function createWorkbookService(deps: { vault: Vault; files: WorkbookFiles; now?: () => Date }) {
  const { vault, files } = deps;
  const now = deps.now ?? (() => new Date());
  const open = new Map<Role, OpenWorkbook>();
  const failures = new Map<Role, { count: number; notBefore: number }>();
  const saveQueues = new Map<Role, Promise<unknown>>();

  function requireOpen(role: Role): OpenWorkbook {
    const entry = open.get(role);
    if (!entry) throw new AppError({ code: 'locked', message: 'This workbook is locked. Please unlock it again.' });
    return entry;
  }

  function checkThrottle(role: Role) {
    const state = failures.get(role);
    const wait = state ? state.notBefore - now().getTime() : 0;
    if (wait > 0) {
      throw new AppError({
        code: 'wait',
        message: `Please wait ${Math.ceil(wait / 1000)} seconds before trying again.`,
        retryAfterMs: wait,
      });
    }
  }

  function recordFailure(role: Role, error: WrongSecretError): AppError {
    const count = (failures.get(role)?.count ?? 0) + 1;
    const delay = failureDelayMs(count);
    failures.set(role, { count, notBefore: now().getTime() + delay });
    return new AppError({ code: 'wrong-secret', message: error.message, retryAfterMs: delay });
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

  async function writeContent(role: Role, entry: OpenWorkbook): Promise<void> {
    try {
      await writeContentRaw(role, entry);
    } catch (error) {
      throw toAppError(error);
    }
  }

  async function writeContentRaw(role: Role, entry: OpenWorkbook): Promise<void> {
    const bytes = vault.seal(entry.session, new TextEncoder().encode(serializeWorkbook(entry.content)));
    if (entry.mainFileDamaged) {
      await files.setAsideDamaged(role);
      entry.mainFileDamaged = false;
      await files.write(role, bytes, { keepPrevious: false });
      return;
    }
    await files.write(role, bytes);
  }

  function decode(role: Role, plaintext: Uint8Array): Workbook {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(plaintext);
    plaintext.fill(0);
    return parseWorkbookJson(text, role);
  }

  return {
    async list() {
      return Promise.all(ROLES.map(async (role) => ({ role, exists: await files.exists(role), unlocked: open.has(role) })));
    },

    async create(role: Role, displayName: string, passphrase: string) {
      const problem = passphraseProblem(passphrase);
      if (problem) throw new AppError({ code: 'invalid-input', message: problem });
      if (await files.exists(role)) {
        throw new AppError({ code: 'exists', message: 'This workbook already exists on this computer.' });
      }
      const { session, recoveryKey } = vault.create(role, passphrase);
      const entry: OpenWorkbook = {
        session,
        content: emptyWorkbook(role, displayName.trim(), now()),
        viaRecoveryKey: false,
        mainFileDamaged: false,
      };
      await queue(role, () => writeContent(role, entry));
      open.set(role, entry);
      return { recoveryKey, content: entry.content };
    },

    async unlock(role: Role, secret: Secret) {
      checkThrottle(role);
      const bytes = await files.readMain(role);
      if (!bytes) {
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
      try {
        const { session, plaintext } = vault.open(bytes, secret);
        let content: Workbook;
        try {
          content = decode(role, plaintext);
        } catch (error) {
          vault.close(session);
          throw error;
        }
        failures.delete(role);
        const previous = open.get(role);
        if (previous) vault.close(previous.session);
        open.set(role, { session, content, viaRecoveryKey: secret.method === 'recoveryKey', mainFileDamaged: false });
        return { content, openedFromBackup: false };
      } catch (error) {
        if (error instanceof WrongSecretError) throw recordFailure(role, error);
        if (error instanceof DamagedFileError || error instanceof ContentError || error instanceof TypeError) {
          const backups = await files.listBackups(role);
          const message =
            error instanceof ContentError
              ? `This workbook's content could not be read: ${error.message}`
              : 'This workbook file is damaged or was changed, so it cannot be opened.';
          throw new AppError({
            code: 'damaged',
            message: backups.length > 0 ? `${message} An earlier encrypted backup can be opened instead.` : message,
            backupsAvailable: backups.length,
          });
        }
        throw error;
      }
    },

    /** Open the newest backup that opens with this secret. The damaged main file is kept. */
    async openBackup(role: Role, secret: Secret) {
      checkThrottle(role);
      const backups = await files.listBackups(role);
      let sawWrongSecret: WrongSecretError | null = null;
      for (const file of backups) {
        try {
          const { session, plaintext } = vault.open(await files.readFile(file), secret);
          let content: Workbook;
          try {
            content = decode(role, plaintext);
          } catch {
            vault.close(session);
            continue;
          }
          failures.delete(role);
          const mainBytes = await files.readMain(role);
          open.set(role, {
            session,
            content,
            viaRecoveryKey: secret.method === 'recoveryKey',
            mainFileDamaged: mainBytes !== null,
          });
          return { content, openedFromBackup: true };
        } catch (error) {
          if (error instanceof WrongSecretError) sawWrongSecret = error;
        }
      }
      if (sawWrongSecret) throw recordFailure(role, sawWrongSecret);
      throw new AppError({ code: 'damaged', message: 'None of the backups could be opened either.' });
    },

    async save(role: Role, content: unknown) {
      const entry = requireOpen(role);
      const workbook = validateWorkbook(content, role);
      workbook.savedAt = now().toISOString();
      return queue(role, async () => {
        const previous = entry.content;
        entry.content = workbook;
        try {
          await writeContent(role, entry);
        } catch (error) {
          entry.content = previous;
          throw error;
        }
        return { savedAt: workbook.savedAt };
      });
    },

    /** Decrypted content of an unlocked workbook (for export); throws when locked. */
    content(role: Role): Workbook {
      return requireOpen(role).content;
    },

    isUnlocked: (role: Role) => open.has(role),

    async changePassphrase(role: Role, current: string | null, next: string) {
      const entry = requireOpen(role);
      const problem = passphraseProblem(next);
      if (problem) throw new AppError({ code: 'invalid-input', message: problem });
      checkThrottle(role);
      if (!entry.viaRecoveryKey) {
        if (current === null || !vault.verifyPassphrase(entry.session, current)) {
          throw recordFailure(role, new WrongSecretError('passphrase'));
        }
      }
      const before = entry.session.header;
      vault.changePassphrase(entry.session, next);
      try {
        await queue(role, () => writeContent(role, entry));
      } catch (error) {
        entry.session.header = before;
        throw error;
      }
      entry.viaRecoveryKey = false;
    },

    /** Drop the key (zeroed) and every reference to decrypted content. */
    async lock(role: Role) {
      const entry = open.get(role);
      if (!entry) return;
      open.delete(role);
      await (saveQueues.get(role) ?? Promise.resolve());
      vault.close(entry.session);
      (entry as { content: Workbook | null }).content = null;
    },

    async lockAll() {
      await Promise.all(ROLES.map((role) => this.lock(role)));
    },

    async startup() {
      return files.cleanupTemps();
    },
  };
}

export type WorkbookService = ReturnType<typeof createWorkbookService>;
