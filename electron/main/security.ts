/**
 * Security settings shared by the window module and the tests, kept free of Electron
 * imports so they can be asserted in plain Node.
 */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://workbook`;

/** No remote sources, no inline scripts, no plugins, no framing, no network at all. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  /** Off; window.ts turns DevTools on only for a development run (not packaged). */
  devTools: false,
} as const;

/** Where Chromium fetches Hunspell dictionaries (Windows and Linux), only when spellcheck is turned on. */
export const SPELLCHECK_DICTIONARY_URL = 'https://redirector.gvt1.com/edgedl/chrome/dict/';

/**
 * `npm run dev` only: the Vite dev server the renderer loads from (with reload), and the hashes
 * of the inline scripts its index.html carries (React's refresh preamble), so the CSP still
 * allows no other inline script.
 */
export interface DevServer {
  /** `http://127.0.0.1:<port>` or `http://localhost:<port>`: this computer only. */
  origin: string;
  /** CSP sources such as `'sha256-…'`. */
  scriptHashes: string[];
}

const DEV_ORIGIN = /^http:\/\/(127\.0\.0\.1|localhost):([1-9][0-9]{0,4})$/;
const SCRIPT_HASH = /^'sha256-[A-Za-z0-9+/]{43}='$/;

/**
 * Whether this run may load the renderer from a dev server: only an unpackaged app (never
 * `app.isPackaged`) AND only with the flag the dev build (scripts/dev.mjs) writes into
 * main.mjs at build time, never an environment variable. Anything malformed means no.
 */
export function devServerFor(packaged: boolean, buildFlag: unknown): DevServer | null {
  if (packaged || typeof buildFlag !== 'string') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(buildFlag);
  } catch {
    return null;
  }
  const { origin, scriptHashes } = (parsed ?? {}) as Partial<DevServer>;
  if (typeof origin !== 'string' || !Array.isArray(scriptHashes)) return null;
  const port = DEV_ORIGIN.exec(origin)?.[2];
  if (!port || Number(port) > 65535) return null;
  if (!scriptHashes.every((h) => typeof h === 'string' && SCRIPT_HASH.test(h))) return null;
  return { origin, scriptHashes: [...scriptHashes] };
}

/**
 * The CSP of every page. With a dev server: scripts from it (and its inline preamble by hash),
 * its reload socket, and inline styles (Vite injects CSS as style elements); still nothing
 * else, no eval, no other host.
 */
export function contentSecurityPolicy(dev: DevServer | null = null): string {
  if (!dev) return CONTENT_SECURITY_POLICY;
  const socket = dev.origin.replace(/^http:/, 'ws:');
  return [
    "default-src 'none'",
    ["script-src 'self'", dev.origin, ...dev.scriptHashes].join(' '),
    `style-src 'self' ${dev.origin} 'unsafe-inline'`,
    `img-src 'self' ${dev.origin} data: blob:`,
    `font-src 'self' ${dev.origin}`,
    `connect-src ${dev.origin} ${socket}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A page of the app: its own origin, or (npm run dev only) the dev server's. */
export function isAppPage(url: string, dev: DevServer | null = null): boolean {
  return isAppUrl(url) || (dev !== null && (url === dev.origin || url.startsWith(`${dev.origin}/`)));
}

/**
 * Only the app's own files may load; everything else (http, https, ws, file...) is cancelled.
 * The one exception is the spelling dictionary download, and only after the person turned
 * spellcheck on (the setting explains it). In `npm run dev` the dev server and its reload
 * socket load too.
 */
export function isAllowedRequest(
  url: string,
  options: { spellcheckDictionaries?: boolean; devServer?: DevServer | null } = {},
): boolean {
  if (options.spellcheckDictionaries && url.startsWith(SPELLCHECK_DICTIONARY_URL) && !url.includes('..')) return true;
  const dev = options.devServer ?? null;
  if (dev && (isAppPage(url, dev) || isAppPage(url.replace(/^ws:/, 'http:'), dev))) return true;
  return isAppUrl(url) || url.startsWith('devtools://');
}

/**
 * True only for a URL on the app's own origin. (A bare prefix test would also let
 * `app://workbook.example/` through, a different host.)
 */
export function isAppUrl(url: string): boolean {
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
}

/** Map an app:// URL to a file inside the renderer folder, refusing anything that escapes it. */
export function resolveAppFile(url: string, rendererDir: string, join: (...p: string[]) => string): string | null {
  let pathname: string;
  try {
    const parsed = new URL(url);
    if (`${parsed.protocol}//${parsed.host}` !== APP_ORIGIN) return null;
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const parts = pathname.split('/').filter(Boolean);
  if (parts.some((p) => p === '..' || p.includes('\\') || p.includes('\0'))) return null;
  return join(rendererDir, ...parts);
}
