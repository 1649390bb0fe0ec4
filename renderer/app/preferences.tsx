import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { PREFERENCE_DEFAULTS } from '../../shared/preferenceDefaults';
import type { Preferences } from '../../shared/preferences';
import { call } from '../bridge';

interface PreferencesContextValue {
  prefs: Preferences;
  setPrefs: (patch: Partial<Preferences>) => Promise<void>;
}

/** Until the stored preferences arrive (the schema itself is not needed here: it stays out of the first script). */
const DEFAULT_PREFERENCES: Preferences = PREFERENCE_DEFAULTS;

const PreferencesContext = createContext<PreferencesContextValue>({ prefs: DEFAULT_PREFERENCES, setPrefs: async () => {} });

export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [prefs, setState] = useState<Preferences>(DEFAULT_PREFERENCES);

  useEffect(() => {
    void call('prefs:get').then((r) => {
      if (r.ok) setState(r.value);
    });
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset['theme'] = prefs.theme;
    root.dataset['textSize'] = prefs.textSize;
    root.dataset['reducedMotion'] = prefs.reducedMotion;
    document.title = prefs.discreetMode ? 'Workbook' : 'Disclosure Workbook';
  }, [prefs]);

  // Optimistic: the control changes at once; the stored value (or, on failure, the old one) follows.
  const setPrefs = useCallback(async (patch: Partial<Preferences>) => {
    setState((current) => ({ ...current, ...patch }));
    const result = await call('prefs:set', patch);
    if (result.ok) setState(result.value);
    else {
      const stored = await call('prefs:get');
      if (stored.ok) setState(stored.value);
    }
  }, []);

  return <PreferencesContext.Provider value={{ prefs, setPrefs }}>{children}</PreferencesContext.Provider>;
}

export const usePreferences = () => useContext(PreferencesContext);
