import { z } from 'zod';

/** Preferences are stored unencrypted (electron-store): never content, names or anything written. */
export const preferencesSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  textSize: z.enum(['small', 'medium', 'large', 'x-large']).default('medium'),
  reducedMotion: z.enum(['system', 'on', 'off']).default('system'),
  autoLockMinutes: z.number().int().min(1).max(240).default(10),
  quickHideShortcut: z.enum(['Ctrl+Shift+H', 'Ctrl+Shift+Space', 'Ctrl+Shift+Escape']).default('Ctrl+Shift+H'),
  pageSize: z.enum(['a4', 'letter']).default('a4'),
  spellcheck: z.boolean().default(false),
  discreetMode: z.boolean().default(false),
  clearClipboardOnLock: z.boolean().default(true),
});
export type Preferences = z.infer<typeof preferencesSchema>;
export const DEFAULT_PREFERENCES: Preferences = preferencesSchema.parse({});
export const preferencesPatchSchema = preferencesSchema.partial().strict();
