import type { PartnerWorkbook } from '../../../shared/workbook/schema';
import type { SectionDefinition } from '../types';
import { BeforeYouBeginSection } from './BeforeYouBeginSection';
import { BoundariesSection } from './BoundariesSection';
import { CheckInsSection } from './CheckInsSection';
import { CrisisSection } from './CrisisSection';
import { ImpactLetterSection } from './ImpactLetterSection';
import { QuestionsSection } from './QuestionsSection';
import { SafetyPlanSection } from './SafetyPlanSection';
import { SupportSection } from './SupportSection';
import './partner.css';

const hasText = (record: Record<string, string>) => Object.values(record).some((v) => v.trim() !== '');

/** The partner's sections, in the order of the guided path. */
export const partnerSections: SectionDefinition<PartnerWorkbook>[] = [
  {
    id: 'beforeYouBegin',
    title: 'Before you begin',
    isStarted: (c) => c.sections.beforeYouBegin.read,
    render: (props) => <BeforeYouBeginSection {...props} />,
  },
  {
    id: 'questions',
    title: 'My questions',
    isStarted: (c) => c.sections.questions.items.length > 0,
    render: (props) => <QuestionsSection {...props} />,
  },
  {
    id: 'support',
    title: 'My support people',
    isStarted: (c) => c.sections.support.people.length > 0,
    render: (props) => <SupportSection {...props} />,
  },
  {
    id: 'boundaries',
    title: 'Boundaries',
    isStarted: (c) => c.sections.boundaries.items.length > 0,
    render: (props) => <BoundariesSection {...props} />,
  },
  {
    id: 'safetyPlan',
    title: 'Safety and self-care plan',
    isStarted: (c) =>
      hasText(c.sections.safetyPlan.before) || hasText(c.sections.safetyPlan.during) || hasText(c.sections.safetyPlan.after),
    render: (props) => <SafetyPlanSection {...props} />,
  },
  {
    id: 'checkIns',
    title: 'Check-ins',
    isStarted: (c) => c.sections.checkIns.entries.length > 0,
    render: (props) => <CheckInsSection {...props} />,
  },
  {
    id: 'impactLetter',
    title: 'Emotional impact letter',
    isStarted: (c) => c.sections.impactLetter.current !== null || c.sections.impactLetter.drafts.length > 0,
    render: (props) => <ImpactLetterSection {...props} />,
  },
  {
    id: 'crisis',
    title: 'Crisis resources',
    isStarted: (c) => c.sections.crisis.localResources.length > 0,
    render: (props) => <CrisisSection {...props} />,
  },
];
