import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSentinels } from '../../../tests/e2e/securitySentinels';
import { CHECKSUM_BYTES } from '../vault/format';
import { countingSodium } from '../vault/__fixtures__/countingSodium';
import { loadSodium } from '../vault/sodium';
import { createVault, TEST_KDF } from '../vault/vault';
import { openQuestionPacket, PacketError, sealQuestionPacket } from './questionPacketFile';

/**
 * Question packets arrive as files from outside (a USB stick, an email). 3,000 mutated,
 * checksum-forged, random and wrongly-filled packets: every case ends in a PacketError with a
 * readable message, at no more Argon2id work than a genuine packet asks for; never another exception, never a success on changed bytes.
 */
const sodium = await loadSodium();
const counted = countingSodium(sodium);
const vault = createVault(counted.sodium, { kdf: TEST_KDF });
/** The most work one attempt may cost: the one derivation a genuine packet asks for, at its own settings. */
const MAX_WORK = TEST_KDF.opslimit * (TEST_KDF.memlimitKiB / 1024);
const partner = makeSentinels().workbooks.partner;
if (partner.role !== 'partner') throw new Error('role');
const sealed = await sealQuestionPacket(vault, sodium, partner, new Date());
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

async function attempt(bytes: Uint8Array, code: string): Promise<'opened' | PacketError['code']> {
  const before = counted.work();
  let outcome: 'opened' | PacketError['code'];
  try {
    await openQuestionPacket(vault, bytes, code);
    outcome = 'opened';
  } catch (error) {
    if (!(error instanceof PacketError)) throw new Error(`unexpected ${String(error)}`, { cause: error });
    expect(error.message).toMatch(/^[A-Z].{10,}/);
    outcome = error.code;
  }
  // Bounded by the Argon2id work it caused (a count, not the clock); a hang fails by the test's timeout.
  const work = counted.work() - before;
  if (work > MAX_WORK) throw new Error(`cost ${work} passes × MiB of Argon2id`);
  return outcome;
}

const code = fc.oneof(fc.constant(sealed.code), fc.string({ maxLength: 30 }), fc.stringMatching(/^\d{16}$/));

describe('fuzzing the question packet reader', () => {
  it('opens the untouched packet with its code', async () => {
    expect(await attempt(sealed.bytes, sealed.code)).toBe('opened');
  });

  it('1,500 mutated packets are refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: sealed.bytes.length - 1 }), fc.integer({ min: 1, max: 255 })), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.boolean(),
        code,
        async (flips, forgeChecksum, typed) => {
          const bytes = sealed.bytes.slice();
          for (const [at, mask] of flips) if (at < 8 || at >= 16 || !forgeChecksum) bytes[at] = bytes[at]! ^ mask;
          if (forgeChecksum) {
            const body = bytes.subarray(0, bytes.length - CHECKSUM_BYTES);
            bytes.set(sodium.crypto_generichash(CHECKSUM_BYTES, body, null), bytes.length - CHECKSUM_BYTES);
          }
          const outcome = await attempt(bytes, typed);
          if (!same(bytes, sealed.bytes)) expect(outcome).not.toBe('opened');
        },
      ),
      { numRuns: 1_500 },
    );
  });

  it('1,000 random files and truncations are refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2_000 }),
          fc.nat({ max: sealed.bytes.length - 1 }).map((n) => sealed.bytes.slice(0, n)),
        ),
        code,
        async (bytes, typed) => {
          expect(await attempt(bytes, typed)).not.toBe('opened');
        },
      ),
      { numRuns: 1_000 },
    );
  });

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
