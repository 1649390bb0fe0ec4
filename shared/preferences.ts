import { z } from 'zod';
import { CRISIS_COUNTRY_IDS } from './guidance/crisisResources';

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
  theme: fields.theme.default('system'),
  textSize: fields.textSize.default('medium'),
  reducedMotion: fields.reducedMotion.default('system'),
  autoLockMinutes: fields.autoLockMinutes.default(10),
  quickHideShortcut: fields.quickHideShortcut.default('Ctrl+Shift+H'),
  pageSize: fields.pageSize.default('a4'),
  spellcheck: fields.spellcheck.default(false),
  discreetMode: fields.discreetMode.default(false),
  clearClipboardOnLock: fields.clearClipboardOnLock.default(true),
  crisisCountry: fields.crisisCountry.default(null),
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
