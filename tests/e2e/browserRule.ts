/**
 * Which browser the e2e tests drive, and what happens when there is none: locally they skip
 * with a message that says how to get one; where `CI` is set they fail, so a build machine
 * without a browser can never pass by running no browser test at all. Plain Node: read by
 * vitest.config.ts, the e2e global setup and the harness.
 */
import { statSync } from 'node:fs';

/** Points the browser tests at a local Chrome or Chromium (macOS, Windows, other Linux). */
export const BROWSER_PATH_VARIABLE = 'CHROMIUM_PATH';
/** Debian's and Ubuntu's `chromium` package. */
export const DEFAULT_BROWSER = '/usr/bin/chromium';

export type BrowserRule =
  { action: 'run'; executablePath: string } | { action: 'skip' | 'fail'; executablePath: string; message: string };

/** `CI` as build services set it (`true`, `1`, a name); empty, `0` and `false` mean not set. */
export function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env['CI']?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

export function browserRule(
  env: Readonly<Record<string, string | undefined>>,
  isFile: (file: string) => boolean = isExistingFile,
): BrowserRule {
  const chosen = env[BROWSER_PATH_VARIABLE]?.trim();
  const executablePath = chosen || DEFAULT_BROWSER;
  if (isFile(executablePath)) return { action: 'run', executablePath };
  const where = chosen
    ? `${BROWSER_PATH_VARIABLE} points to ${executablePath}, but there is no browser there.`
    : `There is no browser at ${DEFAULT_BROWSER}.`;
  const how =
    `Install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or point ${BROWSER_PATH_VARIABLE} at a local ` +
    'Chrome or Chromium (see "Test" in the README).';
  // A path someone chose and mistyped is an error wherever it happens, like CI without a browser.
  if (isCi(env) || chosen) {
    return { action: 'fail', executablePath, message: `Browser tests cannot run: ${where} ${how}` };
  }
  return { action: 'skip', executablePath, message: `Browser tests skipped: ${where} ${how} (With CI set, this fails.)` };
}

function isExistingFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
