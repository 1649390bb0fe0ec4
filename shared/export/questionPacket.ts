/**
 * The question packet: the partner's "ready" questions, released on purpose, with stable
 * ids and in session order. This module is pure: what goes into a packet, how an import is
 * merged into the disclosing workbook, and the release code's text form. Encryption lives
 * in electron/core/exchange.
 */
import { z } from 'zod';
import {
  idSchema,
  isoDateTime,
  releasedQuestionSchema,
  type DisclosingSections,
  type PartnerWorkbook,
  type ReleasedQuestion,
} from '../workbook/schema';
import { readyQuestions } from '../workbook/partner/questionCounts';

export const PACKET_FORMAT = 'dwb-question-packet';

export const packetContentSchema = z.object({
  format: z.literal(PACKET_FORMAT),
  version: z.literal(1),
  packetId: idSchema,
  releasedAt: isoDateTime,
  questions: z.array(releasedQuestionSchema).max(5_000),
});
export type PacketContent = z.infer<typeof packetContentSchema>;

/** Only the released questions' id, order, text, category and priority: nothing else of the workbook. */
export function buildPacketContent(partner: PartnerWorkbook, packetId: string, releasedAt: Date): PacketContent {
  return {
    format: PACKET_FORMAT,
    version: 1,
    packetId,
    releasedAt: releasedAt.toISOString(),
    questions: readyQuestions(partner).map((q, order): ReleasedQuestion => ({
      id: q.id,
      order,
      text: q.text,
      category: q.category,
      priority: q.priority,
    })),
  };
}

export interface PacketMergeResult {
  answers: DisclosingSections['answers'];
  /** Questions in the new packet that already have an answer. */
  keptAnswers: number;
  /** Questions not in the previous packet. */
  newQuestions: number;
  /** Questions of the previous packet that are not in this one (their answers are kept). */
  withdrawnQuestions: number;
  /** The packet was released before the one already imported. */
  olderThanCurrent: boolean;
}

/**
 * Put a packet into the answers section. Answers are keyed by question id, so every answer
 * stays with its question across re-imports; answers to withdrawn questions are kept too.
 */
export function mergePacket(current: DisclosingSections['answers'], packet: PacketContent, importedAt: Date): PacketMergeResult {
  const previousIds = new Set((current.packet?.questions ?? []).map((q) => q.id));
  const nextIds = new Set(packet.questions.map((q) => q.id));
  const answered = (id: string) => (current.answers[id]?.text.trim() ?? '') !== '';
  return {
    answers: {
      packet: {
        packetId: packet.packetId,
        releasedAt: packet.releasedAt,
        importedAt: importedAt.toISOString(),
        questions: [...packet.questions].sort((a, b) => a.order - b.order),
      },
      answers: { ...current.answers },
    },
    keptAnswers: packet.questions.filter((q) => answered(q.id)).length,
    newQuestions: packet.questions.filter((q) => !previousIds.has(q.id)).length,
    withdrawnQuestions: [...previousIds].filter((id) => !nextIds.has(id)).length,
    olderThanCurrent: current.packet !== null && packet.releasedAt < current.packet.releasedAt,
  };
}

/**
 * Release codes: 16 decimal digits in four groups ("4829-1375-0046-8821"), about 53 bits.
 * Digits are easy to read aloud and type in any language; Argon2id makes guessing slow.
 */
export const RELEASE_CODE_DIGITS = 16;

/** Turns random bytes into a code; bytes >= 250 are skipped so every digit is uniform. */
export function releaseCodeFromRandom(nextBytes: (n: number) => Uint8Array): string {
  let digits = '';
  while (digits.length < RELEASE_CODE_DIGITS) {
    for (const b of nextBytes(32)) {
      if (b < 250 && digits.length < RELEASE_CODE_DIGITS) digits += String(b % 10);
    }
  }
  return formatReleaseCode(digits);
}

const formatReleaseCode = (digits: string) => digits.match(/.{4}/g)!.join('-');

/** Canonical form of a typed code (spaces, dashes and dots forgiven), or null if it cannot be one. */
export function normaliseReleaseCode(input: string): string | null {
  const digits = input.replace(/[\s.\-\u2010-\u2015]/g, '');
  if (!/^\d+$/.test(digits) || digits.length !== RELEASE_CODE_DIGITS) return null;
  return formatReleaseCode(digits);
}
