/**
 * The question packet file (.dwbq): a code-sealed file (see codeSealedFile.ts) of kind `packet`,
 * opened with a one-time release code. The content is only the released questions (see
 * shared/export/questionPacket.ts).
 */
import { buildPacketContent, parsePacketContent, type PacketContent } from '../../../shared/export/questionPacket';
import { numberReadyQuestions } from '../../../shared/workbook/partner/questionNumbers';
import type { PartnerWorkbook } from '../../../shared/workbook/schema';
import type { Sodium } from '../vault/sodium';
import type { Vault } from '../vault/vault';
import { CodeFileError, openWithCode, sealWithCode, type CodeFileSpec } from './codeSealedFile';

export const PACKET_EXTENSION = '.dwbq';

export class PacketError extends CodeFileError<'wrong-code' | 'damaged' | 'not-a-packet' | 'bad-code-format' | 'empty'> {
  override name = 'PacketError';
}

/** The partner's workbook with numbers given to ready questions that had none (see numberReadyQuestions). */
export function withQuestionNumbers(partner: PartnerWorkbook): { workbook: PartnerWorkbook; given: Record<string, number> } {
  const q = partner.sections.questions;
  const numbered = numberReadyQuestions(q.items, q.nextNumber);
  return {
    workbook: {
      ...partner,
      sections: { ...partner.sections, questions: { ...q, items: numbered.items, nextNumber: numbered.nextNumber } },
    },
    given: numbered.given,
  };
}

/**
 * Seal the ready questions. Questions released for the first time get their numbers here; the
 * caller keeps `numbered` (the workbook with those numbers) so they are never given again.
 */
export async function sealQuestionPacket(vault: Vault, sodium: Sodium, partner: PartnerWorkbook, now: Date) {
  const packetId = sodium.to_hex(sodium.randombytes_buf(16));
  const { workbook: numbered, given } = withQuestionNumbers(partner);
  const content = buildPacketContent(numbered, packetId, now);
  if (content.questions.length === 0) {
    throw new PacketError('empty', 'No questions are marked "ready for my therapist" yet, so there is nothing to release.');
  }
  const { bytes, code } = await sealWithCode(vault, sodium, 'packet', content);
  return { bytes, code, packetId, questionCount: content.questions.length, numbered, given };
}

const PACKET: CodeFileSpec<PacketContent> = {
  kind: 'packet',
  words: {
    badCodeFormat: 'A release code has 16 digits, for example 1234-5678-9012-3456.',
    wrongCode: 'That release code does not open this question packet. Please check the digits with the therapist and try again.',
    damaged:
      'This question packet is damaged or was changed after it was released, so it cannot be opened. Please ask for the file again.',
    unreadable: 'This question packet could not be read.',
    notThisKind: () => 'This file is a workbook, not a question packet.',
  },
  fail: (problem, message) => new PacketError(problem === 'not-this-kind' ? 'not-a-packet' : problem, message),
  read(raw) {
    const parsed = parsePacketContent(raw);
    if (!parsed)
      throw new PacketError('damaged', 'This question packet was made by a version of the app that this one cannot read.');
    return parsed;
  },
};

export function openQuestionPacket(vault: Vault, bytes: Uint8Array, typedCode: string): Promise<PacketContent> {
  return openWithCode(vault, bytes, typedCode, PACKET);
}
