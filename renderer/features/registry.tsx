import type { DisclosingWorkbook, PartnerWorkbook, Workbook } from '../../shared/workbook/schema';
import { PlaceholderSection } from './placeholder/PlaceholderSection';
import type { SectionDefinition } from './types';
import { WorkbookSettingsSection } from './workbookSettings/WorkbookSettingsSection';

const placeholder = <W,>(id: string, title: string, text: string): SectionDefinition<W> => ({
  id,
  title,
  render: () => <PlaceholderSection title={title} text={text} />,
});

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

const settingsSection: SectionDefinition<Workbook> = {
  id: 'thisWorkbook',
  title: 'This workbook',
  render: (props) => <WorkbookSettingsSection {...props} />,
};

export function sectionsFor(workbook: Workbook): SectionDefinition<Workbook>[] {
  const list = (workbook.role === 'disclosing' ? disclosingSections : partnerSections) as unknown as SectionDefinition<Workbook>[];
  return [...list, settingsSection];
}
