/**
 * The fuzz cases every code-sealed file reader must survive (see the two *.fuzz.test.ts beside
 * this file): the untouched file opens; 1,500 mutated or checksum-forged copies and 1,000
 * random files or truncations, under the right code, a random string or 16 random digits, never do.
 * `attempt` (see attemptWith) opens a file and returns 'opened' or the reader's error code.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { CHECKSUM_BYTES } from '../vault/format';
import type { Sodium } from '../vault/sodium';
import { TEST_KDF } from '../vault/vault';

/** The most work one attempt may cost: the one derivation a genuine file asks for, at its own settings. */
const MAX_WORK = TEST_KDF.opslimit * (TEST_KDF.memlimitKiB / 1024);

/**
 * Opens a file and says 'opened' or the reader's error code (its message readable); any other
 * exception fails the test. Each attempt is bounded by the Argon2id work it caused (`work`, from
 * countingSodium: a count, not the clock); a hang fails by the test's timeout.
 */
export function attemptWith<E extends Error & { code: string }>(
  open: (bytes: Uint8Array, code: string) => Promise<unknown>,
  errorClass: abstract new (...args: never[]) => E,
  work: () => number,
): (bytes: Uint8Array, code: string) => Promise<'opened' | E['code']> {
  return async (bytes, code) => {
    const before = work();
    let outcome: 'opened' | E['code'];
    try {
      await open(bytes, code);
      outcome = 'opened';
    } catch (error) {
      if (!(error instanceof errorClass)) throw new Error(`unexpected ${String(error)}`, { cause: error });
      expect(error.message).toMatch(/^[A-Z].{10,}/);
      outcome = error.code;
    }
    const cost = work() - before;
    if (cost > MAX_WORK) throw new Error(`cost ${cost} passes × MiB of Argon2id`);
    return outcome;
  };
}

export function itRefusesChangedFiles(
  what: string,
  sodium: Sodium,
  sealed: { bytes: Uint8Array; code: string },
  attempt: (bytes: Uint8Array, code: string) => Promise<string>,
) {
  const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
  const code = fc.oneof(fc.constant(sealed.code), fc.string({ maxLength: 30 }), fc.stringMatching(/^\d{16}$/));

  it(`opens the untouched ${what} with its code`, async () => {
    expect(await attempt(sealed.bytes, sealed.code)).toBe('opened');
  });

  it(`1,500 mutated ${what}s are refused`, async () => {
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

  it(`1,000 random files and truncated ${what}s are refused`, async () => {
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
}
