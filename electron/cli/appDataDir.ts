import os from 'node:os';
import path from 'node:path';

/**
 * The app's own data folder, where Electron puts it (`app.getPath('userData')` for the product
 * name): the workbook command keeps the throttle's counts in the same `attempts.json` as the app.
 */
export function appDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const home = os.homedir();
  const base =
    platform === 'win32'
      ? (env['APPDATA'] ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env['XDG_CONFIG_HOME'] ?? path.join(home, '.config'));
  return path.join(base, 'Disclosure Workbook');
}
