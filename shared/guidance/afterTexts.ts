/**
 * Prompts and labels for After the disclosure (both workbooks), the restitution and no-contact
 * letters, and both polygraph pages. Calm, first person, non-gendered; no pass/fail wording.
 * productText.test.ts scans every string here.
 */
import { DRAFT_TEXTS } from './draftTexts';

export interface AfterField {
  readonly id: string;
  readonly label: string;
  readonly prompt: string;
}

export interface AfterGroup {
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  readonly fields: readonly AfterField[];
}

const first72 = (whose: 'disclosing' | 'partner'): AfterGroup => ({
  id: 'first72',
  title: 'The first 72 hours',
  intro:
    whose === 'partner'
      ? 'The first three days can feel very long. A few decisions made now mean fewer to make then.'
      : 'The first three days belong to your partner\u2019s need for safety. Plan how you will give space and where your own support comes from.',
  fields: [
    {
      id: 'sleeping',
      label: 'Where each of us sleeps',
      prompt: 'For the first nights: the same room, separate rooms, or somewhere else?',
    },
    { id: 'withWhom', label: 'Who is with me', prompt: 'Who could be with you, or reachable, in the first days?' },
    {
      id: 'offLimits',
      label: 'What we do not discuss yet',
      prompt: 'Topics to leave for the therapists\u2019 room for now, such as new details or the future of the relationship.',
    },
    {
      id: 'stopSignal',
      label: 'Our stop signal',
      prompt: 'A word or gesture that means "stop this conversation now", and what each of you does when it is used.',
    },
  ],
});

/** Childcare on the session day: in both session-day plans (the answer key is the same as in v6). */
const childcare: AfterField = {
  id: 'childcare',
  label: 'Childcare and other care on the day',
  prompt: 'Who looks after children, pets or other duties on the day of the session and just after?',
};

/** Telling children anything is planned with the therapist and fits each child's age. */
const talkingWithChildren: AfterField = {
  id: 'talkingWithChildren',
  label: 'If children are to be told anything',
  prompt:
    'Any telling of children is planned with the therapist first, so that it fits each child\u2019s age. Note what you want to ask your therapist about it.',
};

const debrief: AfterGroup = {
  id: 'debrief',
  title: 'The debrief',
  intro: 'Most therapists plan a debrief session soon after the disclosure.',
  fields: [
    { id: 'debriefDate', label: 'When the debrief session is', prompt: 'A date and time, if one is set.' },
    { id: 'debriefNotes', label: 'What I want to bring to it', prompt: 'Anything you want to remember to say or ask.' },
  ],
};

const plans: AfterGroup = {
  id: 'plans',
  title: 'The weeks after: 30, 60 and 90 days',
  intro: 'Small, concrete steps are easier to keep than large promises.',
  fields: [
    { id: 'plan30', label: 'The first 30 days', prompt: 'Sessions, groups, rest, and what each week could hold.' },
    { id: 'plan60', label: 'By 60 days', prompt: 'What you hope will be in place.' },
    { id: 'plan90', label: 'By 90 days', prompt: 'What you would like to look back on.' },
  ],
};

export const AFTER_DISCLOSURE_GROUPS: { readonly disclosing: readonly AfterGroup[]; readonly partner: readonly AfterGroup[] } = {
  disclosing: [
    {
      id: 'sessionDay',
      title: 'The day itself',
      intro: 'How you get there and home, who you will call, and how you will give your partner the space they need.',
      fields: [
        { id: 'sessionDay', label: 'My plan for the day of the disclosure', prompt: 'Before and after the session.' },
        {
          id: 'weekAfter',
          label: 'My plan for the week after',
          prompt: 'Meetings, therapy, calls, rest, and what you will do if your partner asks for time apart.',
        },
        childcare,
      ],
    },
    first72('disclosing'),
    debrief,
    plans,
    {
      id: 'agreements',
      title: 'Agreements and what happens next',
      intro: 'These are usually worked out with both therapists.',
      fields: [
        {
          id: 'agreements',
          label: 'Agreements about my behaviour',
          prompt: 'What I have agreed to do, and not to do, from here on.',
        },
        {
          id: 'ifSomethingNew',
          label: 'If something new comes out',
          prompt: 'If I remember anything new, I tell my therapist first, and we plan together how my partner hears it.',
        },
        talkingWithChildren,
        {
          id: 'clarifying',
          label: 'A later round of clarifying questions',
          prompt:
            'My partner may send a second set of questions later, through the therapists. I import it on the Answers page, as with the first, and answer each one in the same plain way.',
        },
      ],
    },
  ],
  partner: [
    {
      id: 'sessionDay',
      title: 'After the session',
      intro: 'Many partners feel exhausted, numb or flooded afterwards. All of these are understandable.',
      fields: [
        { id: 'gettingHome', label: 'How I get home', prompt: 'How will you get home, or to wherever you plan to go?' },
        {
          id: 'evening',
          label: 'What I will do that evening',
          prompt: 'Where will you be that evening, and what gentle things could you do?',
        },
        {
          id: 'whoToCall',
          label: 'Who I will call',
          prompt: 'Who will you call or see that evening and over the next few days?',
        },
        { id: 'bodyCalm', label: 'What helps my body calm down', prompt: 'Rest, a bath, a walk, food you like?' },
        { id: 'afterNotes', label: 'Notes', prompt: 'Anything else for the days after, such as time off or help with chores.' },
        childcare,
      ],
    },
    first72('partner'),
    debrief,
    plans,
    {
      id: 'agreements',
      title: 'Agreements and what happens next',
      intro: 'You can change any of this later, with your therapist.',
      fields: [
        {
          id: 'agreements',
          label: 'Agreements I am asking for',
          prompt: 'About contact, devices, honesty, or anything else you need in order to feel safe.',
        },
        {
          id: 'ifSomethingNew',
          label: 'If something new comes out',
          prompt: 'How would you want to hear it, and from whom? Many partners ask that it comes through the therapists first.',
        },
        talkingWithChildren,
        {
          id: 'clarifying',
          label: 'A later round of clarifying questions',
          prompt:
            'Questions often come up in the weeks after. When you are ready, add them in My questions and export them again: a second packet goes to your therapist first, just like the first one.',
        },
      ],
    },
  ],
};

export const AFTER_DISCLOSURE_MOVED_NOTE = {
  readiness:
    'Your plans for the day itself and the week after are now in After the disclosure, together with the first days and weeks.',
  safetyPlan: 'The plan for after the session is now in After the disclosure, together with the first days and weeks.',
  goThere: 'Go to After the disclosure',
} as const;

export const RESTITUTION_TEXTS = {
  editorLabel: 'My restitution letter',
  placeholder: 'Begin with the first area your partner wrote about.',
  letterName: DRAFT_TEXTS.letterNames.restitution,
  areasSummary: (n: number) => `The areas of your partner\u2019s impact letter (${n}), one at a time`,
  areasNote:
    'This is the fixed list of areas many impact letters follow. Nothing here comes from your partner\u2019s workbook; follow the order your partner used.',
} as const;

export const NO_CONTACT_TEXTS = {
  empty: 'Nothing here yet. If your therapist suggests no-contact letters, add one for each person.',
  add: 'Add a no-contact letter',
  recipient: 'Who it is to (initials or a first name)',
  letterLabel: (who: string) => `No-contact letter to ${who}`,
  placeholder: 'Short and final: that contact has ended.',
  review: 'Review with my therapist',
  reviewOptions: { notYet: 'Not yet reviewed', withTherapist: 'With my therapist now', reviewed: 'Reviewed with my therapist' },
  approved: 'My partner has approved it',
  approvedOn: 'Approved on',
  sentOn: 'Sent on',
  sendNote: 'Send nothing until your partner has approved it.',
  sentBeforeApproval:
    'This letter has a date it was sent, and your partner’s approval is not ticked. If your partner approved it, tick that above; if not, it is worth bringing to your therapist.',
  remove: 'Remove this letter',
  untitled: (n: number) => `Letter ${n}`,
} as const;

export const POLYGRAPH_TEXTS = {
  definitions: 'What the words in this question mean',
  definitionsHint:
    'Examiners often read words like "sexual contact" narrowly. Write down what each key word covers, as agreed with your therapist.',
  examDate: 'Date of the exam',
  examiner: 'Examiner',
  rememberFirst: 'If you remember anything new before the exam, tell your therapist first.',
  partnerQuestion: (n: number) => `Question I would like considered ${n}`,
  partnerAdd: 'Add a question',
  partnerInclude: 'Include my suggested questions when I share',
  partnerIncludeHint: 'Off unless you turn it on. When it is off, these questions stay only in this workbook.',
  partnerHearResult: 'How, where and from whom I want to hear the result',
  partnerNotes: 'Notes for my therapist',
  partnerRemove: 'Remove this question',
} as const;
