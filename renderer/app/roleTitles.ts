import type { Workbook } from '../../shared/workbook/schema';

/** Kept apart from the workbook shell so the home, create and unlock screens load without it. */
export const ROLE_TITLES: Record<Workbook['role'], string> = {
  disclosing: 'Disclosure workbook',
  partner: "Partner's workbook",
};
