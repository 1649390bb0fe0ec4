import type { DisclosingWorkbook } from '../../../shared/workbook/schema';
import { placeholder } from '../placeholder/placeholder';
import type { SectionDefinition } from '../types';

/** The disclosing partner's sections, in the order of the guided path. */
export const disclosingSections: SectionDefinition<DisclosingWorkbook>[] = [
  placeholder('beforeYouBegin', 'Before you begin', 'What a formal disclosure is for, and how to prepare for it.'),
  placeholder('inventory', 'Inventory', 'A complete list, one card per kind of behaviour.'),
  placeholder('timeline', 'Timeline', 'What happened when, in order.'),
  placeholder('lies', 'Lies and gaslighting', 'The cover stories, denials and partial disclosures.'),
  placeholder('letter', 'The disclosure letter', 'The account you will read, drafted with your therapist.'),
  placeholder('answers', "Answers to your partner's questions", 'Answers, once the questions have been released.'),
  placeholder('polygraph', 'Polygraph questions', 'Optional questions agreed with your therapist.'),
  placeholder('readiness', 'Readiness and care', 'A checklist and a plan for the day and the week after.'),
];
