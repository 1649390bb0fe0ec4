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
    const app = await electron.launch({ executablePath: binary!, args: [ROOT], env: { ...process.env, ELECTRON_ENABLE_LOGGING: '0' } });
    try {
      const window = await app.firstWindow();
      await window.getByRole('heading', { level: 1 }).waitFor();
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const win = BrowserWindow.getAllWindows()[0]!;
        return win.webContents.getLastWebPreferences();
      });
      expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await window.evaluate(() => Object.keys((window as unknown as { api: object }).api).sort())).toEqual(['invoke', 'onEvent']);
      const opened = await window.evaluate(() => window.open('https://example.com') === null);
      expect(opened).toBe(true);
    } finally {
      await app.close();
    }
  });
});
