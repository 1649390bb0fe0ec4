#!/usr/bin/env node
// The `workbook` command. `npm run build` bundles it to plain JavaScript in dist-cli/ (fast start);
// that bundle is used only while its stamp matches the sources, so this always runs current code.
// Otherwise (fresh clone, edited sources) the TypeScript sources run through tsx: slower to start,
// but it works right after `npm install`, in plain Node, without building and without Electron.
// DWB_CLI_FROM_SOURCE=1 forces the sources (for comparing the two).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { currentCliBundle } from './cliStamp.mjs';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const bundle = process.env.DWB_CLI_FROM_SOURCE === '1' ? null : currentCliBundle(root);

let runCli;
if (bundle) {
  ({ runCli } = await import(pathToFileURL(bundle).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ runCli } = await import('../electron/cli/main.ts'));
}
process.exitCode = await runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
