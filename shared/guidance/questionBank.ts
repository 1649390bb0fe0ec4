/**
 * Sample questions the partner might want to ask, with the labels used around them.
 * The partner chooses, edits or ignores any of these; nothing here is required.
 */
import type { QuestionCategoryId, QuestionPriority, QuestionStatus } from '../workbook/categories';

export interface SampleQuestion {
  /** Stable id, e.g. 'scope-01'. Never reuse an id for a different question. */
  readonly id: string;
  readonly category: QuestionCategoryId;
  readonly text: string;
  readonly suggestedPriority?: QuestionPriority;
}

export const QUESTION_CATEGORY_LABELS: Record<QuestionCategoryId, string> = {
  scope: 'What happened (the kinds of behaviour)',
  timeline: 'When (first time, most recent time)',
  frequency: 'How often and how many',
  people: 'People (anyone I know? ongoing contact?)',
  places: 'Places (our home, our bed, the car, work)',
  emotional: 'Feelings and attachment',
  money: 'Money (how much, which accounts, hidden debt)',
  health: 'Health and testing',
  legal: 'Legal or public exposure',
  lies: 'Lies and being made to doubt myself',
  suspicions: 'Was I right? (things I sensed or asked about)',
  future: 'Now and going forward',
};

export const QUESTION_CATEGORY_HINTS: Record<QuestionCategoryId, string> = {
  scope: 'Which kinds of behaviour happened at all.',
  timeline: 'When it began, when it last happened, and whether it happened at times that matter to you.',
  frequency: 'Numbers and how often, so there is nothing left to guess.',
  people: 'Whether you know anyone involved, whether any contact continues, and whether our children saw or found anything.',
  places: 'Places that are part of your life together.',
  emotional: 'Feelings, attachments, emotional affairs and promises made to anyone else.',
  money: 'Money spent, where it came from and anything still owed.',
  health: 'Protection, testing and anything that touches your health.',
  legal: 'Anything that could involve the law, your work or become public.',
  lies: 'Cover stories, denials and times you were told you were imagining things.',
  suspicions: 'Moments you noticed something and want to know if you were right.',
  future: 'What is happening now and what you may need from here on.',
};

export const QUESTION_PRIORITY_LABELS: Record<QuestionPriority, string> = {
  needToKnow: 'Need to know',
  wantToKnow: 'Want to know',
  notSure: 'Not sure yet',
  maybeLater: 'Maybe later',
};

export const QUESTION_STATUS_LABELS: Record<QuestionStatus, string> = {
  draft: 'Draft',
  ready: 'Ready for my therapist',
  setAside: 'Set aside',
};

/** Words around the sample questions on the partner's Questions page. */
export const QUESTION_BANK_TEXTS = {
  title: 'Sample questions',
  before:
    'Some of these may raise things you had not thought about. Open a topic when you feel ready, and close it again whenever you like; Pause is always here.',
  how: 'Add any that fit, and change the words to make them yours.',
  searchLabel: 'Search the sample questions',
  topicCount: (n: number) => `${n} question${n === 1 ? '' : 's'}`,
  searchCount: (n: number) =>
    n === 0
      ? 'No sample questions match. Try other words, or write the question yourself.'
      : `${n} sample question${n === 1 ? '' : 's'} match, grouped by topic below.`,
} as const;

export const QUESTION_BANK: readonly SampleQuestion[] = [
  {
    id: 'scope-01',
    category: 'scope',
    text: 'Have you told me about every kind of sexual behaviour you took part in outside our relationship?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'scope-02',
    category: 'scope',
    text: 'Did you ever have physical sexual contact with another person while we were together?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'scope-03',
    category: 'scope',
    text: 'Did you ever pay for sex, a sexual massage or any other sexual service?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'scope-04',
    category: 'scope',
    text: 'Have you used dating or hookup apps, or websites for meeting people, while we were together?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'scope-05',
    category: 'scope',
    text: 'Have you sent or received sexual messages, photos or videos?',
    suggestedPriority: 'needToKnow',
  },
  { id: 'scope-06', category: 'scope', text: 'Have you used webcam or live chat sites?', suggestedPriority: 'wantToKnow' },
  {
    id: 'scope-07',
    category: 'scope',
    text: 'Have you been to strip clubs or similar venues while we were together?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'scope-08',
    category: 'scope',
    text: 'Have you watched pornography during our relationship, and is that still happening?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'scope-09',
    category: 'scope',
    text: 'Have you ever watched people without their knowledge, or exposed yourself to anyone?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'scope-10',
    category: 'scope',
    text: 'Is there anything you have done that you are afraid to put in the disclosure?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'timeline-01',
    category: 'timeline',
    text: 'When did the first betrayal in our relationship happen?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'timeline-02',
    category: 'timeline',
    text: 'When was the most recent time any of this happened, in any form?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'timeline-03',
    category: 'timeline',
    text: 'Did any of this happen before we committed to each other or married?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'timeline-04',
    category: 'timeline',
    text: 'Did anything happen around important times for us, such as our wedding, a pregnancy or an illness?',
    suggestedPriority: 'notSure',
  },
  {
    id: 'timeline-05',
    category: 'timeline',
    text: 'Were there periods when it stopped, and when did it start again?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'timeline-06',
    category: 'timeline',
    text: 'Has anything happened since I first found out?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'timeline-07',
    category: 'timeline',
    text: 'Has anything happened since you started your recovery work?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'timeline-08',
    category: 'timeline',
    text: 'How long did each connection last, from the first contact to the last?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'timeline-09',
    category: 'timeline',
    text: 'Did any of this happen on holidays, birthdays or anniversaries?',
    suggestedPriority: 'notSure',
  },
  {
    id: 'frequency-01',
    category: 'frequency',
    text: 'How many people have you had sexual contact with during our relationship?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'frequency-02',
    category: 'frequency',
    text: 'How many times did you meet each person?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'frequency-03',
    category: 'frequency',
    text: 'How often did you watch pornography, on average, during the heaviest periods?',
    suggestedPriority: 'maybeLater',
  },
  {
    id: 'frequency-04',
    category: 'frequency',
    text: 'How many people did you message or chat with in a sexual way?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'frequency-05',
    category: 'frequency',
    text: 'How many times did you pay for sex or sexual services?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'frequency-06',
    category: 'frequency',
    text: 'How many dating or hookup accounts have you had, and on which apps?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'frequency-07',
    category: 'frequency',
    text: 'How many times did you go to strip clubs or similar places?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'frequency-08',
    category: 'frequency',
    text: 'Are the numbers in the disclosure exact counts or estimates?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'frequency-09',
    category: 'frequency',
    text: 'At its height, how many hours a week did all of this take?',
    suggestedPriority: 'maybeLater',
  },
  { id: 'people-01', category: 'people', text: 'Is anyone involved someone I know?', suggestedPriority: 'needToKnow' },
  {
    id: 'people-02',
    category: 'people',
    text: 'Were any of them friends of ours, family members or people from our community?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'people-03',
    category: 'people',
    text: 'Were any of them co-workers or people connected to your work?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'people-04',
    category: 'people',
    text: 'Are you still in contact with anyone involved, in any way?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'people-05',
    category: 'people',
    text: 'Does anyone involved know who I am or how to reach me?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'people-06',
    category: 'people',
    text: 'Has anyone involved ever been in touch with me without my knowing who they were?',
    suggestedPriority: 'wantToKnow',
  },
  { id: 'people-07', category: 'people', text: 'Who else knows about any of this?', suggestedPriority: 'wantToKnow' },
  {
    id: 'people-08',
    category: 'people',
    text: 'Have you ended contact with everyone involved, and how did you do it?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'people-09',
    category: 'people',
    text: 'Did anyone involved ever come to our home or meet our children?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'people-10',
    category: 'people',
    text: 'Did our children ever see, hear or find anything connected to this, such as messages, pictures or websites?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'people-11',
    category: 'people',
    text: 'Were our children ever present, nearby or in the same home when any of this was happening?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'people-12',
    category: 'people',
    text: 'Have our children ever asked about anything, or said something that made you think they knew?',
    suggestedPriority: 'wantToKnow',
  },
  { id: 'places-01', category: 'places', text: 'Did anything happen in our home?', suggestedPriority: 'needToKnow' },
  { id: 'places-02', category: 'places', text: 'Did anything happen in our bed?', suggestedPriority: 'needToKnow' },
  { id: 'places-03', category: 'places', text: 'Did anything happen in our car?', suggestedPriority: 'wantToKnow' },
  {
    id: 'places-04',
    category: 'places',
    text: 'Did anything happen at your workplace or during work hours?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'places-05',
    category: 'places',
    text: 'Did anything happen while we were on holiday or travelling together?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'places-06',
    category: 'places',
    text: 'Did anything happen on work trips or while you were away from home?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'places-07',
    category: 'places',
    text: 'Are there places we went together that you had also been to with someone else?',
    suggestedPriority: 'notSure',
  },
  {
    id: 'places-08',
    category: 'places',
    text: 'Are there places I should know about so that I am not caught off guard?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'places-09',
    category: 'places',
    text: 'Did anything happen in places connected to our children, such as their school or activities?',
    suggestedPriority: 'notSure',
  },
  { id: 'emotional-01', category: 'emotional', text: 'Were you in love with anyone else?', suggestedPriority: 'wantToKnow' },
  {
    id: 'emotional-02',
    category: 'emotional',
    text: 'Did you tell anyone else that you loved them?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'emotional-03',
    category: 'emotional',
    text: 'Did you make plans or promises for a future with someone else?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'emotional-04',
    category: 'emotional',
    text: 'Did you talk about me or our relationship with anyone involved?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'emotional-05',
    category: 'emotional',
    text: 'Did you share private things about our family with anyone involved?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'emotional-06',
    category: 'emotional',
    text: 'Do you still have feelings for anyone involved?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'emotional-07',
    category: 'emotional',
    text: 'Did you give gifts to anyone involved, or keep gifts they gave you?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'emotional-08',
    category: 'emotional',
    text: 'Were you ever planning to leave our relationship?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'emotional-09',
    category: 'emotional',
    text: 'Did you do things with anyone involved that were special to us?',
    suggestedPriority: 'maybeLater',
  },
  {
    id: 'emotional-10',
    category: 'emotional',
    text: 'Was there anyone you became emotionally close to in a way you kept from me, even without any physical contact?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'emotional-11',
    category: 'emotional',
    text: 'Did you share things with someone else that you were not sharing with me?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'emotional-12',
    category: 'emotional',
    text: 'Are you still in touch with anyone you were emotionally close to in this way?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'emotional-13',
    category: 'emotional',
    text: 'Did an emotional connection with anyone ever turn into something more, or was it heading that way?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'money-01',
    category: 'money',
    text: 'How much money in total did you spend on any of this?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'money-02',
    category: 'money',
    text: 'Which accounts or cards did the money come from?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'money-03',
    category: 'money',
    text: 'Do you have any debt, accounts or cards I do not know about?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'money-04',
    category: 'money',
    text: 'Did you take money from our joint savings or from money meant for our family?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'money-05',
    category: 'money',
    text: 'Did you give money to anyone involved or pay any of their bills?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'money-06',
    category: 'money',
    text: 'Have you hidden any income, cash or assets from me?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'money-07',
    category: 'money',
    text: 'Are there any subscriptions or payments for any of this still running?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'money-08',
    category: 'money',
    text: 'Did you use money from work, or a work expense account, for any of this?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'money-09',
    category: 'money',
    text: 'Is there anything financial that could still surprise me?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'health-01',
    category: 'health',
    text: 'Did you have any sexual contact without protection?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'health-02',
    category: 'health',
    text: 'Have you been tested for sexually transmitted infections, and what were the results?',
    suggestedPriority: 'needToKnow',
  },
  { id: 'health-03', category: 'health', text: 'Should I be tested, and for what?', suggestedPriority: 'needToKnow' },
  {
    id: 'health-04',
    category: 'health',
    text: 'Were we sexually intimate during times when you were also having contact with others?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'health-05',
    category: 'health',
    text: 'Do you know whether anyone you had contact with had an infection?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'health-06',
    category: 'health',
    text: 'Is there any chance that a pregnancy resulted from any of this?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'health-07',
    category: 'health',
    text: 'Were drugs or alcohol part of any of this in a way that could affect your health or mine?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'health-08',
    category: 'health',
    text: 'Were you ever treated for an infection without telling me?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'health-09',
    category: 'health',
    text: 'Is there any risk to my health that I may not have thought of?',
    suggestedPriority: 'wantToKnow',
  },
  { id: 'legal-01', category: 'legal', text: 'Has anything you did broken the law?', suggestedPriority: 'needToKnow' },
  {
    id: 'legal-02',
    category: 'legal',
    text: 'Have you had contact with the police, or been charged, because of any of this?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'legal-03',
    category: 'legal',
    text: 'Is there anything that could become public, at work, in the news or online?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'legal-04',
    category: 'legal',
    text: 'Could any of this put your job or our income at risk?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'legal-05',
    category: 'legal',
    text: 'Has anyone threatened to expose you or asked you for money?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'legal-06',
    category: 'legal',
    text: 'Does anyone else have photos, videos or messages of you, or of me?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'legal-07',
    category: 'legal',
    text: 'Have you shared any images of me, or private information about me, with anyone?',
    suggestedPriority: 'needToKnow',
  },
  { id: 'legal-08', category: 'legal', text: 'Have you talked to a lawyer about any of this?', suggestedPriority: 'wantToKnow' },
  {
    id: 'legal-09',
    category: 'legal',
    text: 'Is there anything that could affect our home, our finances or our children in a legal way?',
    suggestedPriority: 'needToKnow',
  },
  { id: 'lies-01', category: 'lies', text: 'What cover stories did you use most often?', suggestedPriority: 'wantToKnow' },
  {
    id: 'lies-02',
    category: 'lies',
    text: 'Were there times I asked you directly and you denied it?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'lies-03',
    category: 'lies',
    text: 'Did you ever tell me I was imagining things, overreacting or being paranoid when I was right?',
    suggestedPriority: 'needToKnow',
  },
  { id: 'lies-04', category: 'lies', text: 'Did anyone help you hide what you were doing?', suggestedPriority: 'wantToKnow' },
  {
    id: 'lies-05',
    category: 'lies',
    text: 'Did you use a second phone, a secret email address or hidden accounts?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'lies-06',
    category: 'lies',
    text: 'When you told me things before, what did you leave out?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'lies-07',
    category: 'lies',
    text: 'Did you tell other people things about me to explain your behaviour?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'lies-08',
    category: 'lies',
    text: 'Did you delete messages or browsing history because you knew I might look?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'lies-09',
    category: 'lies',
    text: 'Was there a time you told me I knew everything when I did not?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'suspicions-01',
    category: 'suspicions',
    text: 'Was I right when I sensed that something was wrong?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'suspicions-02',
    category: 'suspicions',
    text: 'Were the late nights at work really spent at work?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'suspicions-03',
    category: 'suspicions',
    text: 'Is the person I asked you about involved in any way?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'suspicions-04',
    category: 'suspicions',
    text: 'Was the unexplained charge I found connected to any of this?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'suspicions-05',
    category: 'suspicions',
    text: 'Were the messages I saw on your phone what I thought they were?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'suspicions-06',
    category: 'suspicions',
    text: 'Where were you on the dates I remember feeling that something was off?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'suspicions-07',
    category: 'suspicions',
    text: 'Was there a reason you changed your phone passcode or started keeping your phone close?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'suspicions-08',
    category: 'suspicions',
    text: 'When you seemed distant or distracted, was it connected to this?',
    suggestedPriority: 'notSure',
  },
  {
    id: 'suspicions-09',
    category: 'suspicions',
    text: 'Is there anything I noticed and let go of that I was right about?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'future-01',
    category: 'future',
    text: 'What are you doing now to stop, and who is supporting you?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'future-02',
    category: 'future',
    text: 'If any of this happens again, will you agree to tell me within a time we agree on?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'future-03',
    category: 'future',
    text: 'Will you end all contact with everyone involved and tell me if anyone reaches out?',
    suggestedPriority: 'needToKnow',
  },
  {
    id: 'future-04',
    category: 'future',
    text: 'What changes are you making to your phone, computer and accounts?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'future-05',
    category: 'future',
    text: 'Are you willing to be tested again if a doctor advises it?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'future-06',
    category: 'future',
    text: 'Is there anything you are still struggling with that I should know about?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'future-07',
    category: 'future',
    text: 'What will you do if you run into someone involved by chance?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'future-08',
    category: 'future',
    text: 'Do you understand that I may need time and space, and that I set the pace?',
    suggestedPriority: 'wantToKnow',
  },
  {
    id: 'future-09',
    category: 'future',
    text: 'Will you answer new questions that come up after the disclosure?',
    suggestedPriority: 'needToKnow',
  },
];

/** Lower case, accents removed, curly quotes straightened, spaces collapsed. */
export function normaliseForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const SEARCH_INDEX: readonly (readonly [SampleQuestion, string])[] = QUESTION_BANK.map(
  (q) => [q, normaliseForSearch(q.text)] as const,
);

/**
 * Finds sample questions containing every word of the query (case- and accent-insensitive).
 * An empty query returns every question (in the chosen category, if one is given).
 */
export function searchQuestionBank(query: string, category?: QuestionCategoryId): SampleQuestion[] {
  const terms = normaliseForSearch(query)
    .split(/[\s,.;:!?"()]+/)
    .filter((t) => t.length > 0);
  const out: SampleQuestion[] = [];
  for (const [q, haystack] of SEARCH_INDEX) {
    if (category !== undefined && q.category !== category) continue;
    if (terms.every((t) => haystack.includes(t))) out.push(q);
  }
  return out;
}
