/**
 * Product text for the therapist hand-off: money as written, sharing with the therapist,
 * the therapist's session document and the open items. Calm, first person, never hurrying.
 */
export const MONEY_TEXTS = {
  label: 'Money spent',
  hint: 'A total, a range like 2000-3000, or your best estimate such as “about $2,400”.',
  readAs: (formatted: string) => `Read as ${formatted}.`,
  kept: 'I could not read an amount here, so your words are kept as they are and printed as written.',
  currencyLabel: 'Currency for amounts in this workbook',
  totalsNone: 'none yet',
  totalsUnread: (n: number) => (n === 1 ? 'and 1 amount in words' : `and ${n} amounts in words`),
} as const;

export const SHARE_TEXTS = {
  title: 'Share with the therapist',
  intro:
    'Here you choose what of your own workbook goes to the therapist. Only what you tick goes into the file, and it is encrypted. Nothing from the other workbook is ever shown or included here.',
  privateNote: 'Private sections stay out unless you tick them yourself.',
  letterChoiceLabel: 'Which letter goes in',
  letterCount: 'one letter: as it is now, or one draft I choose',
  letterChoiceHint: 'Only this one letter goes. My other drafts, and the notes on them, stay in my workbook.',
  letterCurrent: 'The letter as it is now',
  letterDraft: (n: number, saved: string) => `Draft ${n}, saved ${saved}`,
  outlineTitle: 'What will go',
  packageButton: 'Save the package for the therapist…',
  codeLead: 'Share code:',
  codeAdvice:
    'Please give this code to the therapist another way than the file: read it aloud, say it by phone or write it on paper. Never send it beside the file. It is shown only now; if it is lost, simply make a new package.',
  exportTitle: 'Export my workbook',
  exportIntro: 'A Word document of the sections you ticked, for your own therapist.',
  passwordLabel: 'Password for the document',
  passwordHint: 'Word and LibreOffice ask for it when the file is opened. Give it to your therapist separately from the file.',
  unprotectedChoice: 'Save it without a password',
  unprotectedWarning:
    'Without a password, anyone who gets a copy of the file can read it. Please choose this only if your therapist’s secure portal needs it, and delete other copies once it has arrived.',
  exportButton: 'Save the document…',
  sectionsLegend: 'Sections of my workbook',
  privateTag: 'Private',
  nothingChosen: 'Tick at least one section to see what would go.',
  whatLabel: 'What I would like to make',
  whatPackage: 'A package for the session therapist (encrypted, opened with a share code)',
  whatDocument: 'A Word document for my own therapist',
  saving: 'Saving…',
  packageSaved: (fileName: string) => `The package is saved as ${fileName}, encrypted.`,
  copyCode: 'Copy the code',
  codeCopied: 'Copied. The clipboard is cleared when this workbook locks.',
  codeDone: 'I have noted the code',
  documentSaved: (fileName: string, encrypted: boolean) =>
    encrypted
      ? `The document is saved as ${fileName}, protected with the password.`
      : `The document is saved as ${fileName}, without a password.`,
  passwordAgainLabel: 'The same password again',
  passwordsDiffer: 'The two passwords are not the same yet.',
  pageSizeLabel: 'Paper size',
  unsavedFirst: 'I could not save my latest changes, so nothing was shared. Please try again in a moment.',
} as const;

/** The partner's readable "Questions for my therapist" document, for their own therapist's review. */
export const QUESTIONS_DOCUMENT_TEXTS = {
  title: 'Questions for my therapist',
  sectionTitle: 'My questions',
  intro:
    'All my questions, in my order and whatever their status, for my therapist to read with me. Releasing them to the session stays a separate, later step.',
  none: 'No questions yet.',
  noWords: '(no words yet)',
  notReleased: 'Not released yet',
  released: (n: number) => `Released as question ${n}`,
  why: 'Why I want to know:',
  feeling: 'How I might feel hearing the answer:',
  choice: 'A readable list of all my questions for my own therapist',
  choiceHint: 'Every question, whatever its status, in my order. It is protected with a password unless I choose otherwise.',
  reflections: 'Include my reflections (why I want to know, how I might feel)',
  count: (n: number, withReflections: boolean) =>
    `${n === 1 ? '1 question' : `${n} questions`}, every status${withReflections ? ', with my reflections' : ''}`,
  button: 'Save my questions…',
} as const;

export const THERAPIST_TEXTS = {
  homeEntry: 'For therapists: make the session document',
  title: 'Make the session document',
  intro:
    'For the therapist: open the package from each partner with its share code. Nothing is stored on this computer; the packages stay encrypted on disk and the document is written only where you choose.',
  disclosingSlot: 'The disclosing partner’s package',
  partnerSlot: 'The partner’s package',
  codeLabel: 'Share code',
  wrongCode: 'That share code does not open this package. Please check the digits and try again.',
  waitBeforeTrying: (seconds: number) =>
    seconds === 1 ? 'Please wait 1 second before trying again.' : `Please wait ${seconds} seconds before trying again.`,
  readingCopyLabel: 'Also save a reading copy for the session (large print, same password)',
  priorityAppendixLabel: 'Add the questions grouped by priority as an appendix (when the partner shared priority)',
  saveButton: 'Save the session document…',
  chooseFile: 'Choose the file…',
  chosen: (fileName: string) => `Chosen: ${fileName}`,
  openButton: 'Open',
  opened: (madeAt: string) => `Open. Made ${madeAt}.`,
  notOpened: 'Not opened yet.',
  therapistNameLabel: 'Therapist’s name (optional)',
  sessionDateLabel: 'Session date (optional)',
  outlineTitle: 'What the document holds',
  saveReadingCopy: 'Save the reading copy…',
  documentSaved: (fileName: string, encrypted: boolean) =>
    encrypted ? `Saved ${fileName}, protected with the password.` : `Saved ${fileName}, without a password.`,
  back: 'Back to the start',
} as const;

/** "At a glance" and the Open items panel. Objective items only: counts, states and the writer's own words. */
export const OPEN_ITEM_TEXTS = {
  panelTitle: 'Things I may still want to look at',
  panelIntro: 'Nothing here stops me from going on. Each item leads to where it can be done, whenever I am ready.',
  goInventory: 'Open the inventory',
  goDrafts: 'Go to the drafts',
  goLetter: 'Go to the letter',
  goAnswer: 'Go to the first one',
  categoryUnanswered: (label: string) => `${label}: not answered yet`,
  categoryNotSure: (label: string) => `${label}: answered “not sure”`,
  questionsUnanswered: (n: number) =>
    n === 1 ? '1 released question has no answer yet' : `${n} released questions have no answer yet`,
  answersNotReviewed: (n: number) =>
    n === 1 ? '1 answer is not yet reviewed with the therapist' : `${n} answers are not yet reviewed with the therapist`,
  letterNotReviewed: 'The letter is not yet reviewed by the therapist',
  workingCopyNewer: 'The working copy of the letter is newer than the last saved draft',
  illegalPlaceholder:
    'The illegal-behaviour category is answered; its details are to be reviewed with a lawyer and the therapist first',
  letterCovers: (label: string) => `Does the letter cover: ${label}?`,
  datesOutOfOrder: (card: string) => `${card}: the most recent time is written as earlier than the first time`,
  morePeopleListed: (card: string, listed: number, counted: number) =>
    `${card}: ${listed === 1 ? '1 person is' : `${listed} people are`} listed, and the number of people says ${counted}`,
  nothingOpen: 'Nothing is open right now.',
} as const;

export const RELEASE_TEXTS = {
  whatTravels: (priority: boolean) =>
    priority
      ? 'With each question travel its number, its words, its topic, how you would like to hear the answer (if you chose) and its priority.'
      : 'With each question travel its number, its words, its topic and how you would like to hear the answer (if you chose). Your priority labels stay here.',
  sharePriority: 'Let my priority labels travel with the questions',
} as const;

export const ANSWER_MODE_LABELS = {
  readAloud: 'Read aloud in the session',
  inWriting: 'In writing',
  laterWithTherapist: 'Later, with my therapist',
} as const;

export const ANSWER_TEXTS = {
  reviewed: 'Reviewed with my therapist',
  notReviewed: 'Not yet reviewed',
} as const;
