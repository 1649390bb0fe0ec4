import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { suggestCrisisCountry, type CrisisCountryId } from '../../../shared/guidance/crisisResources';
import type { Role } from '../../../shared/workbook/schema';

export interface CrisisCountryValue {
  /** The person's own choice, or null before they have chosen. */
  chosen: CrisisCountryId | null;
  choose: (id: CrisisCountryId) => void;
  /** Whose workbook shows the lines (the note under them names that workbook's own page). */
  role: Role;
}

/** The shell provides the preference (features never reach into app/). */
const CrisisCountryContext = createContext<CrisisCountryValue>({ chosen: null, choose: () => {}, role: 'partner' });

export function CrisisCountryProvider({ value, children }: { value: CrisisCountryValue; children: ReactNode }) {
  return <CrisisCountryContext.Provider value={value}>{children}</CrisisCountryContext.Provider>;
}

/** The country to show lines for: the person's choice, else a suggestion from the system locale. */
export function useCrisisCountry(): CrisisCountryValue & { shown: CrisisCountryId } {
  const value = useContext(CrisisCountryContext);
  const suggested = useMemo(
    () => suggestCrisisCountry(navigator.languages.length ? navigator.languages : [navigator.language]),
    [],
  );
  return { ...value, shown: value.chosen ?? suggested };
}
