import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { passphraseRuleProblem } from '../../shared/passphrase';
import { workbookCounts } from '../../shared/sections';
import { validateWorkbook } from '../../shared/workbook/content';
import { buildSample } from '../../shared/workbook/samples';
import { emptyWorkbook, roleSchema, type Role, type Workbook } from '../../shared/workbook/schema';
import type { PendingDocuments } from '../core/export/pendingDocuments';
import type { Throttle } from '../core/throttle';
import type { RekeyChange, Vault } from '../core/vault/vault';
import { rekeyWorkbookFiles } from '../core/workbookService';
import { CliError, type CliIo } from './io';
import { explain, openWorkbookFile, saveWorkbookFile, workbookFileAt, type OpenedWorkbookFile } from './workbookFile';

/** Re-key the file and its backups as one set; returns the new recovery key when one was made. */
async function rekey(ctx: CliContext, opened: OpenedWorkbookFile, change: RekeyChange): Promise<string | null> {
  const result = await rekeyWorkbookFiles(ctx.vault, opened.files, opened.name, opened.session, opened.workbook, change);
  ctx.vault.close(result.session);
  if (result.leftAsTheyWere > 0) {
    ctx.io.stderr.write(
      `Note: ${result.leftAsTheyWere} backup(s) did not open with this workbook's key (damaged or from elsewhere) and were left as they were.\n`,
    );
  }
  return result.recoveryKey;
}

export interface CliContext {
  io: CliIo;
  vault: Vault;
  /** The one throttle for wrong secrets, shared with the app (attempts.json beside its preferences). */
  throttle: Throttle;
  /** Where a plaintext temp file's path is recorded before its first byte (export/pendingDocuments.ts). */
  pending: PendingDocuments;
  readSecret: (prompt: string) => Promise<string>;
  now: () => Date;
}

/** What a command does. Its name, usage and summary live in commandList.ts, so `--help` loads none of this. */
export interface Command {
  run(args: string[], ctx: CliContext): Promise<void>;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parse(args: string[], options: Record<string, { type: 'string' | 'boolean' }>, positionals = 0): ParsedArgs {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: positionals > 0, strict: true });
    if (parsed.positionals.length !== positionals) throw new Error(`expected ${positionals} file argument(s)`);
    return { values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : 'bad arguments', 2);
  }
}

function requireString(value: unknown, flag: string): string {
  if (typeof value !== 'string' || value === '') throw new CliError(`Missing ${flag}.`, 2);
  return value;
}

function parseRole(value: unknown): Role {
  const role = roleSchema.safeParse(value);
  if (!role.success) throw new CliError('--role must be "disclosing" or "partner".', 2);
  return role.data;
}

async function newPassphrase(ctx: CliContext, prompt = 'New passphrase'): Promise<string> {
  const passphrase = await ctx.readSecret(prompt);
  const problem = await passphraseRuleProblem(passphrase);
  if (problem) throw new CliError(problem, 1);
  if (ctx.io.stdin.isTTY) {
    const again = await ctx.readSecret(`${prompt} again`);
    if (again !== passphrase) throw new CliError('The two passphrases are not the same.', 1);
  }
  return passphrase;
}

async function createFile(ctx: CliContext, out: string, workbook: Workbook, passphrase: string) {
  const { files, name } = workbookFileAt(out);
  if (await files.exists(name)) throw new CliError(`${out} already exists; nothing was changed.`, 1);
  let release: () => Promise<void>;
  try {
    release = await files.acquireLock(name, 'command');
  } catch (error) {
    return explain(error);
  }
  const { session, recoveryKey } = await ctx.vault.create(workbook.role, passphrase);
  try {
    if (await files.exists(name)) throw new CliError(`${out} already exists; nothing was changed.`, 1);
    await saveWorkbookFile(ctx.vault, { files, name, session, workbook, close: () => Promise.resolve() }, workbook);
  } catch (error) {
    explain(error);
  } finally {
    ctx.vault.close(session);
    await release();
  }
  ctx.io.stdout.write(`Recovery key (shown once, keep it somewhere safe): ${recoveryKey}\n`);
}

export const coreCommands: Record<string, Command> = {
  create: {
    async run(args, ctx) {
      const { values } = parse(args, { role: { type: 'string' }, name: { type: 'string' }, out: { type: 'string' } });
      const role = parseRole(values['role']);
      const out = requireString(values['out'], '--out');
      const name = typeof values['name'] === 'string' ? values['name'] : '';
      const passphrase = await newPassphrase(ctx, 'Passphrase');
      await createFile(ctx, out, emptyWorkbook(role, name, ctx.now()), passphrase);
    },
  },

  verify: {
    async run(args, ctx) {
      const { positionals } = parse(args, {}, 1);
      const file = positionals[0]!;
      const passphrase = await ctx.readSecret('Passphrase');
      const opened = await openWorkbookFile(ctx, file, passphrase);
      await opened.close();
      const wb = opened.workbook;
      const lines = [
        `OK: the passphrase is right and the file is intact.`,
        `role: ${wb.role}`,
        `schema version: ${wb.schemaVersion}`,
        `last saved: ${wb.savedAt}`,
        `backups: ${(await opened.files.listBackups(opened.name)).length}`,
        ...Object.entries(workbookCounts(wb)).map(([k, v]) => `${k}: ${v}`),
      ];
      ctx.io.stdout.write(`${lines.join('\n')}\n`);
    },
  },

  passwd: {
    async run(args, ctx) {
      const { positionals } = parse(args, {}, 1);
      const file = positionals[0]!;
      const current = await ctx.readSecret('Current passphrase');
      const opened = await openWorkbookFile(ctx, file, current, { forWriting: true });
      let recoveryKey: string | null = null;
      try {
        const next = await newPassphrase(ctx);
        recoveryKey = await rekey(ctx, opened, { passphrase: next, newRecoveryKey: false });
      } catch (error) {
        explain(error);
      } finally {
        await opened.close();
      }
      ctx.io.stdout.write('The passphrase has been changed; the old one no longer opens this workbook or its backups.\n');
      if (recoveryKey) {
        ctx.io.stdout.write(
          `This workbook was made by an earlier version, so it also has a new recovery key (shown once, keep it somewhere safe): ${recoveryKey}\n`,
        );
      }
    },
  },
  'new-recovery-key': {
    async run(args, ctx) {
      const { positionals } = parse(args, {}, 1);
      const passphrase = await ctx.readSecret('Passphrase');
      const opened = await openWorkbookFile(ctx, positionals[0]!, passphrase, { forWriting: true });
      let recoveryKey: string | null = null;
      try {
        recoveryKey = await rekey(ctx, opened, { passphrase, newRecoveryKey: true });
      } catch (error) {
        explain(error);
      } finally {
        await opened.close();
      }
      ctx.io.stdout.write(
        `New recovery key (shown once, keep it somewhere safe): ${recoveryKey}\nThe old recovery key no longer opens this workbook or its backups.\n`,
      );
    },
  },

  dump: {
    async run(args, ctx) {
      const { positionals } = parse(args, {}, 1);
      const passphrase = await ctx.readSecret('Passphrase');
      const opened = await openWorkbookFile(ctx, positionals[0]!, passphrase);
      await opened.close();
      ctx.io.stderr.write(
        'Warning: what follows is your workbook in plain text. Do not leave it in a file or share it by accident.\n',
      );
      ctx.io.stdout.write(`${JSON.stringify(opened.workbook, null, 2)}\n`);
    },
  },

  load: {
    async run(args, ctx) {
      const { positionals, values } = parse(args, { from: { type: 'string' } }, 1);
      const from = requireString(values['from'], '--from');
      let raw: unknown;
      try {
        raw = JSON.parse(await readFile(from, 'utf8'));
      } catch (error) {
        throw new CliError(error instanceof SyntaxError ? `${from} is not valid JSON.` : `Could not read ${from}.`, 1);
      }
      const passphrase = await ctx.readSecret('Passphrase');
      const opened = await openWorkbookFile(ctx, positionals[0]!, passphrase, { forWriting: true });
      try {
        const next = validateWorkbook(raw, opened.workbook.role);
        next.savedAt = ctx.now().toISOString();
        await saveWorkbookFile(ctx.vault, opened, next);
      } catch (error) {
        explain(error);
      } finally {
        await opened.close();
      }
      ctx.io.stdout.write('The content was replaced; the previous version is kept as a backup.\n');
    },
  },

  sample: {
    async run(args, ctx) {
      const { values } = parse(args, { role: { type: 'string' }, size: { type: 'string' }, out: { type: 'string' } });
      const role = parseRole(values['role']);
      const size = values['size'] ?? 'small';
      if (size !== 'small' && size !== 'large') throw new CliError('--size must be "small" or "large".', 2);
      const out = requireString(values['out'], '--out');
      const passphrase = await newPassphrase(ctx, 'Passphrase');
      await createFile(ctx, out, buildSample(role, size, ctx.now()), passphrase);
    },
  },
};
