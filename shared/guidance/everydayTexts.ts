/** Texts for everyday use: removing with undo, searching a workbook, deleting a workbook. */

export const SHELL_TEXTS = {
  skipToContent: 'Skip to the content',
} as const;

/** The line at the foot of an open workbook: what happened to my last words. */
export const SAVE_STATUS_TEXTS = {
  pending: 'Changes not saved yet…',
  saving: 'Saving…',
  tryAgain: 'Try again',
  encrypted: 'Encrypted on this computer',
} as const;

/** "Saved · 16:37" (or with the day when it was another day); "Saved" when the time is not known. */
export function savedMessage(time: string): string {
  return time ? `Saved · ${time}` : 'Saved';
}

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

export const LANGUAGE_NOTE_TEXTS = {
  /** Above one note that stands for the same phrase found many times. */
  repeated: (times: number) => `This phrase comes up ${times.toLocaleString('en-US')} times; one note covers them all.`,
  showMore: (next: number, left: number) =>
    next === left ? `Show the other ${left.toLocaleString('en-US')}` : `Show ${next} more (${left.toLocaleString('en-US')} left)`,
} as const;

export const FIELD_LIMIT_TEXTS = {
  /** Shown under a field that holds as much as it can. */
  full: (limit: number) =>
    `This field is full: it holds up to ${limit.toLocaleString('en-US')} characters, and text past that was not added. Everything up to there is kept.`,
} as const;

/** Search within the open workbook (Ctrl+F). Nothing typed here is kept. */
export const SEARCH_TEXTS = {
  open: 'Search',
  openTitle: 'Search this workbook (Ctrl+F)',
  heading: 'Search this workbook',
  label: 'Find text in this workbook',
  hint: 'Searches every section of this workbook. What you type here is not saved.',
  close: 'Back to the sections',
  tooShort: (min: number) => `Type at least ${min} characters to search.`,
  nothing: (query: string) => `Nothing in this workbook matches “${query}”.`,
  found: (total: number, sections: number) =>
    `${total.toLocaleString('en-US')} ${total === 1 ? 'match' : 'matches'} in ${sections} ${sections === 1 ? 'section' : 'sections'}.`,
  limited: (shown: number, total: number) =>
    `Showing the first ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} matches; a longer search narrows them.`,
  inDraft: (n: number) => `in saved draft ${n}`,
  /** Read with a match button: "Go to Timeline: …text…". */
  goTo: (section: string) => `Go to ${section}`,
} as const;

/** Delete this workbook (This workbook). */
export const DELETE_WORKBOOK_TEXTS = {
  title: 'Delete this workbook',
  lead: 'This removes the workbook from this computer for good: the workbook file, its encrypted backups, any older or replaced copies kept beside it, what this computer remembers about its saves, and the error log. Nothing else on this computer is changed.',
  cannotUndo:
    'It cannot be undone, and the recovery key will not bring it back. If you may want it later, export what you need first, or keep a copy of the workbook file somewhere safe.',
  open: 'Delete this workbook…',
  passphraseLabel: 'Passphrase of this workbook',
  /** The words typed to confirm; the main process checks them too. */
  confirmPhrase: 'delete my workbook',
  confirmLabel: 'To confirm, type: delete my workbook',
  confirmHint: 'Type the words exactly as shown, in small letters.',
  notYet: 'Type the passphrase and the confirmation words to delete.',
  button: 'Delete it from this computer',
  busy: 'Deleting…',
  cancel: 'Keep my workbook',
  /** On the home screen afterwards. */
  deleted: 'The workbook was deleted from this computer. You can create a new one whenever you like.',
} as const;

/** Passphrase fields (Create, Change passphrase, Delete this workbook, a new recovery key). */
export const PASSPHRASE_FIELD_TEXTS = {
  /** A toggle button: pressed shows what was typed. */
  show: 'Show passphrase',
  capsLock: 'Caps Lock is on.',
  /** The two fields of a new passphrase: "Passphrase" and "Passphrase again". */
  newLabel: 'Passphrase',
  again: (label: string) => `${label} again`,
  strengthLabel: 'Passphrase strength',
  lengthHint: (min: number) => `At least ${min} characters. Several unrelated words are easy to remember and hard to guess.`,
  checking: 'Checking the passphrase…',
  mismatch: 'The two passphrases are not the same yet.',
  /** Beside a button that waits for a new passphrase: why it is not offered yet. */
  why: {
    empty: 'Choose a passphrase and type it in both fields; then this button is offered.',
    checking: 'Checking the passphrase…',
    typeAgain: 'Type the same passphrase in the second field too.',
    mismatch: 'The two passphrases are not the same yet.',
  },
} as const;

/** The recovery key, shown once after Create (and after a new key is made). */
export const RECOVERY_KEY_TEXTS = {
  copy: 'Copy the recovery key',
  copied:
    'Copied. If you keep it in a password manager only you use, paste it there now; the clipboard is cleared when this workbook locks.',
  copyFailed: 'The key could not be copied. Writing it down by hand works just as well.',
  paper:
    'Write it on paper, and keep the paper somewhere private and apart from this computer — not in a file beside the workbook. Anyone with this key can open the workbook.',
  passwordManager: 'A password manager that only you use is fine too.',
} as const;

/** The unlock screen. The wrong-passphrase message itself comes from the main process (one place for errors). */
export const UNLOCK_TEXTS = {
  /** "Unlock the disclosure workbook"; in discreet mode "Unlock workbook". */
  title: (workbookName: string | null) => (workbookName ? `Unlock the ${workbookName.toLowerCase()}` : 'Unlock workbook'),
  passphraseLabel: 'Passphrase',
  recoveryKeyLabel: 'Recovery key',
  /** After a wrong attempt, while the short pause before the next one runs. */
  waitBeforeTrying: (seconds: number) =>
    `You can try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}. There is no rush.`,
  openedWithRecoveryKey:
    'You opened this workbook with your recovery key. You can choose a new passphrase under "This workbook".',
  backupsAvailable: (count: number) =>
    `There ${count === 1 ? 'is 1 encrypted backup' : `are ${count} encrypted backups`}. Opening the newest one that works keeps the damaged file aside; nothing is deleted.`,
  openNewestBackup: 'Open the newest backup',
  back: 'Back',
  useRecoveryKey: 'Use recovery key instead',
  usePassphrase: 'Use passphrase instead',
  unlock: 'Unlock',
  busy: 'Unlocking…',
} as const;

/** Creating a workbook, and the recovery key shown once afterwards. */
export const CREATE_TEXTS = {
  /** "Create the disclosure workbook". */
  title: (workbookName: string) => `Create the ${workbookName.toLowerCase()}`,
  lead: 'This workbook is encrypted with a passphrase only you know. Choose one you can remember and nobody else can guess. There is no account and nothing is sent anywhere.',
  nameLabel: 'A name for this workbook (optional)',
  nameHint: 'Your first name, initials or anything else. It is stored encrypted, inside the workbook.',
  back: 'Back',
  create: 'Create workbook',
  busy: 'Creating… (this takes a moment)',
  recoveryTitle: 'Your recovery key',
  recoveryLead:
    'If you ever forget your passphrase, this key is the only other way to open your workbook. It is shown only this once.',
  recoverySaved: 'I have saved my recovery key somewhere safe',
  continue: 'Continue to my workbook',
} as const;
