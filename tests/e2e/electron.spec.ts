import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

/**
 * Launches the real app where the Electron binary exists (a developer machine with internet,
 * after `npm start` has fetched it once). Elsewhere it skips and says why.
 */
function electronBinary(): string | null {
  const pathFile = path.join(ROOT, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(ROOT, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) {
  console.warn(
    'electron.spec: skipped — the Electron binary is not installed on this machine (it is downloaded on first `npm start` with internet access).',
  );
}

describe.skipIf(!binary)('the real Electron app', () => {
  it('opens a locked-down window', async () => {
    const app = await electron.launch({
      executablePath: binary!,
      args: [ROOT],
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '0' },
    });
    try {
      const page = await app.firstWindow();
      await page.getByRole('heading', { level: 1 }).waitFor();
      // The real assertion is what the page itself can reach: no Node (nodeIntegration off),
      // no process object (sandboxed, context-isolated), only the two bridge functions, and no
      // new windows. These checks always run.
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      expect(await page.evaluate(() => typeof (globalThis as { module?: unknown }).module)).toBe('undefined');
      expect(await page.evaluate(() => Object.keys((globalThis as unknown as { api: object }).api).sort())).toEqual([
        'invoke',
        'onEvent',
      ]);
      expect(await page.evaluate(() => globalThis.open('https://example.com') === null)).toBe(true);
      // Extra evidence where Electron offers it: getLastWebPreferences is internal and may be
      // missing in a given version, so its absence is not a failure (the checks above are).
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences?: () => unknown };
        return contents.getLastWebPreferences?.() ?? null;
      });
      if (prefs !== null) {
        expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
      }
    } finally {
      await app.close();
    }
  });
});
