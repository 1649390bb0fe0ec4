/** What the app says around locking. Calm, first person, and honest about what was kept. */

/** After the idle lock, when everything was saved first. */
export const LOCKED_WHEN_QUIET =
  'Your workbook was locked after a quiet while, to keep it private. Everything you wrote is saved, and it will open again whenever you are ready.';

/** A lock that had to go ahead without the latest changes (quick hide, sleep, or "Lock anyway"). */
export const UNSAVED_AT_LOCK =
  'Your workbook is locked. The most recent changes could not be saved; everything up to the last save is kept.';

/** The window started again after the app stopped unexpectedly: everything was locked at once. */
export const LOCKED_AFTER_PROBLEM =
  'The app stopped unexpectedly, so your workbooks were locked to keep them private. Everything up to the last save is kept; the last few seconds of writing may not have been saved.';

/** Asked when a lock found changes that could not be saved yet; the workbook stays open. */
export const UNSAVED_LOCK_QUESTION =
  'Your latest changes have not been saved yet, so your workbook is still open. You can try saving again, or lock now without them. Everything up to your last save is kept either way.';

/** After a lock, when text copied from the workbook was taken off the clipboard. */
export const CLIPBOARD_CLEARED_AT_LOCK = 'The text you copied from your workbook was cleared from the clipboard.';
