import type { Answer, DisclosingWorkbook } from '../schema';

/** An answer is there when it is written, or points to the section of the letter that answers it. */
export function isAnswered(answer: Answer | undefined): boolean {
  return answer !== undefined && (answer.text.trim() !== '' || answer.letterSection.trim() !== '');
}

/** Questions in the imported packet that have neither an answer nor a pointer to the letter's section. */
export function unansweredCount(s: DisclosingWorkbook['sections']['answers']): number {
  if (!s.packet) return 0;
  return s.packet.questions.filter((q) => !isAnswered(s.answers[q.id])).length;
}
