import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKSUM_BYTES, DamagedFileError, HEADER_BYTES, MAGIC } from './format';
import { countingSodium } from './__fixtures__/countingSodium';
import { loadSodium } from './sodium';
import { createVault, TEST_KDF, WrongSecretError } from './vault';

/**
 * Property-based fuzzing of the opening code: 10,000+ mutated and random files. Every case
 * must end in DamagedFileError or WrongSecretError (the two errors the service turns into
 * readable messages) at no more Argon2id work than a genuine file asks for; never another exception, a hang or a success on
 * changed bytes. The KDF fields (bytes 8-15) are left out of the checksum-recomputing
 * mutations: editing them is covered exactly by vault.security.test.ts (and the parser caps
 * the work they can ask for).
 */
const sodium = await loadSodium();
const counted = countingSodium(sodium);
const vault = createVault(counted.sodium, { kdf: TEST_KDF });
/** The most work one attempt may cost: the two derivations a genuine file can ask for, at its own settings. */
const MAX_WORK = 2 * TEST_KDF.opslimit * (TEST_KDF.memlimitKiB / 1024);
const PASS = 'fuzzing passphrase, long enough';
const created = await vault.create('partner', PASS);
const recoveryKey = created.recoveryKey;
const original = await vault.seal(created.session, new TextEncoder().encode('{"role":"partner","text":"fuzz"}'));
const KDF_FIELDS = [8, 16] as const;

const checksum = (body: Uint8Array) => sodium.crypto_generichash(CHECKSUM_BYTES, body, null);
function withChecksum(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length + CHECKSUM_BYTES);
  out.set(body);
  out.set(checksum(body), body.length);
  return out;
}
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

type Mutation =
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'set'; at: number; bytes: Uint8Array }
  | { kind: 'truncate'; length: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; count: number };

const position = fc.nat({ max: original.length - 1 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: position, mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('set' as const), at: position, bytes: fc.uint8Array({ minLength: 1, maxLength: 40 }) }),
  fc.record({ kind: fc.constant('truncate' as const), length: fc.nat({ max: original.length - 1 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: position, count: fc.integer({ min: 1, max: 64 }) }),
);

function apply(file: Uint8Array, m: Mutation): Uint8Array {
  switch (m.kind) {
    case 'flip': {
      const out = file.slice();
      out[m.at] = out[m.at]! ^ m.mask;
      return out;
    }
    case 'set': {
      const out = file.slice();
      if (m.at < out.length) out.set(m.bytes.subarray(0, out.length - m.at), m.at);
      return out;
    }
    case 'truncate':
      return file.slice(0, m.length);
    case 'insert':
      return Buffer.concat([file.subarray(0, m.at), m.bytes, file.subarray(m.at)]);
    case 'delete':
      return Buffer.concat([file.subarray(0, m.at), file.subarray(m.at + m.count)]);
  }
}

const secret = fc.oneof(
  fc.constant({ method: 'passphrase' as const, value: PASS }),
  fc.constant({ method: 'recoveryKey' as const, value: recoveryKey }),
  fc.string({ minLength: 1, maxLength: 40 }).map((value) => ({ method: 'passphrase' as const, value })),
  fc.string({ minLength: 1, maxLength: 60 }).map((value) => ({ method: 'recoveryKey' as const, value })),
);

/** Open, and classify: 'opened' | 'damaged' | 'wrong'. Anything else fails the test. */
async function attempt(file: Uint8Array, s: { method: 'passphrase' | 'recoveryKey'; value: string }): Promise<string> {
  const before = counted.work();
  let outcome: string;
  try {
    const { session } = await vault.open(file, s);
    vault.close(session);
    outcome = 'opened';
  } catch (error) {
    if (error instanceof DamagedFileError) outcome = 'damaged';
    else if (error instanceof WrongSecretError) outcome = 'wrong';
    else throw new Error(`unexpected ${String(error)}`, { cause: error });
  }
  // Bounded by the Argon2id work it caused (a count, not the clock); a hang fails by the test's timeout.
  const work = counted.work() - before;
  if (work > MAX_WORK) throw new Error(`cost ${work} passes × MiB of Argon2id`);
  return outcome;
}

let cases = 0;

describe('fuzzing the workbook file reader (vault.open)', () => {
  it('rejects 4,000 mutated files (1-3 mutations each) as damaged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), secret, async (mutations, s) => {
        cases++;
        const file = mutations.reduce(apply, original);
        const outcome = await attempt(file, s);
        if (same(file, original)) return; // mutations that cancel out
        expect(outcome).toBe('damaged');
      }),
      { numRuns: 4_000 },
    );
  });

  it('rejects 3,000 mutated files whose checksum the attacker recomputed (reaching the KDF and AEAD)', async () => {
    const body = original.subarray(0, original.length - CHECKSUM_BYTES);
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), secret, async (mutations, s) => {
        cases++;
        let changed = mutations.reduce(apply, body.slice());
        // Keep the KDF fields as they were (see the note at the top).
        if (changed.length >= KDF_FIELDS[1]) changed.set(original.subarray(KDF_FIELDS[0], KDF_FIELDS[1]), KDF_FIELDS[0]);
        const file = withChecksum(changed);
        const outcome = await attempt(file, s);
        changed = new Uint8Array(0);
        if (same(file, original)) return;
        expect(['damaged', 'wrong']).toContain(outcome);
      }),
      { numRuns: 3_000 },
    );
  });

  it('rejects 2,000 random files, with and without a valid magic, header and checksum', async () => {
    const header = original.subarray(0, HEADER_BYTES);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2_000 }),
          fc.uint8Array({ maxLength: 600 }).map((rest) => withChecksum(Buffer.concat([Uint8Array.from(MAGIC), rest]))),
          // A valid header with random ciphertext of the declared length.
          fc.uint8Array({ maxLength: 600 }).map((rest) => {
            const h = header.slice();
            new DataView(h.buffer).setUint32(HEADER_BYTES - 4, rest.length, true);
            return withChecksum(Buffer.concat([h, rest]));
          }),
        ),
        secret,
        async (file, s) => {
          cases++;
          expect(['damaged', 'wrong']).toContain(await attempt(file, s));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('rejects 1,000 files whose ciphertext was swapped with another workbook of the same person', async () => {
    const other = await vault.create('partner', PASS);
    await fc.assert(
      // From byte 17 on the two differ (salts, wrapped keys, nonces); before that they are equal.
      fc.asyncProperty(fc.string({ maxLength: 200 }), fc.integer({ min: 17, max: HEADER_BYTES }), async (text, split) => {
        cases++;
        const foreign = await vault.seal(other.session, new TextEncoder().encode(text));
        // Header part from one file, the rest from the other, checksum recomputed.
        const body = Buffer.concat([original.subarray(0, split), foreign.subarray(split, foreign.length - CHECKSUM_BYTES)]);
        const file = withChecksum(body);
        expect(['damaged', 'wrong']).toContain(await attempt(file, { method: 'passphrase', value: PASS }));
      }),
      { numRuns: 1_000 },
    );
  });

  it('ran at least 10,000 cases in total, and the untouched file still opens', async () => {
    expect(cases).toBeGreaterThanOrEqual(10_000);
    expect(await attempt(original, { method: 'passphrase', value: PASS })).toBe('opened');
  });
});
