/**
 * The question packet: the partner's "ready" questions, released on purpose, with stable
 * ids and in session order. This module is pure: what goes into a packet, how an import is
 * merged into the disclosing workbook, and the release code's text form. Encryption lives
 * in electron/core/exchange.
 */
import { z } from 'zod';
import { QUESTION_PRIORITIES } from '../workbook/categories';
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

/** Version 1 (before question numbers): still imported, numbered in session order. */
const packetV1Schema = z.object({
  format: z.literal(PACKET_FORMAT),
  version: z.literal(1),
  packetId: idSchema,
  releasedAt: isoDateTime,
  questions: z
    .array(
      z.object({
        id: idSchema,
        order: z.number().int().min(0),
        text: z.string().max(200_000),
        category: releasedQuestionSchema.shape.category,
        priority: z.enum(QUESTION_PRIORITIES),
      }),
    )
    .max(5_000),
});

/** Version 2: each question carries the partner's stable number and, if they said, how they want the answer. */
export const packetContentSchema = z.object({
  format: z.literal(PACKET_FORMAT),
  version: z.literal(2),
  packetId: idSchema,
  releasedAt: isoDateTime,
  /** Whether the partner chose to let priority labels travel with the questions. */
  includesPriority: z.boolean(),
  questions: z.array(releasedQuestionSchema).max(5_000),
});
export type PacketContent = z.infer<typeof packetContentSchema>;

/** Read a decrypted packet of either version; null when it is not one this app can read. */
export function parsePacketContent(raw: unknown): PacketContent | null {
  const v2 = packetContentSchema.safeParse(raw);
  if (v2.success) {
    const numbers = new Set(v2.data.questions.map((q) => q.number));
    const ids = new Set(v2.data.questions.map((q) => q.id));
    if (numbers.size !== v2.data.questions.length || ids.size !== v2.data.questions.length) return null;
    return v2.data;
  }
  const v1 = packetV1Schema.safeParse(raw);
  if (!v1.success) return null;
  const ordered = [...v1.data.questions].sort((a, b) => a.order - b.order);
  if (new Set(ordered.map((q) => q.id)).size !== ordered.length) return null;
  return {
    format: PACKET_FORMAT,
    version: 2,
    packetId: v1.data.packetId,
    releasedAt: v1.data.releasedAt,
    includesPriority: true,
    questions: ordered.map((q, i) => ({ ...q, number: i + 1, answerMode: null })),
  };
}

/**
 * Only the released questions' id, number, order, text, topic, how the partner wants the answer
 * and (only if the partner chose so) priority: nothing else of the workbook. The questions must
 * already be numbered (`numberReadyQuestions`).
 */
export function buildPacketContent(partner: PartnerWorkbook, packetId: string, releasedAt: Date): PacketContent {
  const includesPriority = partner.sections.questions.sharePriority;
  return {
    format: PACKET_FORMAT,
    version: 2,
    packetId,
    releasedAt: releasedAt.toISOString(),
    includesPriority,
    questions: readyQuestions(partner).map((q, order): ReleasedQuestion => {
      if (q.number === null) throw new Error('Questions are numbered before they are released.');
      return {
        id: q.id,
        order,
        number: q.number,
        text: q.text,
        category: q.category,
        priority: includesPriority ? q.priority : null,
        answerMode: q.answerMode,
      };
    }),
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

/**
 * Canonical form of a typed code (spaces, dashes and dots forgiven, and a label in front of it, as in
 * "Share code: 1234-…" pasted whole from a message), or null if it cannot be one.
 */
export function normaliseReleaseCode(input: string): string | null {
  const digits = input.replace(/^\s*[\p{L} ]{1,40}:/u, '').replace(/[\s.\-\u2010-\u2015]/g, '');
  if (!/^\d+$/.test(digits) || digits.length !== RELEASE_CODE_DIGITS) return null;
  return formatReleaseCode(digits);
}
