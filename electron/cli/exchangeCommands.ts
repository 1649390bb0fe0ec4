/**
 * `workbook export`, `workbook release-questions` and `workbook import-questions`.
 * Secrets come only from stdin (one per line) or a no-echo prompt, never from argv.
 */
import { readFile } from 'node:fs/promises';
import { saveChosenFile, StorageError } from '../core/storage/atomicFile';
import { buildExportDocument } from '../../shared/export/buildDocument';
import { mergePacket } from '../../shared/export/questionPacket';
import { allSections, defaultSections } from '../../shared/export/sections';
import type { DisclosingWorkbook, PartnerWorkbook } from '../../shared/workbook/schema';
import { openQuestionPacket, PacketError, sealQuestionPacket } from '../core/exchange/questionPacketFile';
import { writeDocx } from '../core/export/docxWriter';
import { encryptDocx } from '../core/export/encryptDocx';
import { loadSodium } from '../core/vault/sodium';
import { documentPasswordProblem } from '../../shared/passphrase';
import { parse, type Command } from './commands';
import { CliError } from './io';
import { explain, openWorkbookFile, saveWorkbookFile } from './workbookFile';

function packetFailure(error: unknown): never {
  if (error instanceof PacketError)
    throw new CliError(error.message, error.code === 'bad-code-format' || error.code === 'empty' ? 2 : 1);
  return explain(error);
}

export const exchangeCommands: Record<string, Command> = {
  export: {
    async run(args, ctx) {
      const { values } = parse(args, {
        disclosing: { type: 'string' },
        partner: { type: 'string' },
        out: { type: 'string' },
        all: { type: 'boolean' },
        password: { type: 'boolean' },
        'letter-size': { type: 'boolean' },
      });
      const out = values['out'];
      if (typeof out !== 'string' || out === '') throw new CliError('Missing --out.', 2);
      const disclosingFile = typeof values['disclosing'] === 'string' ? values['disclosing'] : null;
      const partnerFile = typeof values['partner'] === 'string' ? values['partner'] : null;
      if (!disclosingFile && !partnerFile) throw new CliError('Give --disclosing, --partner or both.', 2);
      let disclosing: DisclosingWorkbook | null = null;
      let partner: PartnerWorkbook | null = null;
      if (disclosingFile) {
        const opened = await openWorkbookFile(ctx.vault, disclosingFile, await ctx.readSecret('Disclosing workbook passphrase'));
        await opened.close();
        if (opened.workbook.role !== 'disclosing') throw new CliError(`${disclosingFile} is not a disclosure workbook.`, 1);
        disclosing = opened.workbook;
      }
      if (partnerFile) {
        const opened = await openWorkbookFile(ctx.vault, partnerFile, await ctx.readSecret('Partner workbook passphrase'));
        await opened.close();
        if (opened.workbook.role !== 'partner') throw new CliError(`${partnerFile} is not a partner workbook.`, 1);
        partner = opened.workbook;
      }
      const password = values['password'] ? await ctx.readSecret('Document password') : null;
      if (password !== null) {
        // One rule with the app: at least 8 characters; a blank one is a usage mistake.
        if (password.trim() === '') throw new CliError('--password needs a document password on standard input.', 2);
        const problem = documentPasswordProblem(password);
        if (problem) throw new CliError(problem, 1);
      }
      const all = values['all'] === true;
      const doc = buildExportDocument(
        { disclosing, partner },
        {
          selection: {
            disclosing: disclosing ? (all ? allSections('disclosing') : defaultSections('disclosing')) : null,
            partner: partner ? (all ? allSections('partner') : defaultSections('partner')) : null,
          },
          pageSize: values['letter-size'] ? 'letter' : 'a4',
          now: ctx.now(),
        },
      );
      const docx = await writeDocx(doc);
      try {
        await saveChosenFile(out, password ? encryptDocx(docx, password) : docx, 'the document');
      } catch (error) {
        if (error instanceof StorageError) throw new CliError(error.message, 1);
        explain(error);
      }
      ctx.io.stdout.write(
        `Wrote ${out}.${password ? ' It is password-protected.' : ' It is NOT encrypted: send it through the therapist\u2019s secure portal.'}\n`,
      );
    },
  },

  'release-questions': {
    async run(args, ctx) {
      const { positionals, values } = parse(args, { out: { type: 'string' } }, 1);
      const out = values['out'];
      if (typeof out !== 'string' || out === '') throw new CliError('Missing --out.', 2);
      const opened = await openWorkbookFile(ctx.vault, positionals[0]!, await ctx.readSecret('Passphrase'));
      await opened.close();
      if (opened.workbook.role !== 'partner') throw new CliError('Questions are released from the partner workbook.', 1);
      let sealed: Awaited<ReturnType<typeof sealQuestionPacket>>;
      try {
        sealed = await sealQuestionPacket(ctx.vault, await loadSodium(), opened.workbook, ctx.now());
      } catch (error) {
        return packetFailure(error);
      }
      try {
        await saveChosenFile(out, sealed.bytes, 'the question packet');
      } catch (error) {
        if (error instanceof StorageError) throw new CliError(error.message, 1);
        explain(error);
      }
      ctx.io.stdout.write(
        `Released ${sealed.questionCount} question(s) to ${out}.\nRelease code (give it to the therapist with the file): ${sealed.code}\n`,
      );
    },
  },

  'import-questions': {
    async run(args, ctx) {
      const { positionals, values } = parse(args, { from: { type: 'string' } }, 1);
      const from = values['from'];
      if (typeof from !== 'string' || from === '') throw new CliError('Missing --from.', 2);
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(from));
      } catch {
        throw new CliError(`Could not read ${from}.`, 1);
      }
      const opened = await openWorkbookFile(ctx.vault, positionals[0]!, await ctx.readSecret('Passphrase'), { forWriting: true });
      try {
        if (opened.workbook.role !== 'disclosing') throw new CliError('Questions are imported into the disclosure workbook.', 1);
        const code = await ctx.readSecret('Release code');
        let packet;
        try {
          packet = await openQuestionPacket(ctx.vault, bytes, code);
        } catch (error) {
          return packetFailure(error);
        }
        const merged = mergePacket(opened.workbook.sections.answers, packet, ctx.now());
        const next: DisclosingWorkbook = {
          ...opened.workbook,
          savedAt: ctx.now().toISOString(),
          sections: { ...opened.workbook.sections, answers: merged.answers },
        };
        await saveWorkbookFile(ctx.vault, opened, next);
        ctx.io.stdout.write(
          `Imported ${packet.questions.length} question(s): ${merged.newQuestions} new, ${merged.keptAnswers} already answered and kept with their answers.\n`,
        );
      } catch (error) {
        explain(error);
      } finally {
        await opened.close();
      }
    },
  },
};
