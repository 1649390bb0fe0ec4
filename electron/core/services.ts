import path from 'node:path';
import type { AppInfo } from '../../shared/ipc/contract';
import { discreetDialogs } from './discreet';
import { createClipboardService, memoryClipboard, type ClipboardAccess } from './clipboardService';
import { createExchangeService } from './exchange/exchangeService';
import { createShareService } from './exchange/shareService';
import { createTherapistService } from './exchange/therapistService';
import { noFileDialogs, type FileDialogs } from './export/fileDialogs';
import { pendingDocuments } from './export/pendingDocuments';
import { createHandlers, type HandlerTable } from './handlers';
import { createLockCoordinator, type LockCoordinatorDeps } from './lockCoordinator';
import { createIncomingFileService } from './incomingFileService';
import { createPreferencesService, type PreferencesBackend } from './preferencesService';
import type { StorageFs } from './storage/atomicFile';
import { secureDataFolder } from './storage/dataFolder';
import { fileState, parseSaveCounters } from './storage/smallState';
import { createThrottle, parseAttemptRecords } from './throttle';
import { createWorkbookFiles } from './storage/workbookFiles';
import type { KdfParams } from './vault/format';
import { loadSodium } from './vault/sodium';
import { createVault, type Vault } from './vault/vault';
import { createWorkerVault } from './vault/workerVault';
import { createWorkbookService } from './workbookService';

/**
 * How long the save counters' file may trail the newest save (an app crash within it leaves the
 * counters a few saves behind the workbook: a copy made in those seconds would not be called an
 * older copy; never the other way round). Typing's saves, a second or less apart, share one write.
 */
export const SAVE_COUNTERS_DELAY_MS = 2000;

export interface AppServicesOptions {
  /** The app's user-data folder; workbooks live in `<dataDir>/workbooks`. */
  dataDir: string;
  preferences: PreferencesBackend;
  appInfo: Omit<AppInfo, 'dataFolder'>;
  kdf?: KdfParams;
  /**
   * Where keys are derived and held: a crypto worker (the app, the command; the default) or this
   * thread (tests only, which would otherwise start two workers for every unlock).
   */
  crypto?: 'worker' | 'this-thread';
  fs?: StorageFs;
  /** The file system an export writes its document with (tests only: to stop it half-way). */
  exportFs?: StorageFs;
  now?: () => Date;
  /** Seal with libsodium as Electron does where its BoringSSL has no ChaCha20-Poly1305 (the bench measures both). */
  libsodiumOnly?: boolean;
  /** How long the save counters' file may trail a save (SAVE_COUNTERS_DELAY_MS when left out; tests set one no run reaches). */
  saveCountersDelayMs?: number;
  /** When a typing save reaches the main file (MAIN_FILE_DELAYS when left out; tests shorten them). */
  mainFileDelays?: { idleMs: number; maxMs: number };
  onLocked?: () => void;
  /** The system clipboard (Electron's `clipboard` in the app); an in-memory one when left out. */
  clipboard?: ClipboardAccess;
  /** Native open/save dialogs for export and question packets; every request is cancelled when left out. */
  dialogs?: FileDialogs;
  /**
   * How the lock coordinator reaches the renderer (Electron: webContents.send; browser tests: the
   * page). Left out (the CLI), locks drop keys at once: there is no renderer holding any typing.
   */
  lock?: Pick<LockCoordinatorDeps, 'send' | 'reloadRenderer' | 'onTitleChange' | 'deadlines' | 'log' | 'timers'>;
  /** A workbook file opened from outside is waiting for an answer (the window is told). */
  onIncomingFile?: () => void;
  /** Show the error log's folder (Help › About). */
  openLogFolder?: () => Promise<void>;
  /** Remove the error log (when a workbook is deleted). */
  clearErrorLog?: () => Promise<void>;
}

/** Build every main-process service from plain arguments (used by Electron, the CLI and tests). */
export async function createAppServices(options: AppServicesOptions) {
  // This person's folder only: created 0700, an existing wider folder tightened (POSIX).
  await secureDataFolder(options.dataDir);
  const sodium = await loadSodium();
  const vaultOptions = {
    ...(options.kdf ? { kdf: options.kdf } : {}),
    ...(options.libsodiumOnly ? { libsodiumOnly: true } : {}),
  };
  const vault: Vault = options.crypto === 'this-thread' ? createVault(sodium, vaultOptions) : createWorkerVault(vaultOptions);
  const workbooksDir = path.join(options.dataDir, 'workbooks');
  const files = createWorkbookFiles({
    dir: workbooksDir,
    ...(options.fs ? { fs: options.fs } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const fsOption = options.fs ? { fs: options.fs } : {};
  // Counts only (per random workbook id), beside the preferences: the rollback notice. Written
  // without fsync within SAVE_COUNTERS_DELAY_MS of a save (an app crash keeps what was written;
  // typing's saves share one write), synced at lock and at quit.
  const saveCounters = await fileState(path.join(options.dataDir, 'save-counters.json'), parseSaveCounters, {
    ...fsOption,
    durable: 'at-flush',
    delayMs: options.saveCountersDelayMs ?? SAVE_COUNTERS_DELAY_MS,
  });
  // Counts and times only (per hashed file path), beside the preferences: the one throttle for wrong secrets.
  const attempts = await fileState(path.join(options.dataDir, 'attempts.json'), parseAttemptRecords, fsOption);
  const clock = options.now;
  const throttle = createThrottle({ state: attempts, ...(clock ? { now: () => clock().getTime() } : {}) });
  const workbooks = createWorkbookService({
    vault,
    files,
    saveCounters,
    throttle,
    ...(options.now ? { now: options.now } : {}),
    ...(options.mainFileDelays ? { mainFileDelays: options.mainFileDelays } : {}),
  });
  await workbooks.startup();
  const preferences = createPreferencesService(options.preferences);
  const clipboardAccess = options.clipboard ?? memoryClipboard();
  const clipboard = createClipboardService(clipboardAccess);
  // Discreet mode: neutral default file names and dialog titles (electron/core/discreet.ts).
  const dialogs = discreetDialogs(
    options.dialogs ?? noFileDialogs,
    () => preferences.get().discreetMode,
    options.now ?? (() => new Date()),
  );
  const nowOption = options.now ? { now: options.now } : {};
  const share = createShareService({
    vault,
    sodium,
    workbooks,
    dialogs,
    ...nowOption,
    ...(options.exportFs ? { fs: options.exportFs } : {}),
  });
  // A session document a crash cut short (saved without a password) leaves no plaintext temp file past this start.
  const pending = pendingDocuments(path.join(options.dataDir, 'pending-documents.json'), options.fs);
  await pending.cleanUp();
  const therapist = createTherapistService({
    vault,
    dialogs,
    throttle,
    pending,
    ...nowOption,
    ...(options.exportFs ? { fs: options.exportFs } : {}),
  });
  const exchange = createExchangeService({ vault, sodium, workbooks, dialogs, throttle, ...nowOption });
  const lock = createLockCoordinator({
    send: () => false,
    ...options.lock,
    workbooks,
    alsoClose: () => Promise.resolve(therapist.close()),
    ...(options.onLocked ? { onLocked: options.onLocked } : {}),
  });
  const incoming = createIncomingFileService({
    files,
    isUnlocked: (role) => workbooks.isUnlocked(role),
    checksum: (data) => sodium.crypto_generichash(32, data, null),
    kdfFloor: vault.kdfFloor,
    ...(options.fs ? { fs: options.fs } : {}),
    ...nowOption,
    ...(options.onIncomingFile ? { onOffer: options.onIncomingFile } : {}),
    onMovedIn: (id, counter) => workbooks.movedIn(id, counter),
  });
  const handlers: HandlerTable = createHandlers({
    workbooks,
    preferences,
    appInfo: { ...options.appInfo, dataFolder: workbooksDir },
    clipboard,
    share,
    therapist,
    exchange,
    lock,
    incoming,
    ...(options.openLogFolder ? { openLogFolder: options.openLogFolder } : {}),
    ...(options.clearErrorLog ? { clearErrorLog: options.clearErrorLog } : {}),
    ...(options.onLocked ? { onLocked: options.onLocked } : {}),
  });
  return {
    sodium,
    vault,
    files,
    throttle,
    workbooks,
    preferences,
    handlers,
    clipboard,
    clipboardAccess,
    share,
    therapist,
    exchange,
    lock,
    incoming,
  };
}
export type AppServices = Awaited<ReturnType<typeof createAppServices>>;
