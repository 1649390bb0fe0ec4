#!/usr/bin/env node
// The `workbook` command runs the TypeScript sources directly through tsx: it works right
// after `npm install`, in plain Node, without building and without the Electron binary.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../electron/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
