import { describe, expect, it } from 'vitest';
import { buildSample } from '../workbook/samples';
import { disclosingSectionsSchema, emptyWorkbook, partnerSectionsSchema, ROLES } from '../workbook/schema';
import {
  catalogSection,
  catalogSections,
  DISCLOSING_CATALOG,
  documentSectionIds,
  PARTNER_CATALOG,
  sectionIds,
  workbookCounts,
} from './index';

const NOW = new Date('2026-01-15T10:00:00Z');

describe('section catalog', () => {
  it('lists the disclosing sections in the order of the guided path, with their titles', () => {
    expect(sectionIds('disclosing')).toEqual([
      'beforeYouBegin',
      'inventory',
      'timeline',
      'lies',
      'letter',
      'answers',
      'polygraph',
      'readiness',
      'checkIns',
      'afterDisclosure',
      'noContact',
      'restitutionLetter',
    ]);
    expect(catalogSections('disclosing').map((s) => s.title)).toEqual([
      'Before you begin',
      'Inventory',
      'Timeline',
      'Lies and gaslighting',
      'The disclosure letter',
      'Answers to your partner\u2019s questions',
      'Polygraph questions',
      'Readiness and care',
      'My check-ins',
      'After the disclosure',
      'No-contact letters',
      'Restitution letter',
    ]);
  });

  it('lists the partner sections in the order of the guided path, with their titles', () => {
    expect(sectionIds('partner')).toEqual([
      'beforeYouBegin',
      'questions',
      'support',
      'boundaries',
      'safetyPlan',
      'afterDisclosure',
      'checkIns',
      'impactLetter',
      'polygraph',
      'crisis',
    ]);
    expect(catalogSections('partner').map((s) => s.title)).toEqual([
      'Before you begin',
      'My questions',
      'My support people',
      'Boundaries',
      'Safety and self-care plan',
      'After the disclosure',
      'Check-ins',
      'Emotional impact letter',
      'Polygraph, if it is used',
      'Crisis resources',
    ]);
  });

  it('names each section the same in the navigation as in its heading (no shorter labels yet)', () => {
    for (const role of ROLES) for (const s of catalogSections(role)) expect(s.navLabel, s.id).toBe(s.title);
  });

  it('has exactly one entry per schema section, holding that section\u2019s slice of the schema', () => {
    expect(Object.keys(DISCLOSING_CATALOG).sort()).toEqual(Object.keys(disclosingSectionsSchema.shape).sort());
    expect(Object.keys(PARTNER_CATALOG).sort()).toEqual(Object.keys(partnerSectionsSchema.shape).sort());
    for (const [id, entry] of Object.entries(DISCLOSING_CATALOG))
      expect(entry.schema, id).toBe(disclosingSectionsSchema.shape[id as keyof typeof disclosingSectionsSchema.shape]);
    for (const [id, entry] of Object.entries(PARTNER_CATALOG))
      expect(entry.schema, id).toBe(partnerSectionsSchema.shape[id as keyof typeof partnerSectionsSchema.shape]);
  });

  it('knows the same id in both roles apart', () => {
    expect(catalogSection('disclosing', 'beforeYouBegin').texts).not.toBe(catalogSection('partner', 'beforeYouBegin').texts);
    expect(() => catalogSection('partner', 'inventory')).toThrow(/no section "inventory"/);
    const partner = emptyWorkbook('partner', '', NOW);
    expect(() => catalogSection('disclosing', 'beforeYouBegin').isStarted(partner)).toThrow(/disclosing workbook/);
  });

  it('orders the document: the letter first, private sections last, each place taken once', () => {
    expect(documentSectionIds('disclosing')).toEqual([
      'letter',
      'inventory',
      'timeline',
      'lies',
      'answers',
      'polygraph',
      'noContact',
      'restitutionLetter',
      'readiness',
      'afterDisclosure',
      'checkIns',
    ]);
    expect(documentSectionIds('partner')).toEqual([
      'questions',
      'checkIns',
      'boundaries',
      'safetyPlan',
      'support',
      'impactLetter',
      'crisis',
      'afterDisclosure',
      'polygraph',
    ]);
    for (const role of ROLES) {
      const orders = catalogSections(role).flatMap((s) => (s.document ? [s.document.order] : []));
      expect(new Set(orders).size, role).toBe(orders.length);
    }
    expect(catalogSection('disclosing', 'readiness').document?.private).toBe(true);
    expect(catalogSection('disclosing', 'checkIns').document?.private).toBe(true);
    expect(catalogSection('partner', 'safetyPlan').document?.private).toBe(true);
    expect(catalogSection('disclosing', 'letter').document?.private).toBe(false);
    expect(catalogSection('partner', 'questions').document?.private).toBe(false);
    expect(catalogSection('partner', 'beforeYouBegin').document).toBeNull();
    // The writer's own plans and the partner's polygraph wishes are private by default.
    expect(catalogSection('disclosing', 'afterDisclosure').document?.private).toBe(true);
    expect(catalogSection('partner', 'afterDisclosure').document?.private).toBe(true);
    expect(catalogSection('partner', 'polygraph').document?.private).toBe(true);
    expect(catalogSection('disclosing', 'noContact').document?.private).toBe(false);
  });

  it.each(ROLES)('%s: nothing is started or complete in a new workbook, and the outline says so', (role) => {
    const wb = emptyWorkbook(role, '', NOW);
    for (const s of catalogSections(role)) {
      expect(s.isStarted(wb), s.id).toBe(false);
      expect(s.isComplete?.(wb) ?? false, s.id).toBe(false);
      expect(s.outlineCount(wb), s.id).toMatch(/^(0 |not |working)/);
    }
  });

  it.each(ROLES)('%s: the large sample starts every section', (role) => {
    const wb = buildSample(role, 'large');
    expect(
      catalogSections(role)
        .filter((s) => !s.isStarted(wb))
        .map((s) => s.id),
    ).toEqual([]);
  });

  it('gives `workbook verify` its figures under the names it always used, never text', () => {
    const d = buildSample('disclosing', 'small');
    expect(Object.keys(workbookCounts(d))).toEqual([
      'inventoryCards',
      'timelineEntries',
      'lies',
      'letterDrafts',
      'releasedQuestions',
      'answers',
      'polygraphQuestions',
      'selfCheckIns',
      'noContactLetters',
      'restitutionDrafts',
    ]);
    const p = buildSample('partner', 'small');
    expect(Object.keys(workbookCounts(p))).toEqual([
      'questions',
      'supportPeople',
      'boundaries',
      'checkIns',
      'impactLetterDrafts',
      'localResources',
    ]);
    for (const v of [...Object.values(workbookCounts(d)), ...Object.values(workbookCounts(p))]) expect(typeof v).toBe('number');
    if (p.role !== 'partner') throw new Error('role');
    expect(workbookCounts(p)['questions']).toBe(p.sections.questions.items.length);
  });

  it('marks a section complete by its rule', () => {
    const wb = emptyWorkbook('partner', '', NOW);
    if (wb.role !== 'partner') throw new Error('role');
    const read = { ...wb, sections: { ...wb.sections, beforeYouBegin: { ...wb.sections.beforeYouBegin, read: true } } };
    expect(catalogSection('partner', 'beforeYouBegin').isComplete?.(read)).toBe(true);
    expect(catalogSection('partner', 'questions').isComplete).toBeNull();
  });
});
