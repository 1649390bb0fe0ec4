import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSentinels } from '../../../tests/e2e/securitySentinels';
import { countingSodium } from '../vault/__fixtures__/countingSodium';
import { loadSodium } from '../vault/sodium';
import { createVault, TEST_KDF } from '../vault/vault';
import { attemptWith, itRefusesChangedFiles } from './codeSealedFile.fuzzCases';
import { openQuestionPacket, PacketError, sealQuestionPacket } from './questionPacketFile';

/**
 * Question packets arrive as files from outside (a USB stick, an email). 3,000 mutated,
 * checksum-forged, random and wrongly-filled packets: every case ends in a PacketError with a
 * readable message, at no more Argon2id work than a genuine packet asks for; never another exception, never a success on changed bytes.
 */
const sodium = await loadSodium();
const counted = countingSodium(sodium);
const vault = createVault(counted.sodium, { kdf: TEST_KDF });
const partner = makeSentinels().workbooks.partner;
if (partner.role !== 'partner') throw new Error('role');
const sealed = await sealQuestionPacket(vault, sodium, partner, new Date());
const attempt = attemptWith((bytes, code) => openQuestionPacket(vault, bytes, code), PacketError, counted.work);

describe('fuzzing the question packet reader', () => {
  itRefusesChangedFiles('packet', sodium, sealed, attempt);

  it('500 authentic packets with hostile content, and a workbook passed off as a packet, are refused cleanly', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string({ maxLength: 300 }),
        ),
        async (text) => {
          const { session } = await vault.create('packet', sealed.code);
          const bytes = await vault.seal(session, new TextEncoder().encode(text));
          vault.close(session);
          expect(['opened', 'damaged']).toContain(await attempt(bytes, sealed.code));
        },
      ),
      { numRuns: 500 },
    );
    const { session } = await vault.create('partner', sealed.code);
    const workbook = await vault.seal(session, new TextEncoder().encode(JSON.stringify(partner)));
    expect(await attempt(workbook, sealed.code)).toBe('not-a-packet');
  });
});
