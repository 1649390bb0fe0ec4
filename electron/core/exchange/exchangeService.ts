/**
 * The question hand-off for the app: the partner releases a packet (native save dialog,
 * code shown once), the disclosing partner opens one (native open dialog, then the code).
 * The renderer of the disclosing workbook then merges the questions with `mergePacket`.
 * Failures become AppErrors through the one translation (errors.ts).
 */
import path from 'node:path';
import { readChosenFile } from '../chosenFile';
import { toAppError } from '../errors';
import { saveChosenFile } from '../storage/atomicFile';
import type { PacketContent } from '../../../shared/export/questionPacket';
import { AppError } from '../../../shared/ipc/result';
import type { PartnerWorkbook } from '../../../shared/workbook/schema';
import type { FileDialogs } from '../export/fileDialogs';
import type { Sodium } from '../vault/sodium';
import type { Vault } from '../vault/vault';
import { attemptKey, createThrottle, type Throttle } from '../throttle';
import type { WorkbookService } from '../workbookService';
import { openQuestionPacket, PACKET_EXTENSION, PacketError, sealQuestionPacket } from './questionPacketFile';

const isWrongCode = (error: unknown) => error instanceof PacketError && error.code === 'wrong-code';

const FILTERS = [{ name: 'Question packets', extensions: [PACKET_EXTENSION.slice(1)] }];

export function createExchangeService(deps: {
  vault: Vault;
  sodium: Sodium;
  workbooks: WorkbookService;
  dialogs: FileDialogs;
  now?: () => Date;
  /** The one throttle for wrong secrets: a wrong release code pauses the next try at that packet. */
  throttle?: Throttle;
}) {
  const now = deps.now ?? (() => new Date());
  const throttle = deps.throttle ?? createThrottle({ now: () => now().getTime() });
  let chosenPacket: string | null = null;

  return {
    async release(): Promise<{ code: string; fileName: string; questionCount: number; numbers: Record<string, number> }> {
      const partner = deps.workbooks.content('partner') as PartnerWorkbook;
      let sealed: Awaited<ReturnType<typeof sealQuestionPacket>>;
      try {
        sealed = await sealQuestionPacket(deps.vault, deps.sodium, partner, now());
      } catch (error) {
        throw toAppError(error);
      }
      const file = await deps.dialogs.showSaveDialog({
        title: 'Save the question packet',
        defaultName: `questions${PACKET_EXTENSION}`,
        filters: FILTERS,
      });
      if (!file) throw new AppError({ code: 'cancelled', message: 'Nothing was saved.' });
      const target = file.endsWith(PACKET_EXTENSION) ? file : `${file}${PACKET_EXTENSION}`;
      await saveChosenFile(target, sealed.bytes, 'the question packet');
      // Numbers given at this first release are kept for good (the renderer applies the same ones).
      if (Object.keys(sealed.given).length > 0) await deps.workbooks.save('partner', sealed.numbered);
      return { code: sealed.code, fileName: path.basename(target), questionCount: sealed.questionCount, numbers: sealed.given };
    },

    async choosePacket(): Promise<{ fileName: string }> {
      deps.workbooks.content('disclosing'); // throws "locked" when the workbook is not open
      const file = await deps.dialogs.showOpenDialog({ title: 'Choose the question packet', filters: FILTERS });
      if (!file) throw new AppError({ code: 'cancelled', message: 'Nothing was chosen.' });
      chosenPacket = file;
      return { fileName: path.basename(file) };
    },

    async openPacket(code: string): Promise<PacketContent> {
      deps.workbooks.content('disclosing');
      if (!chosenPacket) throw new AppError({ code: 'invalid-input', message: 'Please choose the question packet file first.' });
      const file = chosenPacket;
      try {
        const key = attemptKey('packet', file);
        throttle.check(key);
        const bytes = await readChosenFile(file);
        return await throttle.attempt(key, () => openQuestionPacket(deps.vault, bytes, code), isWrongCode);
      } catch (error) {
        throw toAppError(error);
      }
    },
  };
}

export type ExchangeService = ReturnType<typeof createExchangeService>;
