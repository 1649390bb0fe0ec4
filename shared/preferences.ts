import { z } from 'zod';
import { CRISIS_COUNTRY_IDS } from './guidance/crisisResources';
import { PREFERENCE_DEFAULTS as D } from './preferenceDefaults';

/** Each preference without its default: the patch schema must not fill in what a patch leaves out. */
const fields = {
  theme: z.enum(['system', 'light', 'dark']),
  textSize: z.enum(['small', 'medium', 'large', 'x-large']),
  reducedMotion: z.enum(['system', 'on', 'off']),
  autoLockMinutes: z.number().int().min(1).max(240),
  /**
   * Offered quick-hide shortcuts ("Ctrl" is Cmd on macOS), none reserved by Windows, macOS or
   * GNOME (see shared/reservedShortcuts.ts). Ctrl+Shift+Escape was offered once: it is Windows'
   * Task Manager, so a stored one falls back to the default.
   */
  quickHideShortcut: z.enum(['Ctrl+Shift+H', 'Ctrl+Shift+Space']),
  pageSize: z.enum(['a4', 'letter']),
  spellcheck: z.boolean(),
  discreetMode: z.boolean(),
  clearClipboardOnLock: z.boolean(),
  /** Which country's crisis lines to show; null until the person has chosen (a setting, not content). */
  crisisCountry: z.enum(CRISIS_COUNTRY_IDS).nullable(),
};

/** Preferences are stored unencrypted (electron-store): never content, names or anything written. */
export const preferencesSchema = z.object({
  theme: fields.theme.default(D.theme),
  textSize: fields.textSize.default(D.textSize),
  reducedMotion: fields.reducedMotion.default(D.reducedMotion),
  autoLockMinutes: fields.autoLockMinutes.default(D.autoLockMinutes),
  quickHideShortcut: fields.quickHideShortcut.default(D.quickHideShortcut),
  pageSize: fields.pageSize.default(D.pageSize),
  spellcheck: fields.spellcheck.default(D.spellcheck),
  discreetMode: fields.discreetMode.default(D.discreetMode),
  clearClipboardOnLock: fields.clearClipboardOnLock.default(D.clearClipboardOnLock),
  crisisCountry: fields.crisisCountry.default(D.crisisCountry),
});
export type Preferences = z.infer<typeof preferencesSchema>;
export const DEFAULT_PREFERENCES: Preferences = preferencesSchema.parse({});

/**
 * Read stored preferences one by one: a preference that is missing, invalid or no longer
 * offered (such as an old shortcut) falls back to its default on its own; the others are kept.
 */
export function readPreferences(stored: unknown): Preferences {
  const record = stored !== null && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fields) as (keyof Preferences)[]) {
    const parsed = preferencesSchema.shape[key].safeParse(record[key]);
    out[key] = parsed.success ? parsed.data : DEFAULT_PREFERENCES[key];
  }
  return preferencesSchema.parse(out);
}
/**
 * A change to some preferences. Built from the fields WITHOUT defaults: zod 4 applies defaults
 * inside `.partial()`, which would silently reset every preference a patch leaves out.
 */
export const preferencesPatchSchema = z.object(fields).partial().strict();
