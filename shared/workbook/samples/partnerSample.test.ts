import { describe, expect, it } from 'vitest';
import { catalogSections } from '../../sections';
import { partnerWorkbookSchema } from '../schema';
import { buildSample } from './index';

describe('partner sample', () => {
  it.each(['small', 'large'] as const)('fills every section (%s) and validates', (size) => {
    const wb = buildSample('partner', size);
    if (wb.role !== 'partner') throw new Error('expected a partner workbook');
    expect(partnerWorkbookSchema.parse(wb)).toEqual(wb);
    for (const section of catalogSections('partner')) expect(section.isStarted(wb), section.id).toBe(true);
    const s = wb.sections;
    expect(s.beforeYouBegin.read).toBe(true);
    expect(s.support.people.length).toBeGreaterThan(0);
    expect(s.boundaries.items.length).toBeGreaterThan(0);
    for (const phase of [s.safetyPlan.before, s.safetyPlan.during, s.afterDisclosure.answers])
      expect(Object.keys(phase).length).toBeGreaterThan(0);
    expect(s.impactLetter.current).not.toBeNull();
    expect(s.impactLetter.drafts.length).toBeGreaterThan(0);
    expect(s.crisis.localResources.length).toBeGreaterThan(0);
    expect(new Set(s.questions.items.map((q) => q.id)).size).toBe(s.questions.items.length);
    expect(new Set(s.checkIns.entries.map((c) => c.day)).size).toBe(s.checkIns.entries.length);
  });

  it('large has 300 questions and check-ins spanning 90 days', () => {
    const wb = buildSample('partner', 'large');
    if (wb.role !== 'partner') throw new Error('expected a partner workbook');
    expect(wb.sections.questions.items).toHaveLength(300);
    const days = wb.sections.checkIns.entries.map((e) => e.day).sort();
    expect(days).toHaveLength(90);
    expect(days.at(-1)).toBe('2026-01-15');
    expect(days[0]).toBe('2025-10-18');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildSample('partner', 'large'))).toBe(JSON.stringify(buildSample('partner', 'large')));
  });
});
