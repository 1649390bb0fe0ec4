import { describe, expect, it } from 'vitest';
import { countWords } from '../../shared/workbook/richText';
import { MAX_LONG } from '../../shared/workbook/limits';
import { benchTexts, PASTE_WORDS, TEXT_AREA_CHARS } from './_texts';

describe('the typing bench texts', () => {
  const { sample, letterPaste, longField } = benchTexts();

  it('the long lie holds exactly the characters the bench waits for (it fell short when built from a word count)', () => {
    expect(longField).toHaveLength(TEXT_AREA_CHARS);
    expect(TEXT_AREA_CHARS).toBeLessThan(MAX_LONG);
    expect(sample.role === 'disclosing' && sample.sections.lies.items[0]?.description).toBe(longField);
  });

  it('the letter paste is at least 45,000 words and the letter starts empty', () => {
    expect(countWords(letterPaste)).toBeGreaterThanOrEqual(PASTE_WORDS);
    expect(sample.role === 'disclosing' && sample.sections.letter.current).toBeNull();
  });
});
