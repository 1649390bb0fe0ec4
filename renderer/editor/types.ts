import type { Letter } from '../../shared/workbook/schema';

/** Change a letter with a recipe that mutates a draft of it (immer), like the shell's `update`. */
export type LetterChange = (recipe: (letter: Letter) => void) => void;

/** What a parent can ask of a mounted editor. */
export interface RichTextEditorHandle {
  /** Push what was typed into the letter now (normally this happens after a short pause). */
  flush(): void;
  /** Insert plain-text paragraphs at the caret (or at the end), ready to edit. */
  insertParagraphs(paragraphs: readonly string[]): void;
  focus(): void;
}
