/**
 * The texts the typing bench pastes and types (scripts/bench/typing.ts), kept apart so a unit
 * test can check them without a browser (texts.test.ts).
 */
import { countWords, richTextToPlainText } from '../../shared/workbook/richText';
import { buildSample } from '../../shared/workbook/samples';
import { MAX_LONG } from '../../shared/workbook/limits';

export const SENTENCES = ['I told you I was working late on the reports. ', 'That was not true, and I knew it was not. '];
export const ROUNDS = 6;
export const PASTE_WORDS = 45_000;
/** Room left below the limit for what the bench types (a full field takes no more keys). */
export const TEXT_AREA_CHARS = MAX_LONG - ROUNDS * SENTENCES.join('').length - 50;

/** What a person pastes: the sample letter's paragraphs over and over, `words` words in all. */
export function pasteText(paragraphs: readonly string[], words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    out.push(p);
    count += countWords(p);
  }
  return out.join('\n');
}

/**
 * Exactly `characters` characters of the paragraphs over and over. Counted in characters, not
 * words: the text area's scenario waits for a field holding this many, and a text built from a
 * word count fell short of it once the sample's wording changed (shorter words), so the field
 * was never found.
 */
export function textOfLength(paragraphs: readonly string[], characters: number): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < characters; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    out.push(p);
    length += p.length + 1;
  }
  return out.join('\n').slice(0, characters);
}

/**
 * The large sample workbook with an empty letter (the bench pastes `letterPaste`, 45,000 words,
 * into it) and a first lie holding `longField`, TEXT_AREA_CHARS characters.
 */
export function benchTexts() {
  const sample = buildSample('disclosing', 'large');
  if (sample.role !== 'disclosing') throw new Error('sample role');
  const paragraphs = richTextToPlainText(sample.sections.letter.current)
    .split('\n')
    .filter((p) => p.trim() !== '');
  const letterPaste = pasteText(paragraphs, PASTE_WORDS);
  const longField = textOfLength(paragraphs, TEXT_AREA_CHARS);
  // The rest of the workbook stays large; the letter starts empty (the paste fills it), and the
  // first lie holds the long text.
  sample.sections.letter.current = null;
  sample.sections.lies.items.unshift({ id: 'bench-long-lie', kind: 'coverStory', date: '', description: longField });
  return { sample, letterPaste, longField };
}
