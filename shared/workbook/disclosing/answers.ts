import type { DisclosingWorkbook } from '../schema';

/** Questions in the imported packet that have neither an answer nor a pointer to the letter's section. */
export function unansweredCount(s: DisclosingWorkbook['sections']['answers']): number {
  if (!s.packet) return 0;
  return s.packet.questions.filter((q) => {
    const a = s.answers[q.id];
    return !a || (a.text.trim() === '' && a.letterSection.trim() === '');
  }).length;
}
