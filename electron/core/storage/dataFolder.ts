import * as nodeFs from 'node:fs/promises';
import path from 'node:path';

/**
 * The app's own data folder (and its workbooks and backups folders) is for this person's
 * account only: created 0700, and tightened to 0700 when it exists with wider rights (an older
 * version, a copy, or Electron creating it 0755). Only these folders: never a folder the person
 * chose for a file. On Windows the folder is in the account's own profile; modes do not apply.
 */
export async function secureDataFolder(
  dataDir: string,
  options: { platform?: NodeJS.Platform; fs?: Pick<typeof nodeFs, 'mkdir' | 'stat' | 'chmod'> } = {},
): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const platform = options.platform ?? process.platform;
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (platform === 'win32') return;
  const workbooks = path.join(dataDir, 'workbooks');
  for (const folder of [dataDir, workbooks, path.join(workbooks, 'backups')]) {
    let mode: number;
    try {
      const stat = await fs.stat(folder);
      if (!stat.isDirectory()) continue;
      mode = stat.mode & 0o777;
    } catch {
      continue; // Not there yet: it is made 0700 when first needed.
    }
    if ((mode & 0o077) !== 0 || (mode & 0o700) !== 0o700) await fs.chmod(folder, 0o700);
  }
}
