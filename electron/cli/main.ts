/**
 * `workbook`: a headless command for backups, scripting and support (plain Node, no Electron).
 * Exit codes: 0 success, 1 wrong passphrase / damaged file / invalid content, 2 bad usage.
 * Only the command list is loaded up front; a command's code, libsodium and the vault load
 * when that command runs (see commandList.ts), so `workbook --help` starts fast.
 */
import type { PendingDocuments } from '../core/export/pendingDocuments';
import type { Throttle } from '../core/throttle';
import type { Vault } from '../core/vault/vault';
import { commandList } from './commandList';
import { CliError, createSecretReader, type CliIo } from './io';

function usage(): string {
  const lines = Object.values(commandList).map((c) => `  ${c.usage}\n      ${c.summary}`);
  return `Usage:\n${lines.join('\n')}\n\nPassphrases are read from standard input (one per line) when it is not a terminal, otherwise prompted for.\n`;
}

/** The app's throttle file (attempts.json beside its preferences): counts and times only. */
async function defaultThrottle(): Promise<Throttle> {
  const [path, { appDataDir }, { fileState }, { createThrottle, parseAttemptRecords }] = await Promise.all([
    import('node:path'),
    import('./appDataDir'),
    import('../core/storage/smallState'),
    import('../core/throttle'),
  ]);
  return createThrottle({ state: await fileState(path.join(appDataDir(), 'attempts.json'), parseAttemptRecords) });
}

/**
 * The command's own record of plaintext temp files (a document written with --no-password), in the app's data
 * folder beside attempts.json: paths only, never content. Its own file, so that the app and a command running at
 * the same time never rewrite each other's record.
 */
async function defaultPending(): Promise<PendingDocuments> {
  const [path, { appDataDir }, { pendingDocuments }] = await Promise.all([
    import('node:path'),
    import('./appDataDir'),
    import('../core/export/pendingDocuments'),
  ]);
  return pendingDocuments(path.join(appDataDir(), 'pending-documents-cli.json'));
}

/**
 * Run one command. `options.vault` is for tests only (cheap key derivation); the command itself
 * always uses the default settings and refuses files with weaker ones. Nothing is read from
 * the environment.
 */
export async function runCli(
  argv: string[],
  io: CliIo,
  options: { vault?: Vault; throttle?: Throttle; pending?: PendingDocuments } = {},
): Promise<number> {
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
    // A document a killed run left half-written (plaintext, --no-password) is removed before anything else.
    const pending = options.pending ?? (await defaultPending());
    await pending.cleanUp();
    const [command, vault, throttle] = await Promise.all([
      entry.load(),
      options.vault ??
        (async () => {
          // Keys are derived and held in a crypto worker, as in the app.
          const [{ createWorkerVault }, { DEFAULT_KDF }] = await Promise.all([
            import('../core/vault/workerVault'),
            import('../core/vault/vault'),
          ]);
          return createWorkerVault({ kdf: DEFAULT_KDF });
        })(),
      options.throttle ?? defaultThrottle(),
    ]);
    try {
      await command.run(args, { io, vault, throttle, pending, readSecret: createSecretReader(io), now: () => new Date() });
    } finally {
      // Every key wiped and every crypto worker ended before the command returns.
      await Promise.all([throttle.flush(), vault.settled()]);
    }
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
