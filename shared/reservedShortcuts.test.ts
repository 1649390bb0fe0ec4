import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, preferencesPatchSchema, preferencesSchema, readPreferences } from './preferences';
import { reservedOn } from './reservedShortcuts';

const offered = preferencesSchema.shape.quickHideShortcut.unwrap().options;

describe('quick-hide shortcuts', () => {
  it('offers none that Windows, macOS or GNOME keeps for itself', () => {
    expect(offered.length).toBeGreaterThan(1);
    for (const shortcut of offered) expect({ shortcut, reservedOn: reservedOn(shortcut) }).toEqual({ shortcut, reservedOn: [] });
  });

  it('knows the reserved ones, on the right platform (Ctrl is Cmd on macOS)', () => {
    expect(reservedOn('Ctrl+Shift+Escape')).toEqual(['windows']);
    expect(reservedOn('Ctrl+Space')).toEqual(['windows', 'macos']);
    expect(reservedOn('Ctrl+Shift+3')).toEqual(['macos']);
    expect(reservedOn('Ctrl+Alt+T')).toEqual(['gnome']);
    expect(reservedOn('Shift+Ctrl+Escape')).toEqual(['windows']);
  });

  it('no longer accepts Ctrl+Shift+Escape, and moves anyone who chose it to the default, keeping the rest', () => {
    expect(preferencesPatchSchema.safeParse({ quickHideShortcut: 'Ctrl+Shift+Escape' }).success).toBe(false);
    const stored = { theme: 'dark', autoLockMinutes: 25, quickHideShortcut: 'Ctrl+Shift+Escape', discreetMode: true };
    expect(readPreferences(stored)).toEqual({
      ...DEFAULT_PREFERENCES,
      theme: 'dark',
      autoLockMinutes: 25,
      discreetMode: true,
      quickHideShortcut: 'Ctrl+Shift+H',
    });
  });

  it('one invalid preference falls back on its own', () => {
    expect(readPreferences({ theme: 'purple', textSize: 'large', autoLockMinutes: 0 })).toEqual({
      ...DEFAULT_PREFERENCES,
      textSize: 'large',
    });
    expect(readPreferences(null)).toEqual(DEFAULT_PREFERENCES);
    expect(readPreferences('nonsense')).toEqual(DEFAULT_PREFERENCES);
  });
});
