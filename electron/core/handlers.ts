import type { z } from 'zod';
import { ERROR_LOG_TEXTS } from '../../shared/guidance/desktopTexts';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import { contract, type AppInfo, type ChannelOutput } from '../../shared/ipc/contract';
import { AppError, type Result } from '../../shared/ipc/result';
import type { ClipboardService } from './clipboardService';
import type { ExchangeService } from './exchange/exchangeService';
import type { ShareService } from './exchange/shareService';
import type { TherapistService } from './exchange/therapistService';
import type { LockCoordinator } from './lockCoordinator';
import type { IncomingFileService } from './incomingFileService';
import type { PreferencesService } from './preferencesService';
import { toAppError } from './errors';
import type { WorkbookService } from './workbookService';

type Input<C extends Channel> = z.output<(typeof contract)[C]['input']>;
export type HandlerTable = { [C in Channel]: (input: Input<C>) => Promise<ChannelOutput<C>> };

export interface HandlerDeps {
  workbooks: WorkbookService;
  preferences: PreferencesService;
  appInfo: AppInfo;
  /** Clears the clipboard on lock if it still holds text copied from a workbook. */
  clipboard?: ClipboardService;
  /** Called after every lock so the shell can react (clear clipboard, stop timers). */
  onLocked?: () => void;
  /** Sharing from one workbook, the therapist's session document, and the question hand-off. */
  share?: ShareService;
  therapist?: TherapistService;
  exchange?: ExchangeService;
  /** The one lock coordinator (save first, then drop keys). */
  lock?: LockCoordinator;
  /** Workbook files opened from outside the app. */
  incoming?: IncomingFileService;
  /** Show the error log's folder (Electron: shell.openPath). */
  openLogFolder?: () => Promise<void>;
  /** Remove the error log (when a workbook is deleted). */
  clearErrorLog?: () => Promise<void>;
}

function unavailable(): never {
  throw new AppError({ code: 'internal', message: 'Exporting is not available here.' });
}

/** The one table of main-process handlers: registered on ipcMain, and exposed to test browsers. */
export function createHandlers(deps: HandlerDeps): HandlerTable {
  const { workbooks, preferences } = deps;
  return {
    'app:info': () => Promise.resolve(deps.appInfo),
    'workbooks:list': () => workbooks.list(),
    'workbook:create': ({ role, displayName, passphrase }) => workbooks.create(role, displayName, passphrase),
    'workbook:unlock': ({ role, secret }) => workbooks.unlock(role, secret),
    'workbook:openBackup': ({ role, secret }) => workbooks.openBackup(role, secret),
    'workbook:save': ({ role, content }) => workbooks.save(role, content),
    'workbook:saveChanges': ({ role, changes }) => workbooks.saveChanges(role, changes),
    'workbook:lock': async ({ role }) => {
      await workbooks.lock(role);
      deps.onLocked?.();
      return null;
    },
    'workbook:lockAll': async () => {
      await workbooks.lockAll();
      deps.onLocked?.();
      return null;
    },
    'workbook:changePassphrase': ({ role, current, next }) => workbooks.changePassphrase(role, current, next),
    'workbook:replaceRecoveryKey': ({ role, passphrase }) => workbooks.replaceRecoveryKey(role, passphrase),
    'workbook:delete': async ({ role, passphrase }) => {
      const result = await workbooks.deleteWorkbook(role, passphrase);
      // The error log goes too.
      await deps.clearErrorLog?.().catch(() => undefined);
      deps.onLocked?.();
      return result;
    },
    'prefs:get': () => Promise.resolve(preferences.get()),
    'prefs:set': (patch) => Promise.resolve(preferences.set(patch as Parameters<PreferencesService['set']>[0])),
    'clipboard:clearIfFromWorkbook': ({ hashes }) =>
      deps.clipboard ? deps.clipboard.clearIfFromWorkbook(hashes) : Promise.resolve({ cleared: false }),
    'share:outline': (choice) => Promise.resolve((deps.share ?? unavailable()).outline(choice)),
    'share:package': (choice) => (deps.share ?? unavailable()).writePackage(choice),
    'share:document': (choice) => (deps.share ?? unavailable()).writeDocument(choice),
    'share:questions': (choice) => (deps.share ?? unavailable()).writeQuestions(choice),
    'therapist:status': () => Promise.resolve({ slots: (deps.therapist ?? unavailable()).status() }),
    'therapist:choose': ({ role }) => (deps.therapist ?? unavailable()).choose(role),
    'therapist:open': ({ role, code }) => (deps.therapist ?? unavailable()).open(role, code),
    'therapist:outline': (details) => Promise.resolve((deps.therapist ?? unavailable()).outline(details)),
    'therapist:save': ({ what, details, password }) => (deps.therapist ?? unavailable()).save(what, details, password),
    'therapist:close': () => Promise.resolve((deps.therapist ?? unavailable()).close()),
    'questions:release': () => (deps.exchange ?? unavailable()).release(),
    'questions:choosePacket': () => (deps.exchange ?? unavailable()).choosePacket(),
    'questions:openPacket': ({ code }) => (deps.exchange ?? unavailable()).openPacket(code),
    'lock:request': async ({ kind, force }) => {
      if (deps.lock) return deps.lock.lock(kind, { force: force === true });
      await workbooks.lockAll();
      deps.onLocked?.();
      return { locked: true, saved: true };
    },
    'lock:flushed': ({ id, saved }) => {
      deps.lock?.flushed(id, saved);
      return Promise.resolve(null);
    },
    'lock:notice': () => Promise.resolve({ notice: deps.lock?.takeNotice() ?? null }),
    'lock:unhide': () => {
      deps.lock?.unhide();
      return Promise.resolve(null);
    },
    'incoming:pending': () => Promise.resolve(deps.incoming?.pending() ?? null),
    'incoming:accept': ({ id, choice }) => (deps.incoming ?? unavailable()).accept(id, choice),
    'app:openLogFolder': async () => {
      if (!deps.openLogFolder) throw new AppError({ code: 'missing', message: ERROR_LOG_TEXTS.unavailable });
      await deps.openLogFolder();
      return null;
    },
    'incoming:dismiss': ({ id }) => {
      deps.incoming?.dismiss(id);
      return Promise.resolve(null);
    },
  };
}

const channelSet = new Set<string>(CHANNELS);

/**
 * Validate and run one call. Unknown channels and invalid input are refused; every failure
 * comes back as a readable message, never a raw exception or stack trace.
 */
export async function dispatch(table: HandlerTable, channel: unknown, raw: unknown): Promise<Result<unknown>> {
  if (typeof channel !== 'string' || !channelSet.has(channel)) {
    return { ok: false, error: { code: 'invalid-input', message: 'Unknown request.' } };
  }
  const name = channel as Channel;
  const parsed = contract[name].input.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-input', message: 'The request was not valid.' } };
  }
  try {
    const handler = table[name] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    const appError = toAppError(error);
    if (appError.info.code === 'internal') {
      // Log the kind of failure only: messages of unexpected errors might quote content.
      console.error(`[${name}] internal error: ${error instanceof Error ? error.name : typeof error}`);
    }
    return { ok: false, error: appError.info };
  }
}

export { AppError };
