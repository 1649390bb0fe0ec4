import { describe, it, expect } from 'vitest';
import {
  CHECK_IN_ITEMS,
  CHECK_IN_SCALE,
  DISCLOSING_READINESS_ITEMS,
  DISCLOSING_READINESS_NOTE,
  DISCLOSING_SECTION_TEXTS,
  GROUNDING_STEPS,
  IMPACT_LETTER_AREAS,
  PARTNER_CONSENT_NOTE,
  PARTNER_READINESS_ITEMS,
  PARTNER_SAFETY_ITEMS,
  PARTNER_SAFETY_NONE,
  PARTNER_SAFETY_NOTE,
  PARTNER_SECTION_TEXTS,
  PAUSE_TEXT,
  READINESS_CHECKLIST,
  SAFETY_PLAN_FIELD_LABELS,
  SAFETY_PLAN_PHASES,
  SCOPE_OPTIONS,
  type SectionText,
} from './sectionTexts';
import { EXPECTED_SECTIONS } from '../sections/__fixtures__/expectedSections';

/** Each section's title under its id (the section texts are keyed by the catalog's ids). */
const titlesById = (texts: Readonly<Record<string, SectionText>>) =>
  Object.fromEntries(Object.entries(texts).map(([id, s]) => [id, s.title]));

function expectUnique(ids: readonly string[]): void {
  expect(new Set(ids).size).toBe(ids.length);
}

function expectWellFormed(texts: Readonly<Record<string, SectionText>>): void {
  expectUnique(Object.values(texts).map((s) => s.title));
  for (const [id, s] of Object.entries(texts)) {
    expect(s.title.length, id).toBeGreaterThan(0);
    expect(s.summary.length, id).toBeGreaterThan(0);
    expect(s.summary.trim().endsWith('.'), id).toBe(true);
    expect(s.intro.length, id).toBeGreaterThan(0);
    expect(s.help.length, id).toBeGreaterThan(0);
    for (const p of [...s.intro, ...s.help]) expect(p.trim().length, id).toBeGreaterThan(0);
  }
}

describe('disclosing workbook sections', () => {
  it('has the expected titles', () => {
    expect(titlesById(DISCLOSING_SECTION_TEXTS)).toEqual(Object.fromEntries(EXPECTED_SECTIONS.disclosing.path));
    expectWellFormed(DISCLOSING_SECTION_TEXTS);
  });

  it('covers the essentials in "Before you begin"', () => {
    const intro = DISCLOSING_SECTION_TEXTS.beforeYouBegin.intro.join(' ');
    for (const phrase of [
      /in pieces/,
      /therapist/,
      /when, where, with whom, how often and how many/,
      /money/,
      /health/,
      /legal/,
      /lies/,
      /graphic/,
      /blame/,
      /excuses/,
      /smaller/,
      /invented/,
      /apolog/,
      /pace/,
      /emotional impact letter/,
      /restitution letter/,
    ]) {
      expect(intro).toMatch(phrase);
    }
  });

  it('has readiness items that inform and never block', () => {
    expect(DISCLOSING_READINESS_ITEMS.map((i) => i.id)).toEqual([
      'danger',
      'harmRisk',
      'legalRisk',
      'noSobriety',
      'relationshipEnding',
    ]);
    for (const item of DISCLOSING_READINESS_ITEMS) expect(item.talkToTherapistNote).toMatch(/therapist|crisis/);
    expect(DISCLOSING_READINESS_NOTE).toMatch(/therapist/);
    expect(READINESS_CHECKLIST.map((i) => i.id)).toEqual([
      'finalDraftReviewed',
      'dateSet',
      'supportPeople',
      'stiTest',
      'contactsEntered',
    ]);
  });

  it('offers two scopes and leaves the choice to the therapist', () => {
    expect(SCOPE_OPTIONS.map((o) => [o.id, o.label])).toEqual([
      ['relationship', 'Since our relationship began'],
      ['fullHistory', 'Full sexual history'],
    ]);
    for (const o of SCOPE_OPTIONS) expect(o.description).toMatch(/therapist decides/);
  });
});

describe('partner workbook sections', () => {
  it('has the expected titles', () => {
    expect(titlesById(PARTNER_SECTION_TEXTS)).toEqual(Object.fromEntries(EXPECTED_SECTIONS.partner.path));
    expectWellFormed(PARTNER_SECTION_TEXTS);
  });

  it('has readiness and consent items, each with a talk-to-your-therapist note, and says plainly who decides', () => {
    expect(PARTNER_READINESS_ITEMS.map((i) => i.id)).toEqual(['noSupport', 'pressured', 'relationshipEnding']);
    for (const item of PARTNER_READINESS_ITEMS) expect(item.talkToTherapistNote).toMatch(/therapist/);
    expect(PARTNER_CONSENT_NOTE).toBe('You decide whether and when a formal disclosure happens.');
    expect(PARTNER_SAFETY_NONE).toMatch(/None of these/);
  });

  it('has safety items with a note', () => {
    expect(PARTNER_SAFETY_ITEMS.map((i) => i.id)).toEqual(['inDanger', 'afraid', 'selfHarmThoughts']);
    expect(PARTNER_SAFETY_NOTE.length).toBeGreaterThan(0);
  });

  it('has a safety plan for before, during and after with labelled fields', () => {
    expect(SAFETY_PLAN_PHASES.map((p) => p.id)).toEqual(['before', 'during', 'after']);
    const used = new Set<string>();
    for (const phase of SAFETY_PLAN_PHASES) {
      expectUnique(phase.fields.map((f) => f.id));
      for (const f of phase.fields) {
        used.add(f.id);
        expect(f.label).toBe(SAFETY_PLAN_FIELD_LABELS[f.id]);
        expect(f.prompt.length).toBeGreaterThan(0);
      }
    }
    expect([...used].sort()).toEqual(Object.keys(SAFETY_PLAN_FIELD_LABELS).sort());
    expect(SAFETY_PLAN_FIELD_LABELS.companion).toBe('Who comes with me');
    expect(SAFETY_PLAN_FIELD_LABELS.bodyCalm).toBe('What helps my body calm down');
  });

  it('has check-in items rated 0 to 4 with plain labels', () => {
    expect(CHECK_IN_ITEMS.map((i) => i.id)).toEqual([
      'sleep',
      'intrusiveThoughts',
      'hypervigilance',
      'numbness',
      'anxiety',
      'anger',
      'grief',
    ]);
    expect(CHECK_IN_SCALE.map((s) => s.value)).toEqual([0, 1, 2, 3, 4]);
    expect(CHECK_IN_SCALE[0]?.label).toBe('Not at all');
    expect(CHECK_IN_SCALE[4]?.label).toBe('A lot');
  });

  it('has impact letter areas with one or two prompts each', () => {
    expectUnique(IMPACT_LETTER_AREAS.map((a) => a.id));
    // Feelings, promises and vows, family/children/friends and faith (optional) were added in v5.
    expect(IMPACT_LETTER_AREAS.length).toBe(12);
    const ids = IMPACT_LETTER_AREAS.map((a) => a.id);
    for (const id of ['feelings', 'vows', 'family', 'faith'] as const) expect(ids).toContain(id);
    const faith = IMPACT_LETTER_AREAS.find((a) => a.id === 'faith');
    expect(faith?.title).toMatch(/if it applies/);
    expect(IMPACT_LETTER_AREAS.find((a) => a.id === 'family')?.title).toMatch(/children/);
    for (const a of IMPACT_LETTER_AREAS) {
      expect(a.prompts.length).toBeGreaterThanOrEqual(1);
      expect(a.prompts.length).toBeLessThanOrEqual(2);
    }
  });

  it('has grounding steps counting down from five and a pause text', () => {
    expect(GROUNDING_STEPS.slice(0, 5).map((s) => s.count)).toEqual([5, 4, 3, 2, 1]);
    expect(PAUSE_TEXT.length).toBeGreaterThan(0);
  });
});
