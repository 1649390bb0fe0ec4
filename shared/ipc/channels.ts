/**
 * Every invoke channel, once. The preload imports only this list (not the schemas), so its
 * bundle stays tiny; the contract below must cover exactly these names (checked in a test).
 */
export const CHANNELS = [
  'app:info',
  'workbooks:list',
  'workbook:create',
  'workbook:unlock',
  'workbook:openBackup',
  'workbook:save',
  'workbook:saveChanges',
  'workbook:lock',
  'workbook:lockAll',
  'workbook:changePassphrase',
  'workbook:replaceRecoveryKey',
  'workbook:delete',
  'prefs:get',
  'prefs:set',
  'clipboard:clearIfFromWorkbook',
  'share:outline',
  'share:package',
  'share:document',
  'share:questions',
  'therapist:status',
  'therapist:choose',
  'therapist:open',
  'therapist:outline',
  'therapist:save',
  'therapist:close',
  'questions:release',
  'questions:choosePacket',
  'questions:openPacket',
  'lock:request',
  'lock:flushed',
  'lock:notice',
  'lock:unhide',
  'incoming:pending',
  'incoming:accept',
  'incoming:dismiss',
  'app:openLogFolder',
] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Events the main process pushes to the renderer. The lock events carry a small detail
 * (shared/ipc/lock.ts, checked by the renderer); the others are just a name.
 */
export const APP_EVENTS = [
  'flush-request',
  'locked',
  'lock-kept-open',
  'open-settings',
  'open-help',
  'open-about',
  /** A workbook file was opened from outside the app: ask `incoming:pending` what to offer. */
  'incoming-file',
] as const;
export type AppEvent = (typeof APP_EVENTS)[number];
export const APP_EVENT_CHANNEL = 'app:event';
