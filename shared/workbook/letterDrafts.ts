/** Rules for a letter's numbered drafts (the disclosure letter and the impact letter alike). */
import { richTextToPlainText } from './richText';
import type { Letter } from './schema';

/** The number the next saved draft gets: one more than the highest so far (numbers are never reused). */
export function nextDraftNumber(drafts: Letter['drafts']): number {
  return drafts.reduce((max, d) => Math.max(max, d.number), 0) + 1;
}

/**
 * Whether restoring a draft would lose what is in the editor now: true when the current
 * letter has words that no saved draft holds, so it must be kept as a new draft first.
 */
export function currentNeedsKeeping(letter: Pick<Letter, 'current' | 'drafts'>): boolean {
  const text = richTextToPlainText(letter.current);
  if (text.trim() === '') return false;
  return !letter.drafts.some((d) => richTextToPlainText(d.content) === text);
}
