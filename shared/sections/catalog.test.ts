import { describe, expect, it } from 'vitest';
import { buildSample } from '../workbook/samples';
import { EXPECTED_SECTIONS } from './__fixtures__/expectedSections';
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
  it.each(ROLES)('lists the %s sections in the order of the guided path, with their titles', (role) => {
    expect(sectionIds(role)).toEqual(EXPECTED_SECTIONS[role].path.map(([id]) => id));
    expect(catalogSections(role).map((s) => [s.id, s.title])).toEqual(EXPECTED_SECTIONS[role].path);
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

  it.each(ROLES)('%s: orders the document, private sections last, each place taken once', (role) => {
    const expected = EXPECTED_SECTIONS[role];
    expect(documentSectionIds(role)).toEqual(expected.document);
    const orders = catalogSections(role).flatMap((s) => (s.document ? [s.document.order] : []));
    expect(new Set(orders).size).toBe(orders.length);
    // The writer's own plans and check-ins, and all but the partner's questions, are private by default.
    for (const s of catalogSections(role))
      expect(s.document?.private ?? null, s.id).toBe(expected.document.includes(s.id) ? expected.private.includes(s.id) : null);
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
