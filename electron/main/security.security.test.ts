import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  devServerFor,
  isAllowedRequest,
  isAppPage,
  isAppUrl,
  resolveAppFile,
  SPELLCHECK_DICTIONARY_URL,
  WEB_PREFERENCES,
} from './security';

/**
 * Renderer confinement in the main process. `window.ts` imports Electron, so Electron is
 * replaced here by a recording fake: the test then drives the real handlers that window.ts
 * installs (permission requests, web requests, window.open, navigation) and checks each one
 * refuses what it must.
 */
type Listener = (...args: unknown[]) => void;
const recorded = vi.hoisted(() => ({
  permissionRequest: null as null | ((wc: unknown, permission: string, callback: (ok: boolean) => void) => void),
  permissionCheck: null as null | (() => boolean),
  devicePermission: null as null | (() => boolean),
  beforeRequest: null as null | ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void),
  headersReceived: null as null | ((details: { responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void),
  spellchecker: null as null | boolean,
  windowOpen: null as null | ((details: { url: string }) => { action: string }),
  contentsEvents: new Map<string, Listener>(),
  windowOptions: null as null | Record<string, unknown>,
  loaded: '',
}));

vi.mock('electron', () => {
  const session = {
    setPermissionRequestHandler: (h: typeof recorded.permissionRequest) => (recorded.permissionRequest = h),
    setPermissionCheckHandler: (h: typeof recorded.permissionCheck) => (recorded.permissionCheck = h),
    setDevicePermissionHandler: (h: typeof recorded.devicePermission) => (recorded.devicePermission = h),
    setSpellCheckerEnabled: (on: boolean) => (recorded.spellchecker = on),
    setSpellCheckerDictionaryDownloadURL: () => undefined,
    webRequest: {
      onBeforeRequest: (h: typeof recorded.beforeRequest) => (recorded.beforeRequest = h),
      onHeadersReceived: (h: typeof recorded.headersReceived) => (recorded.headersReceived = h),
    },
  };
  class BrowserWindow {
    webContents = {
      setWindowOpenHandler: (h: typeof recorded.windowOpen) => (recorded.windowOpen = h),
      on: (name: string, listener: Listener) => recorded.contentsEvents.set(name, listener),
    };
    constructor(options: Record<string, unknown>) {
      recorded.windowOptions = options;
    }
    once() {
      return this;
    }
    on() {
      return this;
    }
    loadURL(url: string) {
      recorded.loaded = url;
      return Promise.resolve();
    }
  }
  return { session: { defaultSession: session }, BrowserWindow };
});

const { createMainWindow, hardenSession } = await import('./window');

const FOREIGN = [
  'http://example.com/',
  'https://example.com/track.gif',
  'https://app.invalid/index.html',
  'ws://localhost:8080/',
  'wss://example.com/socket',
  'file:///etc/passwd',
  'file:///C:/Windows/win.ini',
  'data:text/html,<script>alert(1)</script>',
  'blob:https://example.com/uuid',
  'ftp://example.com/',
  'chrome://settings',
  'javascript:alert(1)',
  'app://workbook.example.com/index.html',
  'app://workbookx/index.html',
  'app://other/index.html',
  'app://user@workbook.evil/',
  'APP://evil/',
  'http://clients2.google.com/service/update2/crx',
  'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
  '',
];

describe('isAllowedRequest: only the app’s own files load', () => {
  it('allows the app origin', () => {
    for (const url of [`${APP_ORIGIN}/index.html`, `${APP_ORIGIN}/assets/index-abc.js`, APP_ORIGIN]) {
      expect(isAllowedRequest(url), url).toBe(true);
      expect(isAppUrl(url), url).toBe(true);
    }
  });

  it('refuses http, https, ws, wss, file, data, blob, ftp, chrome, javascript and look-alike hosts', () => {
    for (const url of FOREIGN) {
      expect(isAllowedRequest(url), url).toBe(false);
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});

describe('spelling dictionaries', () => {
  it('may be fetched only after the person turned spellcheck on, and nothing else opens up', () => {
    const dictionary = `${SPELLCHECK_DICTIONARY_URL}en-US-10-1.bdic`;
    expect(isAllowedRequest(dictionary)).toBe(false);
    expect(isAllowedRequest(dictionary, { spellcheckDictionaries: true })).toBe(true);
    for (const url of FOREIGN.filter((u) => !u.startsWith(SPELLCHECK_DICTIONARY_URL))) {
      expect(isAllowedRequest(url, { spellcheckDictionaries: true }), url).toBe(false);
    }
    expect(isAllowedRequest(`${SPELLCHECK_DICTIONARY_URL}../../evil`, { spellcheckDictionaries: true })).toBe(false);
  });
});

describe('resolveAppFile: no path escapes the renderer folder', () => {
  const dir = path.join(path.sep, 'app', 'dist', 'renderer');
  const resolve = (url: string) => resolveAppFile(url, dir, (...p) => path.join(...p));
  it('maps app files and refuses traversal, other hosts and other schemes', () => {
    expect(resolve(`${APP_ORIGIN}/`)).toBe(path.join(dir, 'index.html'));
    expect(resolve(`${APP_ORIGIN}/assets/a.js`)).toBe(path.join(dir, 'assets', 'a.js'));
    for (const url of [
      `${APP_ORIGIN}/%2e%2e/%2e%2e/etc/passwd`,
      `${APP_ORIGIN}/assets/..%2f..%2fsecret`,
      `${APP_ORIGIN}/a%5c..%5c..%5cwin.ini`,
      `${APP_ORIGIN}/a%00.js`,
      'app://other/index.html',
      'https://workbook/index.html',
      'not a url',
    ]) {
      const file = resolve(url);
      if (file !== null) expect(file.startsWith(dir + path.sep), url).toBe(true);
      expect(file === null || !file.includes('..'), url).toBe(true);
    }
    // The URL parser already folds "%2e%2e" segments, so this stays inside the folder.
    expect(resolve(`${APP_ORIGIN}/%2e%2e/%2e%2e/etc/passwd`)).toBe(path.join(dir, 'etc', 'passwd'));
  });
});

describe('the content security policy and web preferences', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );
  it('forbids inline and remote scripts and styles, any connection, plugins, framing and forms', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*|http:|https:/);
  });

  it('sandboxes the renderer', () => {
    expect(WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
    });
  });
});

describe('window.ts installs handlers that refuse (driven through a fake Electron)', () => {
  hardenSession();
  // As index.ts calls it in the shipped app (app.isPackaged).
  createMainWindow({ preloadPath: 'dist-electron/preload.cjs', title: 'Workbook', spellcheck: false, packaged: true });

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      let answer: boolean | null = null;
      recorded.permissionRequest!({}, permission, (ok) => (answer = ok));
      expect(answer, permission).toBe(false);
    }
    expect(recorded.permissionCheck!()).toBe(false);
    expect(recorded.devicePermission!()).toBe(false);
    expect(recorded.spellchecker).toBe(false);
  });

  it('cancels every request that is not one of the app’s own files', () => {
    const answer = (url: string) => {
      let cancel: boolean | null = null;
      recorded.beforeRequest!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    for (const url of FOREIGN) expect(answer(url), url).toBe(true);
    expect(answer(`${APP_ORIGIN}/index.html`)).toBe(false);
  });

  it('adds the CSP header to every response', () => {
    let headers: Record<string, string[]> = {};
    recorded.headersReceived!({ responseHeaders: { 'content-security-policy': ['default-src *'] } }, (r) => {
      headers = (r as { responseHeaders: Record<string, string[]> }).responseHeaders;
    });
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('refuses window.open, navigation away, redirects and webviews', () => {
    for (const url of ['https://example.com', `${APP_ORIGIN}/index.html`, 'file:///etc/passwd']) {
      expect(recorded.windowOpen!({ url }).action).toBe('deny');
    }
    const prevented = (event: string, ...args: unknown[]) => {
      let stopped = false;
      const e = { preventDefault: () => (stopped = true), url: args[0] };
      recorded.contentsEvents.get(event)!(e, ...args);
      return stopped;
    };
    for (const url of FOREIGN) {
      expect(prevented('will-navigate', url), url).toBe(true);
      expect(prevented('will-frame-navigate', url), url).toBe(true);
    }
    expect(prevented('will-navigate', `${APP_ORIGIN}/index.html`)).toBe(false);
    expect(prevented('will-redirect', `${APP_ORIGIN}/index.html`)).toBe(true);
    expect(prevented('will-attach-webview')).toBe(true);
  });

  it('creates the window with the hardened preferences and loads only the app origin', () => {
    const prefs = recorded.windowOptions!['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({ ...WEB_PREFERENCES, spellcheck: false });
    expect(path.isAbsolute(prefs['preload'] as string)).toBe(true);
    expect(recorded.loaded).toBe(`${APP_ORIGIN}/index.html`);
  });

  it('turns DevTools off when packaged, and closes them should they open anyway; on only for a development run', () => {
    expect((recorded.windowOptions!['webPreferences'] as Record<string, unknown>)['devTools']).toBe(false);
    expect(recorded.contentsEvents.has('devtools-opened')).toBe(true);
    createMainWindow({ preloadPath: 'dist-electron/preload.cjs', title: 'Workbook', spellcheck: false, packaged: false });
    expect((recorded.windowOptions!['webPreferences'] as Record<string, unknown>)['devTools']).toBe(true);
  });
});

describe('npm run dev: the Vite dev server only in an unpackaged app built with the dev flag', () => {
  const HASH = "'sha256-Z2/iFzh9VMlVkEOar1f/oSHWwQk3ve1qk/C2WdsC4Xk='";
  const dev = { origin: 'http://127.0.0.1:5173', scriptHashes: [HASH] };
  const flag = JSON.stringify(dev);

  it('is allowed only when unpackaged AND the build carries the flag (never an environment variable)', () => {
    expect(devServerFor(false, flag)).toEqual(dev);
    expect(devServerFor(true, flag)).toBeNull();
    expect(devServerFor(false, undefined)).toBeNull();
    expect(devServerFor(true, undefined)).toBeNull();
    // Only this computer's loopback over http, a real port, and script hashes (never 'unsafe-inline').
    for (const bad of [
      'not json',
      JSON.stringify({ origin: 'http://example.com:5173', scriptHashes: [] }),
      JSON.stringify({ origin: 'https://127.0.0.1:5173', scriptHashes: [] }),
      JSON.stringify({ origin: 'http://127.0.0.1:5173/', scriptHashes: [] }),
      JSON.stringify({ origin: 'http://127.0.0.1', scriptHashes: [] }),
      JSON.stringify({ origin: 'http://127.0.0.1:99999', scriptHashes: [] }),
      JSON.stringify({ origin: 'http://127.0.0.1.evil.com:5173', scriptHashes: [] }),
      JSON.stringify({ origin: 'http://127.0.0.1:5173', scriptHashes: ["'unsafe-inline'"] }),
      JSON.stringify({ origin: 'http://127.0.0.1:5173' }),
      JSON.stringify(null),
    ]) {
      expect(devServerFor(false, bad), bad).toBeNull();
    }
    expect(devServerFor(false, { origin: dev.origin, scriptHashes: [] })).toBeNull();
    expect(devServerFor(false, JSON.stringify({ origin: 'http://localhost:3000', scriptHashes: [] }))).not.toBeNull();
  });

  it('the dev CSP adds the dev server, its reload socket and inline styles, and nothing else', () => {
    expect(contentSecurityPolicy(null)).toBe(CONTENT_SECURITY_POLICY);
    const policy = Object.fromEntries(
      contentSecurityPolicy(dev)
        .split('; ')
        .map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );
    expect(policy['script-src']).toEqual(["'self'", dev.origin, HASH]);
    expect(policy['connect-src']).toEqual([dev.origin, 'ws://127.0.0.1:5173']);
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(contentSecurityPolicy(dev)).not.toMatch(/unsafe-eval|\*|https:/);
    expect(policy['style-src']).toContain("'unsafe-inline'");
  });

  it('requests and pages: the dev server and its socket only, and only in dev mode', () => {
    for (const url of [`${dev.origin}/index.html`, `${dev.origin}/@vite/client`, 'ws://127.0.0.1:5173/?token=abc']) {
      expect(isAllowedRequest(url, { devServer: dev }), url).toBe(true);
      expect(isAllowedRequest(url), url).toBe(false);
    }
    for (const url of [...FOREIGN, 'http://127.0.0.1:51730/', 'http://127.0.0.1:5173.evil.com/', 'http://localhost:5173/']) {
      expect(isAllowedRequest(url, { devServer: dev }), url).toBe(false);
      expect(isAppPage(url, dev), url).toBe(false);
    }
    expect(isAppPage(`${dev.origin}/index.html`, dev)).toBe(true);
    expect(isAppPage(`${dev.origin}/index.html`)).toBe(false);
  });

  it('window.ts loads the dev server, sends the dev CSP and keeps navigation on it', () => {
    hardenSession(undefined, undefined, dev);
    createMainWindow({ preloadPath: 'p.cjs', title: 'Workbook', spellcheck: false, packaged: false, devServer: dev });
    expect(recorded.loaded).toBe(`${dev.origin}/index.html`);
    let headers: Record<string, string[]> = {};
    recorded.headersReceived!({ responseHeaders: {} }, (r) => {
      headers = (r as { responseHeaders: Record<string, string[]> }).responseHeaders;
    });
    expect(headers['Content-Security-Policy']).toEqual([contentSecurityPolicy(dev)]);
    const prevented = (url: string) => {
      let stopped = false;
      recorded.contentsEvents.get('will-navigate')!({ preventDefault: () => (stopped = true) }, url);
      return stopped;
    };
    expect(prevented(`${dev.origin}/index.html`)).toBe(false);
    expect(prevented('http://127.0.0.1:8080/')).toBe(true);
    // Without the dev server (as index.ts passes it when packaged), the app origin only.
    hardenSession();
    createMainWindow({ preloadPath: 'p.cjs', title: 'Workbook', spellcheck: false, packaged: true, devServer: null });
    expect(recorded.loaded).toBe(`${APP_ORIGIN}/index.html`);
    expect(prevented(`${dev.origin}/index.html`)).toBe(true);
  });
});
