/**
 * Children and family in the inventory, milestones on the timeline, the disclosing partner's own
 * check-in and the partner's own testing. Calm, first person, non-gendered; scanned by
 * productText.test.ts like every module here.
 */
import type { MilestoneKind } from '../workbook/categories';

export const CHILDREN_TEXTS = {
  title: 'Children and family',
  description: 'Whether any children saw, heard, found or were present for anything connected to this.',
  noticeTitle: 'Before you write anything here.',
  notice:
    'Please talk with your therapist before you write any details here. Details about children can have legal and reporting consequences, and what you write in this workbook could be read by others. Until then, a short placeholder such as "to discuss with my therapist" is enough.',
  question: 'Did any children see or find anything connected to this, or were any present when something happened?',
  placeholderLabel: 'A placeholder for now',
  placeholderHint: 'A few words are enough until you have talked with your therapist.',
  talkedLabel: 'I have talked this through with my therapist',
  noAnswer: 'Noted. If something comes back to you later, you can change this at any time.',
  tellingChildren:
    'If you and your partner are thinking about telling children anything, plan it with your therapist first, so that what is said fits each child\u2019s age and is said by the right person at the right time.',
  documentPlaceholder: 'Answered; details are to be reviewed with the therapist first.',
  openItem: 'Children and family: answered; details are to be reviewed with the therapist first',
  unanswered: 'Children and family: not answered yet',
} as const;

export const MILESTONE_KIND_LABELS: Record<MilestoneKind, string> = {
  wedding: 'Wedding or commitment',
  birth: 'A birth',
  move: 'A move',
  illness: 'An illness',
  job: 'A job change',
  other: 'Another life event',
};

export const MILESTONE_TEXTS = {
  title: 'Milestones for context',
  intro:
    'Life events such as a wedding, a birth, a move, an illness or a job change can help place everything else on the same line of time. They appear greyed in the timeline and the document, as context only.',
  add: 'Add a milestone',
  kindLabel: 'Kind of event',
  labelLabel: 'What it was, in a few words',
  dateLabel: 'When (an approximate date is fine)',
  empty: 'No milestones yet. They are optional.',
  inTimeline: 'Milestone',
  documentNote: 'Milestones appear in grey, as context for the entries around them.',
  /** The timeline's "Entries by year" chart: milestones are marked beside the bars, never counted in them. */
  chartCount: (n: number) => `${n} ${n === 1 ? 'milestone' : 'milestones'}`,
  chartLegend: 'Milestone, for context (not counted as an entry)',
  chartColumn: 'Milestones, for context (not counted)',
  chartCaption: 'Number of timeline entries per year and category; milestones are listed for context and not counted',
} as const;

export const SELF_CHECK_IN_TEXTS = {
  heading: (day: string, isToday: boolean) => (isToday ? 'Today\u2019s check-in' : `Day: ${day}`),
  distressLegend: 'Overall, how much distress do you feel? 0 is calm, 10 is the most you can imagine.',
  dayLabel: 'Day',
  noteLabel: 'A note for myself (optional)',
  nothingYet: 'Nothing written for this day yet. Choosing any answer starts it.',
  earlier: 'Earlier check-ins',
  distressSummary: (n: number | null) => (n === null ? 'distress not noted' : `distress ${n} of 10`),
  safetyNoted: 'a safety item was ticked',
  removeWhat: (day: string) => `the check-in for ${day}`,
  contactsHeading: 'People I listed to call (from Readiness and care)',
} as const;

export const OWN_TESTING_TEXTS = {
  title: 'My own health and testing',
  prompt:
    'Looking after your own health is part of looking after yourself. If there is any chance of a sexually transmitted infection, a doctor or sexual health clinic can tell you which tests make sense and when to repeat them. What you note here stays private.',
  add: 'Add a test',
  dateLabel: 'When',
  whatLabel: 'What the test was for',
  resultLabel: 'The result, in my words',
  notesLabel: 'Notes for myself (follow-ups, next appointment)',
  empty: 'Nothing noted yet.',
  removeWhat: (n: number) => `test ${n}`,
} as const;
