/**
 * Word-level comparison of two letter drafts, for the side-by-side view.
 * Built on jsdiff's `diffWords`: unchanged, added and removed runs in reading order.
 */
import { diffWords } from 'diff';

export interface DiffPart {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

export interface DraftComparison {
  /** The older text, with removed runs marked (no additions). */
  readonly before: readonly DiffPart[];
  /** The newer text, with added runs marked (no removals). */
  readonly after: readonly DiffPart[];
  readonly addedWords: number;
  readonly removedWords: number;
}

function words(text: string): number {
  return (text.match(/\S+/g) ?? []).length;
}

export function diffDrafts(older: string, newer: string): DraftComparison {
  const parts = diffWords(older, newer);
  const before: DiffPart[] = [];
  const after: DiffPart[] = [];
  let addedWords = 0;
  let removedWords = 0;
  for (const p of parts) {
    if (p.added) {
      after.push({ kind: 'added', text: p.value });
      addedWords += words(p.value);
    } else if (p.removed) {
      before.push({ kind: 'removed', text: p.value });
      removedWords += words(p.value);
    } else {
      before.push({ kind: 'same', text: p.value });
      after.push({ kind: 'same', text: p.value });
    }
  }
  return { before, after, addedWords, removedWords };
}
