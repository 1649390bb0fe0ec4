/**
 * The question packet file: the vault format (kind `packet`) with the data key wrapped by a
 * key derived with Argon2id from a one-time release code. The content is only the released
 * questions (see shared/export/questionPacket.ts); the file's recovery-key slot holds a key
 * that is thrown away at once, so the release code is the only way in.
 */
import {
  buildPacketContent,
  normaliseReleaseCode,
  parsePacketContent,
  releaseCodeFromRandom,
  type PacketContent,
} from '../../../shared/export/questionPacket';
import { numberReadyQuestions } from '../../../shared/workbook/partner/questionNumbers';
import type { PartnerWorkbook } from '../../../shared/workbook/schema';
import { DamagedFileError } from '../vault/format';
import type { Sodium } from '../vault/sodium';
import { WrongSecretError, type Vault } from '../vault/vault';

export const PACKET_EXTENSION = '.dwbq';

export class PacketError extends Error {
  override name = 'PacketError';
  constructor(
    readonly code: 'wrong-code' | 'damaged' | 'not-a-packet' | 'bad-code-format' | 'empty',
    message: string,
  ) {
    super(message);
  }
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
  const code = releaseCodeFromRandom((n) => sodium.randombytes_buf(n));
  const packetId = sodium.to_hex(sodium.randombytes_buf(16));
  const { workbook: numbered, given } = withQuestionNumbers(partner);
  const content = buildPacketContent(numbered, packetId, now);
  if (content.questions.length === 0) {
    throw new PacketError('empty', 'No questions are marked "ready for my therapist" yet, so there is nothing to release.');
  }
  const { session } = await vault.create('packet', code);
  try {
    const bytes = await vault.seal(session, new TextEncoder().encode(JSON.stringify(content)));
    return { bytes, code, packetId, questionCount: content.questions.length, numbered, given };
  } finally {
    vault.close(session);
  }
}

export async function openQuestionPacket(vault: Vault, bytes: Uint8Array, typedCode: string): Promise<PacketContent> {
  const code = normaliseReleaseCode(typedCode);
  if (!code) throw new PacketError('bad-code-format', 'A release code has 16 digits, for example 1234-5678-9012-3456.');
  let plaintext: Uint8Array;
  try {
    const opened = await vault.open(bytes, { method: 'passphrase', value: code });
    vault.close(opened.session);
    if (opened.session.kind !== 'packet') {
      opened.plaintext.fill(0);
      throw new PacketError('not-a-packet', 'This file is a workbook, not a question packet.');
    }
    plaintext = opened.plaintext;
  } catch (error) {
    if (error instanceof PacketError) throw error;
    if (error instanceof WrongSecretError) {
      throw new PacketError(
        'wrong-code',
        'That release code does not open this question packet. Please check the digits with the therapist and try again.',
      );
    }
    if (error instanceof DamagedFileError) {
      throw new PacketError(
        'damaged',
        'This question packet is damaged or was changed after it was released, so it cannot be opened. Please ask for the file again.',
      );
    }
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext));
  } catch {
    throw new PacketError('damaged', 'This question packet could not be read.');
  } finally {
    plaintext.fill(0);
  }
  const parsed = parsePacketContent(raw);
  if (!parsed)
    throw new PacketError('damaged', 'This question packet was made by a version of the app that this one cannot read.');
  return parsed;
}
