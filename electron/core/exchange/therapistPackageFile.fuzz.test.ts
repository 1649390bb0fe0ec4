import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSentinels } from '../../../tests/e2e/securitySentinels';
import { defaultShareSections, shareWorkbook } from '../../../shared/export/therapistPackage';
import { CHECKSUM_BYTES } from '../vault/format';
import { loadSodium } from '../vault/sodium';
import { createVault, TEST_KDF } from '../vault/vault';
import { openTherapistPackage, PackageError, sealTherapistPackage } from './therapistPackageFile';

/**
 * Therapist packages arrive as files from outside. 3,000+ mutated, checksum-forged, random,
 * truncated and wrongly-filled packages: every case ends in a PackageError with a readable
 * message; never another exception, never a success on changed bytes.
 */
const sodium = await loadSodium();
const vault = createVault(sodium, { kdf: TEST_KDF });
const sentinels = makeSentinels();
const disclosing = sentinels.workbooks.disclosing;
const readinessSentinels = [...sentinels.fields].filter(([, field]) => field.startsWith('readiness')).map(([v]) => v);
const shared = shareWorkbook(disclosing, defaultShareSections('disclosing'), 'current', new Date('2026-01-22T10:00:00Z'));
const sealed = await sealTherapistPackage(vault, sodium, shared);
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

async function attempt(bytes: Uint8Array, code: string): Promise<'opened' | PackageError['code']> {
  try {
    await openTherapistPackage(vault, bytes, code, 'disclosing');
    return 'opened';
  } catch (error) {
    if (!(error instanceof PackageError)) throw new Error(`unexpected ${String(error)}`, { cause: error });
    expect(error.message).toMatch(/^[A-Z].{10,}/);
    return error.code;
  }
}

const code = fc.oneof(fc.constant(sealed.code), fc.string({ maxLength: 30 }), fc.stringMatching(/^\d{16}$/));

describe('fuzzing the therapist package reader', () => {
  it('opens the untouched package with its code; private sections left out by default are nowhere in it', async () => {
    expect(readinessSentinels.length).toBeGreaterThan(0);
    const json = JSON.stringify(await openTherapistPackage(vault, sealed.bytes, sealed.code, 'disclosing'));
    for (const v of readinessSentinels) expect(json).not.toContain(v);
    expect(await attempt(sealed.bytes, sealed.code)).toBe('opened');
  });
  it('1,500 mutated packages are refused', async () => {
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
  it('600 authentic packages with hostile content are refused or read with nothing but the named sections', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string({ maxLength: 300 }),
          fc
            .record({
              format: fc.constant('dwb-therapist-package'),
              version: fc.constant(1),
              role: fc.constantFrom('disclosing', 'partner', 'other'),
              madeAt: fc.constant('2026-01-22T10:00:00.000Z'),
              sections: fc.array(fc.constantFrom('letter', 'inventory', 'questions', 'readiness', 'nope'), { maxLength: 4 }),
              letter: fc.constant(null),
              questionPriority: fc.boolean(),
              workbook: fc.constantFrom<unknown>(disclosing, {}, null, 'x'),
            })
            .map((v) => JSON.stringify(v)),
        ),
        async (text) => {
          const { session } = await vault.create('package', sealed.code);
          const bytes = await vault.seal(session, new TextEncoder().encode(text));
          vault.close(session);
          const outcome = await attempt(bytes, sealed.code);
          expect(['opened', 'damaged', 'wrong-slot']).toContain(outcome);
          if (outcome === 'opened') {
            const opened = await openTherapistPackage(vault, bytes, sealed.code, 'disclosing');
            // A hostile package cannot smuggle in a section it does not name.
            const json = JSON.stringify(opened.workbook);
            if (!opened.sections.includes('readiness')) for (const v of readinessSentinels) expect(json).not.toContain(v);
          }
        },
      ),
      { numRuns: 600 },
    );
    const { session } = await vault.create('disclosing', sealed.code);
    const workbook = await vault.seal(session, new TextEncoder().encode(JSON.stringify(disclosing)));
    expect(await attempt(workbook, sealed.code)).toBe('not-a-package');
  });
});
