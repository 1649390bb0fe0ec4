import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSentinels } from '../../../tests/e2e/securitySentinels';
import { defaultShareSections, shareWorkbook } from '../../../shared/export/therapistPackage';
import { countingSodium } from '../vault/__fixtures__/countingSodium';
import { loadSodium } from '../vault/sodium';
import { createVault, TEST_KDF } from '../vault/vault';
import { attemptWith, itRefusesChangedFiles } from './codeSealedFile.fuzzCases';
import { openTherapistPackage, PackageError, sealTherapistPackage } from './therapistPackageFile';

/**
 * Therapist packages arrive as files from outside. 3,000+ mutated, checksum-forged, random,
 * truncated and wrongly-filled packages: every case ends in a PackageError with a readable
 * message, at no more Argon2id work than a genuine package asks for; never another exception, never a
 * success on changed bytes.
 */
const sodium = await loadSodium();
const counted = countingSodium(sodium);
const vault = createVault(counted.sodium, { kdf: TEST_KDF });
const sentinels = makeSentinels();
const disclosing = sentinels.workbooks.disclosing;
const readinessSentinels = [...sentinels.fields].filter(([, field]) => field.startsWith('readiness')).map(([v]) => v);
const shared = shareWorkbook(disclosing, defaultShareSections('disclosing'), 'current', new Date('2026-01-22T10:00:00Z'));
const sealed = await sealTherapistPackage(vault, sodium, shared);

const attempt = attemptWith((bytes, code) => openTherapistPackage(vault, bytes, code, 'disclosing'), PackageError, counted.work);

describe('fuzzing the therapist package reader', () => {
  it('opens the untouched package with its code; private sections left out by default are nowhere in it', async () => {
    expect(readinessSentinels.length).toBeGreaterThan(0);
    const json = JSON.stringify(await openTherapistPackage(vault, sealed.bytes, sealed.code, 'disclosing'));
    for (const v of readinessSentinels) expect(json).not.toContain(v);
  });
  itRefusesChangedFiles('package', sodium, sealed, attempt);

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
