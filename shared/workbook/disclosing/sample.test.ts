import { describe, expect, it } from 'vitest';
import { catalogSections } from '../../sections';
import { validateWorkbook } from '../content';
import { buildSample } from '../samples';
import { countWords, richTextToPlainText } from '../richText';

describe('disclosing samples', () => {
  it.each(['small', 'large'] as const)('%s: valid, deterministic, every section filled', (size) => {
    const a = buildSample('disclosing', size);
    const b = buildSample('disclosing', size);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const w = validateWorkbook(JSON.parse(JSON.stringify(a)), 'disclosing');
    if (w.role !== 'disclosing') throw new Error('role');
    for (const section of catalogSections('disclosing')) expect(section.isStarted(w), section.id).toBe(true);
    const s = w.sections;
    expect(s.beforeYouBegin.read).toBe(true);
    expect(s.inventory.cards.length).toBeGreaterThanOrEqual(10);
    expect(s.lies.items.length).toBeGreaterThan(0);
    expect(s.letter.drafts.length).toBeGreaterThan(0);
    expect(s.answers.packet?.questions.length).toBeGreaterThan(0);
    expect(s.polygraph.questions.length).toBeGreaterThan(0);
    expect(s.afterDisclosure.answers['sessionDay']).not.toBe('');
    expect(s.noContact.letters.length).toBeGreaterThan(0);
    expect(s.restitutionLetter.current).not.toBeNull();
    expect(s.polygraph.questions.every((q) => q.definitions !== '')).toBe(true);
    const words = countWords(richTextToPlainText(s.letter.current));
    if (size === 'large') {
      expect(s.timeline.entries).toHaveLength(500);
      expect(words).toBeGreaterThanOrEqual(29_000);
      expect(words).toBeLessThan(32_000);
    } else {
      expect(s.timeline.entries.length).toBeGreaterThanOrEqual(10);
      expect(words).toBeGreaterThan(500);
    }
  });

  it('the small letter reads as one letter: no sentence or heading said twice', () => {
    const w = buildSample('disclosing', 'small');
    if (w.role !== 'disclosing') throw new Error('role');
    const lines = richTextToPlainText(w.sections.letter.current).split('\n');
    const sentences = lines
      .flatMap((line) => line.split(/(?<=[.!?])\s+/))
      .map((x) => x.trim())
      .filter((x) => x !== '');
    expect(sentences.length).toBeGreaterThan(30);
    expect(sentences.filter((x, i) => sentences.indexOf(x) !== i)).toEqual([]);
    expect(lines.filter((x) => /\(part \d+\)/.test(x))).toEqual([]);
  });
});
