import { DRAFT_TEXTS } from './draftTexts';

/** The words every letter screen's writing area needs (see renderer/ui/LetterField). */
export interface LetterFieldTexts {
  /** The writing area's accessible name. */
  editorLabel: string;
  placeholder: string;
  /** How the drafts' sentences call the letter (one of DRAFT_TEXTS.letterNames). */
  letterName: string;
}

export const DISCLOSURE_LETTER_TEXTS = {
  editorLabel: 'Your disclosure letter',
  placeholder: 'Begin with what you did, in your own words…',
  letterName: DRAFT_TEXTS.letterNames.letter,
} as const satisfies LetterFieldTexts;

/** The button beside each area of an impact letter (the impact and restitution letters). */
export const START_PART_TEXTS = {
  button: 'Start this part in my letter',
  label: (areaTitle: string) => `Start a part about ${areaTitle.toLowerCase()} in my letter`,
} as const;
