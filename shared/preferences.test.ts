import { describe, expect, it } from 'vitest';
import { PREFERENCE_DEFAULTS } from './preferenceDefaults';
import { DEFAULT_PREFERENCES, preferencesPatchSchema, preferencesSchema } from './preferences';

describe('preferences', () => {
  it('defaults: spellcheck off, clipboard care on, A4, follow the system, 10 minutes', () => {
    expect(DEFAULT_PREFERENCES).toEqual({
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
    });
    // The renderer starts with these (without the schema): the same values.
    expect(PREFERENCE_DEFAULTS).toEqual(DEFAULT_PREFERENCES);
  });

  it('keeps a chosen crisis country and refuses one it does not know', () => {
    expect(preferencesPatchSchema.parse({ crisisCountry: 'NZ' })).toEqual({ crisisCountry: 'NZ' });
    expect(preferencesPatchSchema.parse({ crisisCountry: null })).toEqual({ crisisCountry: null });
    expect(preferencesPatchSchema.safeParse({ crisisCountry: 'Narnia' }).success).toBe(false);
  });

  it('a patch holds only what it changes (it must not reset the other preferences)', () => {
    expect(preferencesPatchSchema.parse({ theme: 'dark' })).toEqual({ theme: 'dark' });
    expect(preferencesPatchSchema.parse({})).toEqual({});
  });

  it('refuses unknown keys and out-of-range values in a patch', () => {
    expect(preferencesPatchSchema.safeParse({ displayName: 'Sam' }).success).toBe(false);
    expect(preferencesPatchSchema.safeParse({ autoLockMinutes: 0 }).success).toBe(false);
    expect(preferencesPatchSchema.safeParse({ autoLockMinutes: 2.5 }).success).toBe(false);
    expect(preferencesPatchSchema.safeParse({ quickHideShortcut: 'Alt+F4' }).success).toBe(false);
  });

  it('fills in defaults for preferences saved by an older version', () => {
    expect(preferencesSchema.parse({ theme: 'dark' })).toEqual({ ...DEFAULT_PREFERENCES, theme: 'dark' });
  });
});
