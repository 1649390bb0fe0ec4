/**
 * `workbook export`, `workbook release-questions` and `workbook import-questions`.
 * Secrets come only from stdin (one per line) or a no-echo prompt, never from argv.
 */
import { readFile } from 'node:fs/promises';
import { saveChosenFile } from '../core/storage/atomicFile';
import { mergePacket } from '../../shared/export/questionPacket';
import type { DisclosingWorkbook } from '../../shared/workbook/schema';
import { openQuestionPacket, PacketError, sealQuestionPacket } from '../core/exchange/questionPacketFile';
import { attemptKey } from '../core/throttle';
import { loadSodium } from '../core/vault/sodium';
import { parse, type Command } from './commands';
import { CliError } from './io';
import { explain, openWorkbookFile, saveWorkbookFile } from './workbookFile';

/** "2026-01-22 10:00 UTC" from an ISO time. */
const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

export const exchangeCommands: Record<string, Command> = {
  'release-questions': {
    async run(args, ctx) {
      const { positionals, values } = parse(args, { out: { type: 'string' } }, 1);
      const out = values['out'];
      if (typeof out !== 'string' || out === '') throw new CliError('Missing --out.', 2);
      const opened = await openWorkbookFile(ctx, positionals[0]!, await ctx.readSecret('Passphrase'), { forWriting: true });
      let sealed: Awaited<ReturnType<typeof sealQuestionPacket>>;
      try {
        if (opened.workbook.role !== 'partner') throw new CliError('Questions are released from the partner workbook.', 1);
        try {
          sealed = await sealQuestionPacket(ctx.vault, await loadSodium(), opened.workbook, ctx.now());
        } catch (error) {
          return explain(error);
        }
        // Numbers given at a first release are kept in the workbook for good.
        if (Object.keys(sealed.given).length) await saveWorkbookFile(ctx.vault, opened, sealed.numbered);
      } finally {
        await opened.close();
      }
      try {
        await saveChosenFile(out, sealed.bytes, 'the question packet');
      } catch (error) {
        explain(error);
      }
      ctx.io.stdout.write(
        `Released ${sealed.questionCount} question(s) to ${out}.\nRelease code (give it to the therapist with the file): ${sealed.code}\n`,
      );
    },
  },

  'import-questions': {
    async run(args, ctx) {
      const { positionals, values } = parse(args, { from: { type: 'string' }, force: { type: 'boolean' } }, 1);
      const from = values['from'];
      if (typeof from !== 'string' || from === '') throw new CliError('Missing --from.', 2);
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(from));
      } catch {
        throw new CliError(`Could not read ${from}.`, 1);
      }
      const opened = await openWorkbookFile(ctx, positionals[0]!, await ctx.readSecret('Passphrase'), { forWriting: true });
      try {
        if (opened.workbook.role !== 'disclosing') throw new CliError('Questions are imported into the disclosure workbook.', 1);
        const code = await ctx.readSecret('Release code');
        let packet;
        try {
          packet = await ctx.throttle.attempt(
            attemptKey('packet', from),
            () => openQuestionPacket(ctx.vault, bytes, code),
            (error) => error instanceof PacketError && error.code === 'wrong-code',
          );
        } catch (error) {
          return explain(error);
        }
        const merged = mergePacket(opened.workbook.sections.answers, packet, ctx.now());
        const current = opened.workbook.sections.answers.packet;
        if (merged.olderThanCurrent && values['force'] !== true && current) {
          // Never silently replace newer questions with older ones.
          throw new CliError(
            `That question packet was released ${when(packet.releasedAt)}, before the one already in this workbook (${when(current.releasedAt)}). Nothing was changed. To import the older packet anyway, run the command again with --force.`,
            1,
          );
        }
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
