/**
 * Crisis lines shown on the crisis page. These are United States numbers; the person using
 * the app can add local ones. The app never dials or sends anything by itself.
 */

export interface CrisisResource {
  readonly id: string;
  readonly name: string;
  /** How to reach them, written out in full. */
  readonly how: string;
  readonly description: string;
}

export const CRISIS_RESOURCES_US: readonly CrisisResource[] = [
  {
    id: 'us-988',
    name: '988 Suicide & Crisis Lifeline',
    how: 'Call or text 988',
    description:
      'Free and confidential support, any time of day or night, if you are thinking about harming yourself or are in emotional distress.',
  },
  {
    id: 'us-ndvh',
    name: 'National Domestic Violence Hotline',
    how: 'Call 1-800-799-7233, or text START to 88788',
    description:
      'Confidential help any time if you feel afraid of your partner, are being hurt or threatened, or want to make a safety plan.',
  },
  {
    id: 'us-crisis-text-line',
    name: 'Crisis Text Line',
    how: 'Text HOME to 741741',
    description: 'A trained crisis counsellor by text message, any time, for any kind of crisis.',
  },
];

export const CRISIS_NOTE =
  'These are United States numbers. If you live somewhere else, or have people and services you trust nearby, you can add your own. ' +
  'Nothing here is dialled or sent automatically; you decide whether and when to reach out. ' +
  'If you are in immediate danger, contact your local emergency number.';
