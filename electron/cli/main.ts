/**
 * `workbook`: a headless command for backups, scripting and support (plain Node, no Electron).
 * Exit codes: 0 success, 1 wrong passphrase / damaged file / invalid content, 2 bad usage.
 * Only the command list is loaded up front; a command's code, libsodium and the vault load
 * when that command runs (see commandList.ts), so `workbook --help` starts fast.
 */
import { commandList } from './commandList';
import { CliError, createSecretReader, type CliIo } from './io';

function usage(): string {
  const lines = Object.values(commandList).map((c) => `  ${c.usage}\n      ${c.summary}`);
  return `Usage:\n${lines.join('\n')}\n\nPassphrases are read from standard input (one per line) when it is not a terminal, otherwise prompted for.\n`;
}

export async function runCli(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr).write(usage());
    return name ? 0 : 2;
  }
  const entry = Object.hasOwn(commandList, name) ? commandList[name] : undefined;
  if (!entry) {
    io.stderr.write(`workbook: unknown command "${name}".\n${usage()}`);
    return 2;
  }
  try {
    const [command, { loadSodium }, { createVault, DEFAULT_KDF, TEST_KDF }] = await Promise.all([
      entry.load(),
      import('../core/vault/sodium'),
      import('../core/vault/vault'),
    ]);
    const sodium = await loadSodium();
    // DWB_TEST_KDF=1 makes new files cheap to open; only the test suite sets it.
    const vault = createVault(sodium, { kdf: env['DWB_TEST_KDF'] === '1' ? TEST_KDF : DEFAULT_KDF });
    await command.run(args, { io, vault, readSecret: createSecretReader(io), now: () => new Date() });
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`workbook: ${error.message}\n`);
      if (error.exitCode === 2) io.stderr.write(`usage: ${entry.usage}\n`);
      return error.exitCode;
    }
    io.stderr.write(`workbook: unexpected error (${error instanceof Error ? error.name : 'unknown'}).\n`);
    return 1;
  }
}
