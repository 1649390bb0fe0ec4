/**
 * Short texts for the partner's workbook screens (session expectations, safety screen, support
 * people, check-ins, impact letter). Plain, calm, non-gendered; no pass/fail wording.
 * productText.test.ts scans every string here.
 */
import { DRAFT_TEXTS } from './draftTexts';

export const SESSION_WHAT_TO_EXPECT: readonly string[] = [
  'The disclosure is usually a planned session in a therapist’s office or by video, often with both your therapist and your partner’s therapist there. It can last two hours or more.',
  'Your partner reads a written account that has been prepared over several weeks. You listen, and then you can ask the questions you have prepared, and any that come up in the moment.',
  'Your questions go to your own therapist first. They reach your partner only after the therapists have looked at them, and only if you decide to export them.',
  'You can ask for a pause at any time, step out of the room, or stop. Your therapist is there to support you, and you set the pace.',
];

export const SAFETY_SCREEN_INTRO =
  'Before you go on, a short safety check. It is only for you, it changes nothing else, and you can come back to it at any time.';

export const SAFETY_ALL_CLEAR =
  'Thank you for checking in with yourself. If anything changes, this page and the crisis resources are always here.';

export const SUPPORT_TYPED_NOTE =
  'You type each person in yourself. This workbook never looks at your contacts, and it never calls or messages anyone.';

export const SUPPORT_KIND_LABELS = {
  friendFamily: 'Trusted friend or family member',
  group: 'Support group (partner group, 12-step group for partners, peer group)',
  therapist: 'Therapist or coach trained in partner betrayal trauma',
  other: 'Someone else',
} as const;

export const CHECK_IN_NO_PRESSURE =
  'Check in whenever you like. Missing days is completely fine; there is nothing to keep up with.';

/** The partner's check-in form; `day` is the day written out in full ("Monday, 30 November 2026"). */
export const PARTNER_CHECK_IN_TEXTS = {
  heading: (day: string, isToday: boolean) => (isToday ? 'Today\u2019s check-in' : `Check-in for ${day}`),
  dayLabel: 'Day',
  dayIncomplete: (day: string) => `Choose a full date to see or write that day\u2019s check-in. Still showing ${day}.`,
  nothingYet: 'Nothing written for this day yet. Choosing any answer starts it.',
  distressLegend: 'Overall, how much distress do you feel? 0 is calm, 10 is the most you can imagine.',
  noteLabel: 'A note for myself (optional)',
  removeWhat: (day: string) => `the check-in for ${day}`,
  earlier: 'Earlier check-ins',
  showFewer: 'Show fewer',
  showAll: (n: number) => `Show all ${n}`,
} as const;

export const IMPACT_LETTER_TIMING =
  'This letter is usually written after the disclosure, when you feel ready. There is no need to start it now.';

export const IMPACT_LETTER_TEXTS = {
  editorLabel: 'My emotional impact letter',
  placeholder: 'Begin wherever feels possible today. A few words are enough.',
  letterName: DRAFT_TEXTS.letterNames.letter,
  areasSummary: (n: number) => `Areas your letter may cover (${n}), one at a time`,
} as const;
