import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../shared/preferences';
import { dispatch } from './handlers';
import { createPreferencesService, memoryPreferencesBackend } from './preferencesService';
import { makeTestServices } from './testSupport';

describe('preferences service', () => {
  it('keeps earlier changes when later ones arrive one at a time', () => {
    const service = createPreferencesService(memoryPreferencesBackend());
    service.set({ theme: 'dark' });
    service.set({ textSize: 'large' });
    service.set({ discreetMode: true });
    expect(service.get()).toEqual({ ...DEFAULT_PREFERENCES, theme: 'dark', textSize: 'large', discreetMode: true });
  });

  it('falls back to defaults for a damaged or hand-edited preferences file', () => {
    expect(createPreferencesService(memoryPreferencesBackend({ theme: 'purple' })).get()).toEqual(DEFAULT_PREFERENCES);
    expect(createPreferencesService(memoryPreferencesBackend(null)).get()).toEqual(DEFAULT_PREFERENCES);
  });

  it('clipboard care through the IPC table: refuses anything but SHA-256 hex hashes', async () => {
    const services = await makeTestServices();
    try {
      expect((await dispatch(services.handlers, 'clipboard:clearIfFromWorkbook', { hashes: ['some text'] })).ok).toBe(false);
      expect((await dispatch(services.handlers, 'clipboard:clearIfFromWorkbook', { hashes: ['a'.repeat(64)] })).ok).toBe(true);
    } finally {
      await services.cleanup();
    }
  });

  it('through the IPC table, one preference at a time, as the settings screen sends them', async () => {
    const services = await makeTestServices();
    try {
      for (const patch of [{ theme: 'dark' }, { pageSize: 'letter' }, { autoLockMinutes: 25 }, { spellcheck: true }]) {
        expect((await dispatch(services.handlers, 'prefs:set', patch)).ok).toBe(true);
      }
      const refused = await dispatch(services.handlers, 'prefs:set', { autoLockMinutes: 0 });
      expect(refused.ok).toBe(false);
      expect(services.preferences.get()).toMatchObject({
        theme: 'dark',
        pageSize: 'letter',
        autoLockMinutes: 25,
        spellcheck: true,
      });
    } finally {
      await services.cleanup();
    }
  });
  it('never stores writing: every content-like patch is refused and unknown keys never reach the file', async () => {
    const stored = memoryPreferencesBackend({ theme: 'dark', displayName: 'left by hand' });
    const services = await makeTestServices({ preferences: stored });
    try {
      const words = 'what I wrote tonight';
      for (const patch of [
        { displayName: words },
        { theme: words },
        { quickHideShortcut: words },
        { pageSize: 'a4', note: words },
        { autoLockMinutes: words },
        { autoLockMinutes: 2.5 },
        { spellcheck: words },
        { discreetMode: 1 },
        [words],
        words,
      ]) {
        expect((await dispatch(services.handlers, 'prefs:set', patch)).ok, JSON.stringify(patch)).toBe(false);
      }
      expect(JSON.stringify(stored.read())).not.toContain(words);
      // An accepted change writes back only the known preferences, dropping a hand-added key.
      expect((await dispatch(services.handlers, 'prefs:set', { textSize: 'large' })).ok).toBe(true);
      expect(Object.keys(stored.read() as object).sort()).toEqual(Object.keys(DEFAULT_PREFERENCES).sort());
      expect(stored.read()).toMatchObject({ theme: 'dark', textSize: 'large' });
    } finally {
      await services.cleanup();
    }
  });
});
