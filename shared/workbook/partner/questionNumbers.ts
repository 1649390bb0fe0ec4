import type { PartnerQuestion } from '../schema';
import { isReadyToAsk } from './questionCounts';

/**
 * Question numbers: each question gets one when it is first released (in a packet or a
 * therapist package), in the partner's order, and keeps it for good. A number is never given
 * to another question, even after its question is deleted, so "question 7" means the same
 * question in the packet, the therapist document and the Answers screen.
 */
export function numberReadyQuestions(
  items: readonly PartnerQuestion[],
  nextNumber: number,
): { items: PartnerQuestion[]; nextNumber: number; given: Record<string, number> } {
  const highest = items.reduce((n, q) => Math.max(n, q.number ?? 0), 0);
  let next = Math.max(nextNumber, highest + 1);
  const given: Record<string, number> = {};
  const out = items.map((q) => {
    if (q.number !== null || !isReadyToAsk(q)) return q;
    given[q.id] = next;
    return { ...q, number: next++ };
  });
  return { items: out, nextNumber: next, given };
}
