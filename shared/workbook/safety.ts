import type { CheckIn, Workbook } from './schema';

/** Distress at or above this (of 10) brings the gentle hard-day offer. */
export const HARD_DAY_DISTRESS = 8;

export interface HardDayReasons {
  readonly distress: boolean;
  readonly harmThoughts: boolean;
  readonly unsafeAtHome: boolean;
}

type SafetyCheckIn = Pick<CheckIn, 'distress' | 'harmThoughts' | 'unsafeAtHome'>;

/** Why a check-in may call for the hard-day offer; null when it does not. */
export function hardDayReasons(entry: SafetyCheckIn | undefined): HardDayReasons | null {
  if (!entry) return null;
  const reasons = {
    distress: entry.distress !== null && entry.distress >= HARD_DAY_DISTRESS,
    harmThoughts: entry.harmThoughts,
    unsafeAtHome: entry.unsafeAtHome,
  };
  return reasons.distress || reasons.harmThoughts || reasons.unsafeAtHome ? reasons : null;
}

export interface NightContact {
  readonly id: string;
  readonly name: string;
  readonly contact: string;
}

/** The support people marked as safe to call at night (the partner's support list; named ones only). */
export function nightContacts(wb: Workbook): NightContact[] {
  if (wb.role === 'disclosing') {
    // The disclosing workbook has no support list: the people written in Readiness and care, one a line.
    return wb.sections.readiness.contacts
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .slice(0, 20)
      .map((line, i) => ({ id: `readiness-contact-${i + 1}`, name: line, contact: '' }));
  }
  return wb.sections.support.people
    .filter((p) => p.safeAtNight && p.name.trim() !== '')
    .map((p) => ({ id: p.id, name: p.name.trim(), contact: p.contact.trim() }));
}
