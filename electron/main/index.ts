/**
 * The only file that knows it runs inside Electron (with window.ts and ipc.ts): it wires the
 * plain-Node services to the app lifecycle, the window, menus and power events.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  Menu,
  nativeTheme,
  powerMonitor,
  protocol,
  session,
  screen,
  shell,
} from 'electron';
import Store from 'electron-store';
import type { AppEvent } from '../../shared/ipc/channels';
import { APP_EVENT_CHANNEL } from '../../shared/ipc/channels';
import type { Preferences } from '../../shared/preferences';
import { registerIpc } from './ipc';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, devServerFor, resolveAppFile } from './security';
import { createAppServices, type AppServices } from '../core/services';
import { appMenuTemplate } from '../core/appMenu';
import {
  lockMenuItems,
  watchMainProcess,
  watchRenderer,
  watchSystemLockEvents,
  windowTitle,
  type SendLockEvent,
} from '../core/lockCoordinator';
import { createMainWindow, hardenSession } from './window';
import { listenForOpenedFiles } from './openedFiles';
import { logFailedCall, logRendererFailures, startErrorLog } from './errorLog';
import { errorCode } from '../core/errorLog';
import { restoreBounds } from '../core/windowBounds';
import type { OpenedFileQueue } from '../core/openedFiles';
import type { ErrorLog } from '../core/errorLog';

/**
 * Written into main.mjs by the dev build (scripts/dev.mjs, `npm run dev`) and by nothing else:
 * the Vite dev server to load the renderer from. Honoured only while !app.isPackaged.
 */
declare const __DWB_DEV_SERVER__: string | undefined;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

// No crash reporter is started; keep Chromium from writing caches we do not need.
app.commandLine.appendSwitch('disable-http-cache');
app.commandLine.appendSwitch('disable-features', 'SpareRendererForSitePerProcess,AutofillServerCommunication');
app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Before ready: macOS hands over a double-clicked workbook file as soon as the app starts.
  const openedFiles = listenForOpenedFiles(app);
  const errorLog = startErrorLog(app.getPath('userData'));
  main(openedFiles, errorLog).catch((error: unknown) => {
    errorLog.record({ kind: 'startup-failed', code: errorCode(error) });
    app.exit(1);
  });
}

async function main(openedFiles: OpenedFileQueue, errorLog: ErrorLog) {
  await app.whenReady();
  const rendererDir = path.join(app.getAppPath(), 'dist', 'renderer');
  // npm run dev: an unpackaged app built with the dev flag loads the renderer from Vite (with reload).
  const devServer = devServerFor(app.isPackaged, typeof __DWB_DEV_SERVER__ === 'string' ? __DWB_DEV_SERVER__ : undefined);
  const preloadPath = path.join(app.getAppPath(), 'dist-electron', 'preload.cjs');

  const prefsStore = new Store<Record<string, unknown>>({ name: 'preferences', clearInvalidConfig: true });
  const windowState = new Store<{ bounds?: { width: number; height: number; x: number; y: number }; maximized?: boolean }>({
    name: 'window-state',
    clearInvalidConfig: true,
  });

  let win: BrowserWindow | null = null;
  const send = (event: AppEvent) => win?.webContents.send(APP_EVENT_CHANNEL, event);
  /** Lock events go through the lock coordinator; false tells it there is no renderer to save from. */
  const sendLockEvent: SendLockEvent = (event, detail) => {
    if (!win || win.isDestroyed() || win.webContents.isCrashed()) return false;
    win.webContents.send(APP_EVENT_CHANNEL, event, detail);
    return true;
  };

  const services: AppServices = await createAppServices({
    dataDir: app.getPath('userData'),
    // Native dialogs for the therapist export and question packets; paths stay in the main process.
    dialogs: {
      showOpenDialog: async ({ title, filters }) => {
        // dontAddToRecent: Windows would list the file under Recent items.
        const options = { title, filters, properties: ['openFile' as const, 'dontAddToRecent' as const] };
        const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      showSaveDialog: async ({ title, defaultName, filters }) => {
        const options = {
          title,
          filters,
          defaultPath: path.join(app.getPath('documents'), defaultName),
          properties: ['dontAddToRecent' as const, 'showOverwriteConfirmation' as const],
        };
        const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
        return result.canceled ? null : (result.filePath ?? null);
      },
    },
    preferences: {
      read: () => prefsStore.store,
      write: (value: Preferences) => {
        prefsStore.set(value);
        preferencesChanged();
      },
    },
    // Clipboard care: cleared on lock only if it still holds text copied from a workbook.
    // On Linux the selection clipboard holds selected text too, so it is cleared with it.
    clipboard: {
      readText: () => clipboard.readText(),
      clear: () => {
        clipboard.clear();
        if (process.platform === 'linux') clipboard.selection.clear();
      },
    },
    appInfo: { version: app.getVersion(), platform: process.platform },
    onLocked: () => applyTitle(),
    lock: {
      send: sendLockEvent,
      onTitleChange: () => applyTitle(),
      // After a failure the window starts again on the lock screen. A hung renderer is ended
      // first; its 'render-process-gone' then brings this back with 'renderer-gone'.
      reloadRenderer: (cause) => {
        if (!win || win.isDestroyed()) return;
        if (cause === 'renderer-hung') win.webContents.forcefullyCrashRenderer();
        else win.webContents.reload();
      },
      log: (message) => console.warn(`[lock] ${message}`),
    },
    openLogFolder: async () => {
      await mkdir(errorLog.dir, { recursive: true });
      await shell.openPath(errorLog.dir);
    },
    clearErrorLog: () => errorLog.clear(),
    onIncomingFile: () => {
      send('incoming-file');
      if (win?.isMinimized()) win.restore();
      win?.focus();
    },
  });
  // An uncaught error here locks everything at once (nothing is saved after a failure).
  watchMainProcess(process, services.lock, (message) => console.error(`[lock] ${message}`));

  hardenSession(session.defaultSession, () => services.preferences.get().spellcheck, devServer);
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rendererDir, (...parts) => path.join(...parts));
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'cache-control': 'no-store',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
  registerIpc(services.handlers, (id) => win?.webContents.id === id, logFailedCall(errorLog), devServer);

  const prefs = () => services.preferences.get();

  /** A preference changed: the quick-hide shortcut and discreet mode live in the menu, the title follows discreet mode. */
  function preferencesChanged() {
    applyNativeTheme();
    buildMenu();
    applyTitle();
    session.defaultSession.setSpellCheckerEnabled(prefs().spellcheck);
  }

  /** Native menus and dialogs follow the theme chosen in the app, not only the system's. */
  function applyNativeTheme() {
    nativeTheme.themeSource = prefs().theme;
  }

  function applyTitle() {
    win?.setTitle(windowTitle(prefs().discreetMode, services.lock.isHidden()));
  }

  /** The application menu: electron/core/appMenu.ts (neutral labels in discreet mode). */
  function buildMenu() {
    const template = appMenuTemplate({
      platform: process.platform,
      discreet: prefs().discreetMode,
      appName: app.getName(),
      lockItems: lockMenuItems(services.lock, prefs().quickHideShortcut.replace('Ctrl', 'CmdOrCtrl')),
      send,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  function openWindow() {
    // Only onto a display that is still connected (electron/core/windowBounds.ts).
    const saved = restoreBounds(
      { bounds: windowState.get('bounds'), maximized: windowState.get('maximized') },
      screen.getAllDisplays().map((d) => d.workArea),
      { width: 1200, height: 820 },
    );
    win = createMainWindow({
      preloadPath,
      bounds: saved,
      title: windowTitle(prefs().discreetMode, services.lock.isHidden()),
      spellcheck: prefs().spellcheck,
      spellcheckOn: () => prefs().spellcheck,
      packaged: app.isPackaged,
      devServer,
    });
    if (saved.maximized) win.maximize();
    win.on('close', (event) => {
      if (win) {
        windowState.set('bounds', win.getNormalBounds());
        windowState.set('maximized', win.isMaximized());
      }
      // Closing the window with a workbook open: save and lock first, then close.
      services.lock.beforeQuit(
        () => event.preventDefault(),
        () => win?.close(),
      );
    });
    win.on('closed', () => (win = null));
    // A crashed or hung renderer locks everything at once and reloads to the lock screen.
    watchRenderer(win.webContents, services.lock);
    logRendererFailures(win.webContents, errorLog);
  }

  // Spellcheck is off unless the person turned it on (see the honest note in Settings).
  session.defaultSession.setSpellCheckerEnabled(prefs().spellcheck);
  applyNativeTheme();
  buildMenu();
  openWindow();
  openedFiles.attach((file) => void services.incoming.offer(file));

  // The system lock screen and suspend: save (within 300 ms), then lock.
  watchSystemLockEvents(powerMonitor, services.lock);

  // On quit: the same lock as everywhere else (save first, same deadline), then quit.
  app.on('before-quit', (event) => {
    services.lock.beforeQuit(
      () => event.preventDefault(),
      () => app.quit(),
    );
  });

  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('window-all-closed', () => {
    void services.workbooks.lockAll().finally(() => app.quit());
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
