import { describe, it, expect } from 'vitest';
import { HEALTH_TEST_RECOMMENDATION, INVENTORY_CATEGORIES, LIE_KIND_GUIDANCE, LIE_KIND_LABELS, PLACE_LABELS } from './inventory';
import { INVENTORY_CATEGORY_IDS, LIE_KINDS, PLACE_IDS } from '../workbook/categories';

describe('inventory guidance', () => {
  it('lists every category in id order with label, description and guidance', () => {
    expect(INVENTORY_CATEGORIES.map((c) => c.id)).toEqual([...INVENTORY_CATEGORY_IDS]);
    for (const c of INVENTORY_CATEGORIES) {
      expect(c.label.length).toBeGreaterThan(0);
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.guidance.length).toBeGreaterThan(0);
    }
    expect(INVENTORY_CATEGORIES.map((c) => c.label)).toEqual([
      'Pornography',
      'Sexting, chat and webcams',
      'Dating or hookup apps',
      'Emotional affairs',
      'Physical affairs',
      'Paid sex, escorts, massage',
      'Strip clubs',
      'Voyeurism or exhibitionism',
      'Illegal behaviour',
      'Other',
    ]);
  });

  it('gives the illegal category, and only that one, a legal notice about a lawyer and the therapist', () => {
    const withNotice = INVENTORY_CATEGORIES.filter((c) => c.legalNotice !== undefined);
    expect(withNotice.map((c) => c.id)).toEqual(['illegal']);
    const notice = withNotice[0]?.legalNotice ?? '';
    expect(notice).toMatch(/lawyer/);
    expect(notice).toMatch(/therapist/);
    expect(notice).toMatch(/before/);
  });

  it('labels every place and lie kind', () => {
    for (const id of PLACE_IDS) expect(PLACE_LABELS[id].length).toBeGreaterThan(0);
    expect(PLACE_LABELS.ourBed).toBe('Our bed');
    expect(PLACE_LABELS.travel).toBe('While travelling');
    for (const kind of LIE_KINDS) {
      expect(LIE_KIND_LABELS[kind].length).toBeGreaterThan(0);
      expect(LIE_KIND_GUIDANCE[kind].length).toBeGreaterThan(0);
    }
    expect(LIE_KIND_LABELS.deniedSuspicion).toBe('Times I denied what you rightly suspected');
  });

  it('recommends testing for both partners after unprotected contact', () => {
    expect(HEALTH_TEST_RECOMMENDATION).toMatch(/tested/);
    expect(HEALTH_TEST_RECOMMENDATION).toMatch(/partner/);
    expect(HEALTH_TEST_RECOMMENDATION).toMatch(/protection/);
  });
});
