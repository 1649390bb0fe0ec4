/**
 * Numbered drafts of a letter (the disclosure letter, the impact letter, the restitution letter,
 * a no-contact letter): saving, viewing, restoring and comparing them.
 */

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export const DRAFT_TEXTS = {
  title: 'Drafts',
  /** How each letter is named in the sentences below. */
  letterNames: {
    letter: 'your letter',
    restitution: 'your restitution letter',
    noContact: (who: string) => `the letter to ${who}`,
  },
  save: (n: number) => `Save as draft ${n}`,
  lead: (letterName: string) =>
    `A draft is a snapshot of ${letterName} to take to your therapist. Saving one never changes what you are writing.`,
  empty: (letterName: string) => `No drafts yet. When ${letterName} feels ready to talk through, save it as draft 1.`,
  saved: (n: number) => `Draft ${n} is saved. You can keep writing; the draft stays as it is.`,
  restored: (n: number) => `Draft ${n} is back in the editor.`,
  restoredKeptCurrent: (n: number, kept: number) =>
    `Draft ${n} is back in the editor. What you had before is kept as draft ${kept}.`,
  name: (n: number) => `Draft ${n}`,
  words: (n: number) => count(n, 'word', 'words'),
  reviewedBadge: 'Reviewed by my therapist',
  feedbackLabel: (n: number) => `Therapist’s feedback on draft ${n}`,
  reviewedLabel: (n: number) => `Draft ${n} has been reviewed by my therapist`,
  view: (n: number) => `View draft ${n}`,
  closeView: (n: number) => `Close draft ${n}`,
  viewLabel: (n: number) => `Draft ${n}, read only`,
  viewHint: (n: number) => `Draft ${n} as it was saved. It cannot be changed here; Restore puts it back into the editor.`,
  restore: (n: number) => `Restore draft ${n}`,
  /** The inline question before a restore; Escape or Cancel leaves everything as it is. */
  confirmRestore: (n: number) => `Put draft ${n} back into the editor?`,
  confirmRestoreYes: (n: number) => `Yes, restore draft ${n}`,
  cancel: 'Cancel',
} as const;

/** Comparing two versions of a letter side by side. */
export const DRAFT_COMPARE_TEXTS = {
  title: 'Compare two versions',
  earlier: 'Earlier version',
  later: 'Later version',
  /** The working copy, as one of the versions to compare. */
  now: 'The letter now',
  compare: 'Compare',
  compareAgain: 'Compare again',
  close: 'Close the comparison',
  same: 'These two versions have the same words.',
  summary: (added: number, removed: number) =>
    `${count(added, 'word', 'words')} added, ${count(removed, 'word', 'words')} taken out. Added words are marked in green with a plus line; removed words are struck through.`,
} as const;
