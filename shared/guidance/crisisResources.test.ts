import { describe, expect, it } from 'vitest';
import {
  CRISIS_COUNTRIES,
  CRISIS_COUNTRY_IDS,
  CRISIS_NOTE,
  crisisCountry,
  orderedResources,
  suggestCrisisCountry,
} from './crisisResources';

const all = (id: (typeof CRISIS_COUNTRY_IDS)[number]) =>
  crisisCountry(id)
    .resources.map((r) => `${r.name}: ${r.how}`)
    .join('\n');

describe('crisis resources by country', () => {
  it('has one entry per country id, each with an emergency number, lines and a source checked on a real day', () => {
    expect(CRISIS_COUNTRIES.map((c) => c.id)).toEqual([...CRISIS_COUNTRY_IDS]);
    for (const c of CRISIS_COUNTRIES) {
      expect(c.emergency).toMatch(/^In immediate danger, call /);
      expect(c.resources.length).toBeGreaterThan(0);
      for (const source of [c.emergencySource, ...c.resources.map((r) => r.source)]) {
        expect(source.url).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
        expect(source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Number.isNaN(Date.parse(source.checked))).toBe(false);
      }
      const ids = c.resources.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('carries the verified numbers, emergency number first', () => {
    expect(crisisCountry('US').emergency).toContain('911');
    expect(all('US')).toMatch(/988 Suicide & Crisis Lifeline: Call or text 988/);
    expect(all('US')).toContain('1-800-799-7233');
    expect(all('US')).toContain('START to 88788');
    expect(all('US')).toContain('HOME to 741741');
    expect(crisisCountry('CA').emergency).toContain('911');
    expect(all('CA')).toContain('988');
    expect(crisisCountry('GB').emergency).toContain('999 or 112');
    expect(all('GB')).toContain('116 123');
    expect(all('GB')).toContain('0808 2000 247');
    expect(crisisCountry('IE').emergency).toContain('112 or 999');
    expect(all('IE')).toContain('116 123');
    expect(all('IE')).toContain('1800 341 900');
    expect(crisisCountry('AU').emergency).toContain('000');
    expect(all('AU')).toContain('13 11 14');
    expect(all('AU')).toContain('1800 737 732');
    expect(crisisCountry('NZ').emergency).toContain('111');
    expect(all('NZ')).toContain('1737');
    expect(all('NZ')).toContain('0800 733 843');
    expect(crisisCountry('other').emergency).toContain('your local emergency number');
    expect(all('other')).toContain('findahelpline.com');
  });

  it('every country but "other" has a domestic-violence line, and those come first when home feels unsafe', () => {
    for (const c of CRISIS_COUNTRIES.filter((x) => x.id !== 'other')) {
      expect(c.resources.some((r) => r.kind === 'domesticViolence')).toBe(true);
      expect(orderedResources(c, true)[0]?.kind).toBe('domesticViolence');
      expect(orderedResources(c, false)).toEqual(c.resources);
      expect([...orderedResources(c, true)].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        [...c.resources].sort((a, b) => a.id.localeCompare(b.id)),
      );
    }
  });

  it('only suggests a country from the locale; unknown regions and bare languages suggest "another country"', () => {
    expect(suggestCrisisCountry(['en-US'])).toBe('US');
    expect(suggestCrisisCountry(['en-GB', 'en'])).toBe('GB');
    expect(suggestCrisisCountry(['fr-CA'])).toBe('CA');
    expect(suggestCrisisCountry(['en_IE'])).toBe('IE');
    expect(suggestCrisisCountry(['en-au'])).toBe('AU');
    expect(suggestCrisisCountry(['mi-NZ'])).toBe('NZ');
    expect(suggestCrisisCountry(['zh-Hant-TW'])).toBe('other');
    expect(suggestCrisisCountry(['de-DE'])).toBe('other');
    expect(suggestCrisisCountry(['en'])).toBe('other');
    expect(suggestCrisisCountry(['en', 'en-NZ'])).toBe('NZ');
    expect(suggestCrisisCountry([])).toBe('other');
  });

  it('says nothing is dialled and that local numbers can be added', () => {
    for (const note of Object.values(CRISIS_NOTE)) expect(note).toMatch(/automatically/);
    expect(CRISIS_NOTE.partner).toMatch(/add local numbers/);
    // The disclosing workbook has no crisis page: its note names the page it has.
    expect(CRISIS_NOTE.disclosing).not.toMatch(/crisis resources page/);
    expect(CRISIS_NOTE.disclosing).toMatch(/Readiness and care/);
  });
});
