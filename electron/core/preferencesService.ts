import { preferencesSchema, type Preferences } from '../../shared/preferences';

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
    const parsed = preferencesSchema.safeParse(backend.read() ?? {});
    // A hand-edited or damaged preferences file falls back to defaults instead of failing.
    return parsed.success ? parsed.data : preferencesSchema.parse({});
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
