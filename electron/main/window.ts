import path from 'node:path';
import { BrowserWindow, Menu, session, type MenuItemConstructorOptions, type Session, type WebContents } from 'electron';
import { contextMenuItems, type ContextMenuItem } from '../core/contextMenu';
import {
  APP_ORIGIN,
  contentSecurityPolicy,
  isAllowedRequest,
  isAppPage,
  SPELLCHECK_DICTIONARY_URL,
  WEB_PREFERENCES,
  type DevServer,
} from './security';

/**
 * Lock the session down: deny every permission, block every non-app request, add the CSP header.
 * `devServer` (npm run dev only, see devServerFor) is the one other origin allowed.
 */
export function hardenSession(
  target: Session = session.defaultSession,
  spellcheckOn: () => boolean = () => false,
  devServer: DevServer | null = null,
): void {
  target.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler?.(() => false);
  target.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url, { spellcheckDictionaries: spellcheckOn(), devServer }) }),
  );
  target.setSpellCheckerDictionaryDownloadURL(SPELLCHECK_DICTIONARY_URL);
  const policy = contentSecurityPolicy(devServer);
  target.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] },
    });
  });
  target.setSpellCheckerEnabled(false);
}

export interface WindowOptions {
  preloadPath: string;
  bounds?: { width: number; height: number; x?: number; y?: number } | undefined;
  title: string;
  spellcheck: boolean;
  /** Whether spellcheck is on now (the right-click menu offers suggestions only then). */
  spellcheckOn?: () => boolean;
  /** `app.isPackaged`: a packaged app has no DevTools (they could read an open workbook's text). */
  packaged: boolean;
  /** npm run dev only (devServerFor): the renderer loads from the Vite dev server, with reload. */
  devServer?: DevServer | null;
}

function contextMenuItem(item: ContextMenuItem, contents: WebContents): MenuItemConstructorOptions {
  switch (item.kind) {
    case 'edit':
      // The page's own editing commands: copy and cut fire its copy/cut events (clipboard care).
      return { label: item.label, enabled: item.enabled, click: () => contents[item.action]() };
    case 'suggestion':
      return { label: item.word, click: () => contents.replaceMisspelling(item.word) };
    case 'no-suggestions':
      return { label: item.label, enabled: false };
    case 'add-to-dictionary':
      return { label: item.label, click: () => contents.session.addWordToSpellCheckerDictionary(item.word) };
    case 'separator':
      return { type: 'separator' };
  }
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: options.bounds?.width ?? 1200,
    height: options.bounds?.height ?? 820,
    ...(options.bounds?.x !== undefined ? { x: options.bounds.x } : {}),
    ...(options.bounds?.y !== undefined ? { y: options.bounds.y } : {}),
    minWidth: 900,
    minHeight: 620,
    title: options.title,
    show: false,
    backgroundColor: '#f6f4ef',
    webPreferences: {
      ...WEB_PREFERENCES,
      devTools: !options.packaged,
      spellcheck: options.spellcheck,
      preload: path.resolve(options.preloadPath),
    },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.on('context-menu', (_event, params) => {
    const items = contextMenuItems(params, { spellcheck: options.spellcheckOn?.() ?? options.spellcheck });
    if (items.length === 0) return;
    Menu.buildFromTemplate(items.map((item) => contextMenuItem(item, win.webContents))).popup({ window: win });
  });
  // Keep our own title (discreet mode) instead of the page's.
  win.on('page-title-updated', (event) => event.preventDefault());

  const contents = win.webContents;
  if (options.packaged) contents.on('devtools-opened', () => contents.closeDevTools());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const dev = options.devServer ?? null;
  contents.on('will-navigate', (event, url) => {
    if (!isAppPage(url, dev)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => {
    if (!isAppPage(event.url, dev)) event.preventDefault();
  });
  void win.loadURL(`${dev ? dev.origin : APP_ORIGIN}/index.html`);
  return win;
}
