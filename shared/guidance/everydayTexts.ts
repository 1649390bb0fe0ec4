/** Texts for everyday use: removing with undo, searching a workbook, deleting a workbook. */

export const SHELL_TEXTS = {
  skipToContent: 'Skip to the content',
} as const;

export const UNDO_TEXTS = {
  undo: 'Undo',
  /** Read after the notice, for keyboard users. */
  shortcutHint: 'Ctrl+Z puts it back while you are not typing.',
  restored: 'It is back where it was.',
} as const;

/** "The cover story 2 was removed." — one sentence naming what went, never blaming. */
export function removedMessage(what: string): string {
  return `${what.charAt(0).toUpperCase()}${what.slice(1)} was removed.`;
}
