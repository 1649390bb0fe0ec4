import { preferencesSchema, readPreferences, type Preferences } from '../../shared/preferences';

/** Where preferences live: electron-store in the app, a plain object in tests. */
export interface PreferencesBackend {
  read(): unknown;
  write(value: Preferences): void;
}

export function memoryPreferencesBackend(initial: unknown = {}): PreferencesBackend {
  let stored = initial;
  return { read: () => stored, write: (value) => void (stored = value) };
}

export function createPreferencesService(backend: PreferencesBackend) {
  function get(): Preferences {
    // A hand-edited or damaged preference falls back to its default on its own, never failing.
    return readPreferences(backend.read());
  }
  return {
    get,
    set(patch: Partial<Preferences>): Preferences {
      const next = preferencesSchema.parse({ ...get(), ...patch });
      backend.write(next);
      return next;
    },
  };
}
export type PreferencesService = ReturnType<typeof createPreferencesService>;
