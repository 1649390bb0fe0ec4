/**
 * `workbook package`, `workbook combine` and `workbook export`: the therapist hand-off from the
 * command line, with the same core code as the app. Secrets only from stdin or a no-echo prompt.
 */
import { readFile } from 'node:fs/promises';
import { documentOutline } from '../../shared/export/buildDocument';
import { documentPasswordProblem } from '../../shared/passphrase';
import {
  checkSectionIds,
  defaultShareSections,
  shareableSections,
  shareWorkbook,
  type LetterChoice,
  type SharedWorkbook,
} from '../../shared/export/therapistPackage';
import type { DisclosingWorkbook, PartnerWorkbook, Role, Workbook } from '../../shared/workbook/schema';
import { readingCopyDocx, sessionDocument, sessionDocx, type SharedPair } from '../core/exchange/handoffDocuments';
import { withQuestionNumbers } from '../core/exchange/questionPacketFile';
import { openTherapistPackage, PackageError, sealTherapistPackage } from '../core/exchange/therapistPackageFile';
import { saveChosenFile } from '../core/storage/atomicFile';
import { attemptKey } from '../core/throttle';
import { loadSodium } from '../core/vault/sodium';
import { parse, type CliContext, type Command } from './commands';
import { CliError } from './io';
import { explain, openWorkbookFile, saveWorkbookFile } from './workbookFile';

function letterChoice(value: unknown): LetterChoice {
  if (value === undefined || value === 'current') return 'current';
  if (typeof value === 'string' && /^[1-9]\d{0,3}$/.test(value)) return Number(value);
  throw new CliError('--letter must be "current" or a draft number.', 2);
}

function sectionList(role: Role, value: unknown, all: boolean): string[] {
  if (all) return shareableSections(role);
  if (typeof value !== 'string') return defaultShareSections(role);
  const ids = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const problem = ids.length ? checkSectionIds(role, ids) : 'Give at least one section id.';
  if (problem) throw new CliError(problem, 2);
  return ids;
}

/**
 * Write a chosen file like a save (temp file, sync, rename). A document without a password (`plaintext`) is readable
 * in its temp file until the rename: its path is recorded first, so that a run killed in between leaves nothing
 * readable after the next run of the command (or the record's clean-up at its start).
 */
async function write(ctx: CliContext, file: string, bytes: Uint8Array, what: string, plaintext = false) {
  let written: (() => Promise<void>) | undefined;
  try {
    await saveChosenFile(
      file,
      bytes,
      what,
      undefined,
      plaintext ? async (temp) => void (written = await ctx.pending.note(temp)) : undefined,
    );
  } catch (error) {
    explain(error);
  } finally {
    await written?.();
  }
}

/** Open the workbook and share the chosen sections (numbers given to newly shared partner questions are kept). */
async function shareFromFile(
  ctx: CliContext,
  file: string,
  values: Record<string, string | boolean | undefined>,
): Promise<SharedWorkbook> {
  const opened = await openWorkbookFile(ctx, file, await ctx.readSecret('Passphrase'), { forWriting: true });
  try {
    let workbook: Workbook = opened.workbook;
    const sections = sectionList(workbook.role, values['sections'], values['all'] === true);
    const choice = letterChoice(values['letter']);
    if (workbook.role === 'partner' && sections.includes('questions')) {
      const numbered = withQuestionNumbers(workbook);
      if (Object.keys(numbered.given).length) {
        workbook = numbered.workbook;
        await saveWorkbookFile(ctx.vault, opened, workbook);
      }
    }
    return shareWorkbook(workbook, sections, choice, ctx.now());
  } catch (error) {
    return explain(error);
  } finally {
    await opened.close();
  }
}

async function documentPassword(ctx: CliContext, none: boolean): Promise<string | null> {
  if (none) return null;
  let password: string;
  try {
    password = await ctx.readSecret('Document password');
  } catch (error) {
    if (error instanceof CliError) throw new CliError('A document password is needed (or --no-password).', 2);
    throw error;
  }
  if (password.trim() === '') throw new CliError('The document password is blank; nothing was written.', 2);
  const problem = documentPasswordProblem(password);
  if (problem) throw new CliError(`${problem} Nothing was written.`, 2);
  return password;
}

function pairOf(shared: SharedWorkbook): SharedPair {
  return shared.workbook.role === 'disclosing'
    ? { disclosing: shared as SharedWorkbook<DisclosingWorkbook>, partner: null }
    : { disclosing: null, partner: shared as SharedWorkbook<PartnerWorkbook> };
}

export const handoffCommands: Record<string, Command> = {
  package: {
    async run(args, ctx) {
      const { positionals, values } = parse(
        args,
        { out: { type: 'string' }, sections: { type: 'string' }, letter: { type: 'string' } },
        1,
      );
      const out = values['out'];
      if (typeof out !== 'string' || out === '') throw new CliError('Missing --out.', 2);
      letterChoice(values['letter']);
      const shared = await shareFromFile(ctx, positionals[0]!, values);
      const sealed = await sealTherapistPackage(ctx.vault, await loadSodium(), shared);
      await write(ctx, out, sealed.bytes, 'the package');
      ctx.io.stdout.write(
        `Wrote ${out} with: ${shared.sections.join(', ')}.\nGive the code to the therapist another way than the file (read aloud, by phone, on paper).\nShare code: ${sealed.code}\n`,
      );
    },
  },

  combine: {
    async run(args, ctx) {
      const { values } = parse(args, {
        disclosing: { type: 'string' },
        partner: { type: 'string' },
        out: { type: 'string' },
        'reading-copy': { type: 'string' },
        'no-password': { type: 'boolean' },
        'letter-size': { type: 'boolean' },
        therapist: { type: 'string' },
        'session-date': { type: 'string' },
        'priority-appendix': { type: 'boolean' },
      });
      const out = values['out'];
      if (typeof out !== 'string' || out === '') throw new CliError('Missing --out.', 2);
      const files: [Role, unknown][] = [
        ['disclosing', values['disclosing']],
        ['partner', values['partner']],
      ];
      if (!files.some(([, f]) => typeof f === 'string')) throw new CliError('Give --disclosing, --partner or both.', 2);
      const pair: SharedPair = { disclosing: null, partner: null };
      const bytes = new Map<Role, Uint8Array>();
      for (const [role, file] of files) {
        if (typeof file !== 'string') continue;
        try {
          bytes.set(role, new Uint8Array(await readFile(file)));
        } catch {
          throw new CliError(`Could not read ${file}.`, 1);
        }
      }
      for (const [role, file] of files) {
        const b = bytes.get(role);
        if (!b || typeof file !== 'string') continue;
        const code = await ctx.readSecret(role === 'disclosing' ? 'Disclosing share code' : 'Partner share code');
        try {
          const shared = await ctx.throttle.attempt(
            attemptKey('package', file),
            () => openTherapistPackage(ctx.vault, b, code, role),
            (error) => error instanceof PackageError && error.code === 'wrong-code',
          );
          if (role === 'disclosing') pair.disclosing = shared as SharedWorkbook<DisclosingWorkbook>;
          else pair.partner = shared as SharedWorkbook<PartnerWorkbook>;
        } catch (error) {
          explain(error);
        }
      }
      const password = await documentPassword(ctx, values['no-password'] === true);
      const details = {
        pageSize: values['letter-size'] ? ('letter' as const) : ('a4' as const),
        now: ctx.now(),
        ...(typeof values['therapist'] === 'string' ? { therapistName: values['therapist'] } : {}),
        ...(typeof values['session-date'] === 'string' ? { sessionDate: values['session-date'] } : {}),
        ...(values['priority-appendix'] === true ? { priorityAppendix: true } : {}),
      };
      await write(ctx, out, await sessionDocx(pair, details, password), 'the document', password === null);
      const copyFile = values['reading-copy'];
      let copyLine = '';
      if (typeof copyFile === 'string' && copyFile !== '') {
        const copy = await readingCopyDocx(pair, details, password);
        if (copy) {
          await write(ctx, copyFile, copy, 'the reading copy', password === null);
          copyLine = ` Reading copy: ${copyFile}.`;
        } else copyLine = ' No reading copy: neither a letter nor questions were shared.';
      }
      ctx.io.stdout.write(
        `Wrote ${out}.${copyLine}${password ? ' Password-protected.' : ' NOT encrypted (--no-password): keep it safe.'}\n`,
      );
    },
  },

  export: {
    async run(args, ctx) {
      if (args.includes('--disclosing') || args.includes('--partner')) {
        throw new CliError(
          'Exporting two workbooks together is gone: each partner runs `workbook package`, and the therapist runs `workbook combine`.',
          2,
        );
      }
      const { positionals, values } = parse(
        args,
        {
          out: { type: 'string' },
          sections: { type: 'string' },
          all: { type: 'boolean' },
          letter: { type: 'string' },
          'letter-size': { type: 'boolean' },
          'no-password': { type: 'boolean' },
        },
        1,
      );
      const out = values['out'];
      if (typeof out !== 'string' || out === '') throw new CliError('Missing --out.', 2);
      letterChoice(values['letter']);
      const shared = await shareFromFile(ctx, positionals[0]!, values);
      const password = await documentPassword(ctx, values['no-password'] === true);
      const details = {
        pageSize: values['letter-size'] ? ('letter' as const) : ('a4' as const),
        now: ctx.now(),
        ownExport: true,
      };
      await write(ctx, out, await sessionDocx(pairOf(shared), details, password), 'the document', password === null);
      const outline = documentOutline(sessionDocument(pairOf(shared), details));
      ctx.io.stdout.write(
        `Wrote ${out} (${sectionCount(outline.filter((o) => o.level === 2).length)}).${password ? ' Password-protected.' : ' NOT encrypted (--no-password): keep it safe.'}\n`,
      );
    },
  },
};

/** "1 section", "3 sections". */
function sectionCount(n: number): string {
  return `${n} ${n === 1 ? 'section' : 'sections'}`;
}
