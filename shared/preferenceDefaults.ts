/**
 * Every preference's default, without the schema library: the renderer's first script needs
 * the defaults (the home screen shows before the stored preferences arrive), not the schema.
 * shared/preferences.ts builds its schema's defaults from these.
 */
export const PREFERENCE_DEFAULTS = {
  theme: 'system',
  textSize: 'medium',
  reducedMotion: 'system',
  autoLockMinutes: 10,
  quickHideShortcut: 'Ctrl+Shift+H',
  pageSize: 'a4',
  spellcheck: false,
  discreetMode: false,
  clearClipboardOnLock: true,
  crisisCountry: null,
} as const;
