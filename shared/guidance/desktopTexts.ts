/**
 * Product text for the desktop edges of the app: a workbook file opened from outside, the
 * right-click menu, the local error log. Calm, plain, nothing hurried; no one is blamed.
 */
import type { IncomingProblem, IncomingRelation } from '../incomingFile';
import type { Role } from '../workbook/schema';

const ROLE_NAMES: Record<Role, string> = {
  disclosing: 'disclosure workbook',
  partner: 'partner’s workbook',
};

export const INCOMING_FILE_TEXTS = {
  title: 'A workbook file was opened',
  roleName: ROLE_NAMES,
  problems: {
    'not-a-workbook': 'This file is not a workbook, so it was not opened. Nothing was changed.',
    damaged:
      'This workbook file is damaged or incomplete, so it was not opened. Nothing was changed. If you have another copy of it, you could try that one.',
    'newer-version':
      'This workbook was saved by a newer version of the app, so this version cannot open it. Nothing was changed. Updating the app here will let it open.',
    'question-packet':
      'This is a file of released questions, not a workbook. It can be opened from the answers section of the disclosure workbook. Nothing was changed.',
    'therapist-package':
      'This is a package for the therapist, not a workbook. The therapist opens it from “For therapists: make the session document” on the start screen. Nothing was changed.',
    unreadable: 'This file could not be read, so it was not opened. Nothing was changed.',
  } satisfies Record<IncomingProblem, string>,
  openHere: (role: Role) => `This is the ${ROLE_NAMES[role]} of this computer. It opens with its passphrase, as always.`,
  alreadyOpen: (role: Role) => `This is the ${ROLE_NAMES[role]} of this computer, and it is open already.`,
  bringIn: (role: Role) =>
    `This is a ${ROLE_NAMES[role]} that is not on this computer yet, for example one copied from another computer. A copy of it can be brought into this computer’s workbooks; the file itself stays where it is. It opens with its own passphrase or recovery key.`,
  choose: (role: Role) =>
    `This computer already has a ${ROLE_NAMES[role]}, and this file is a different one. Nothing changes unless you choose to use the file instead.`,
  relation: {
    'older-copy': 'The file looks like an older copy of the workbook that is here: it was saved fewer times.',
    'newer-copy': 'The file looks like a newer copy of the workbook that is here: it was saved more times.',
    'other-workbook': 'The file is a different workbook from the one that is here.',
    unknown: 'The file alone does not say whether it is older or newer than the workbook that is here.',
  } satisfies Record<IncomingRelation, string>,
  replaceNote:
    'If you use the file instead, the workbook that is here now is kept, unchanged and with its backups, beside the workbooks in files whose names include "replaced". Nothing is deleted.',
  lockFirst: 'The workbook that is here is open right now. Lock it first if you would like to use the file instead.',
  actions: {
    open: 'Open it',
    keep: 'Keep the one here',
    bringIn: 'Bring it into this computer',
    replace: 'Use the file instead',
    notNow: 'Not now',
    close: 'Close',
  },
  gone: 'That file could not be read any more, so nothing was changed. Please open it again.',
  changed: 'That file changed after it was opened, so nothing was changed. Please open it again.',
  stale: 'That file is no longer waiting to be opened. Nothing was changed.',
  exists: 'A workbook of this kind is already on this computer, so the file was not brought in. Nothing was changed.',
  unlocked: 'This workbook is open right now. Please lock it first; the file waits here, and nothing was changed.',
  copyFailed: {
    'disk-full': 'The disk is full, so the file could not be brought in. Nothing was changed.',
    permission: 'The workbooks folder cannot be written to, so the file could not be brought in. Nothing was changed.',
    io: 'Something went wrong while copying the file, so it was not brought in. Nothing was changed.',
  },
} as const;

/** The right-click menu in text fields. */
export const CONTEXT_MENU_TEXTS = {
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  noSuggestions: 'No spelling suggestions',
  addToDictionary: 'Add to dictionary',
} as const;

/** Help › About: the local error log. */
export const ERROR_LOG_TEXTS = {
  heading: 'Error log',
  explanation:
    'If something goes wrong (a save or an export that does not work, or the window closing by itself), the app notes the kind of problem and the day in a small file on this computer, so support can help. It never contains names, anything you wrote, file names or the time of day, and it is removed when a workbook is deleted.',
  open: 'Open log folder',
  unavailable: 'The log folder cannot be opened here.',
} as const;

/**
 * Discreet mode (Settings): what someone glancing at the screen, a file list or a menu sees.
 * One click on About or Help, a save dialog or the window title says no more than "Workbook".
 */
export const DISCREET_TEXTS = {
  appName: 'Workbook',
  /** The default name in save dialogs, with the day: notes-2026-11-30.docx. */
  fileNameStem: 'notes',
  saveTitle: 'Save a copy',
  openTitle: 'Open a file',
  /** The file-type list of a save or open dialog, for the app's own file types. */
  ownFiles: 'Workbook files',
  aboutLead:
    'Private, encrypted notes kept on this computer. The app never goes online, keeps no statistics about you, and shares nothing unless you export it yourself.',
  showFolder: 'Show where the files are kept',
  showSectionHelp: 'Show help for each section',
  /** The two workbooks, as the home screen names them in discreet mode. */
  workbookNames: { disclosing: 'Workbook A', partner: 'Workbook B' },
} as const;

/** The application menu (electron/core/appMenu.ts). */
export const APP_MENU_TEXTS = {
  file: 'File',
  view: 'View',
  settings: 'Settings…',
  actualSize: 'Actual size',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  help: 'Help and keyboard shortcuts',
  about: (appName: string) => `About ${appName}`,
  hide: (appName: string) => `Hide ${appName}`,
  quit: (appName: string) => `Quit ${appName}`,
} as const;
