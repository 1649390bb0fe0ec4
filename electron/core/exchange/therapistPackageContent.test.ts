import { describe, expect, it } from 'vitest';
import { makeSentinels } from '../../../tests/e2e/securitySentinels';
import { catalogSection } from '../../../shared/sections';
import { shareableSections, shareWorkbook } from '../../../shared/export/therapistPackage';
import type { PartnerWorkbook } from '../../../shared/workbook/schema';
import { loadSodium } from '../vault/sodium';
import { createVault, TEST_KDF } from '../vault/vault';
import { openTherapistPackage, sealTherapistPackage } from './therapistPackageFile';

/**
 * What a therapist package carries, read back the way the therapist's screen reads it (sealed with
 * real crypto, opened with its share code): the partner's suggested polygraph questions only when
 * the partner turned "Include" on; the rest of that page either way.
 */
const sodium = await loadSodium();
const vault = createVault(sodium, { kdf: TEST_KDF });
const madeAt = new Date('2026-01-22T10:00:00Z');

async function packaged(workbook: PartnerWorkbook): Promise<string> {
  const sealed = await sealTherapistPackage(
    vault,
    sodium,
    shareWorkbook(workbook, shareableSections('partner'), 'current', madeAt),
  );
  return JSON.stringify(await openTherapistPackage(vault, sealed.bytes, sealed.code, 'partner'));
}

describe('the partner’s polygraph page in a package', () => {
  const sentinels = makeSentinels();
  const partner = sentinels.workbooks.partner as PartnerWorkbook;
  const value = (field: string) => [...sentinels.fields].find(([, f]) => f === field)?.[0] ?? '';
  const question = value('partner.polygraph.question');
  const hearResult = value('partner.polygraph.hearResult');

  it('leaves the suggested questions in the workbook while "Include" is off (the default)', async () => {
    expect(partner.sections.polygraph.includeQuestions).toBe(false);
    expect(question).not.toBe('');
    const json = await packaged(partner);
    expect(json).not.toContain(question);
    expect(json).toContain(hearResult);
    // The partner's own share list does not count them as going either.
    expect(catalogSection('partner', 'polygraph').outlineCount(partner)).toBe('questions not included');
  });

  it('carries them, and the therapist’s outline counts them, once the partner includes them', async () => {
    const included: PartnerWorkbook = {
      ...partner,
      sections: { ...partner.sections, polygraph: { ...partner.sections.polygraph, includeQuestions: true } },
    };
    const json = await packaged(included);
    expect(json).toContain(question);
    expect(json).toContain(hearResult);
    expect(catalogSection('partner', 'polygraph').outlineCount(included)).toBe('1 question');
  });
});
