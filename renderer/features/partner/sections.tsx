import type { PartnerWorkbook } from '../../../shared/workbook/schema';
import { placeholder } from '../placeholder/placeholder';
import type { SectionDefinition } from '../types';

/** The partner's sections, in the order of the guided path. */
export const partnerSections: SectionDefinition<PartnerWorkbook>[] = [
  placeholder('beforeYouBegin', 'Before you begin', 'What the session will be like, and how you stay in control.'),
  placeholder('questions', 'My questions', 'What you want to know, in your own order.'),
  placeholder('support', 'My support people', 'The people you can lean on.'),
  placeholder('boundaries', 'Boundaries', 'What you need to feel safe.'),
  placeholder('safetyPlan', 'Safety and self-care plan', 'Before, during and after the session.'),
  placeholder('checkIns', 'Check-ins', 'A short daily check-in.'),
  placeholder('impactLetter', 'Emotional impact letter', 'For after the disclosure, when you are ready.'),
  placeholder('crisis', 'Crisis resources', 'People to call if you need help now.'),
];
