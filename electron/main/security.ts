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
 * Only the app's own files may load; everything else (http, https, ws, file...) is cancelled.
 * The one exception is the spelling dictionary download, and only after the person turned
 * spellcheck on (the setting explains it).
 */
export function isAllowedRequest(url: string, options: { spellcheckDictionaries?: boolean } = {}): boolean {
  if (options.spellcheckDictionaries && url.startsWith(SPELLCHECK_DICTIONARY_URL) && !url.includes('..')) return true;
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
