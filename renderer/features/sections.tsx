/**
 * Section id -> screen, for both workbooks. Which sections exist, their order, titles and
 * "started" rules come from the section catalog (shared/sections); this file only adds the
 * component. The records are typed by the schema's section keys, so the compiler refuses a
 * catalog section without a screen, and a screen without a catalog section.
 */
import type { ComponentType } from 'react';
import { catalogSections, type SectionId } from '../../shared/sections';
import type { DisclosingWorkbook, PartnerWorkbook, Role, Workbook } from '../../shared/workbook/schema';
import { AnswersSection } from './disclosing/AnswersSection';
import { BeforeYouBeginSection as DisclosingBeforeYouBegin } from './disclosing/BeforeYouBeginSection';
import { InventorySection } from './disclosing/InventorySection';
import { LetterSection } from './disclosing/LetterSection';
import { LiesSection } from './disclosing/LiesSection';
import { PolygraphSection } from './disclosing/PolygraphSection';
import { ReadinessSection } from './disclosing/ReadinessSection';
import { TimelineSection } from './disclosing/TimelineSection';
import { BeforeYouBeginSection as PartnerBeforeYouBegin } from './partner/BeforeYouBeginSection';
import { BoundariesSection } from './partner/BoundariesSection';
import { CheckInsSection } from './partner/CheckInsSection';
import { CrisisSection } from './partner/CrisisSection';
import { ImpactLetterSection } from './partner/ImpactLetterSection';
import { QuestionsSection } from './partner/QuestionsSection';
import { SafetyPlanSection } from './partner/SafetyPlanSection';
import { SupportSection } from './partner/SupportSection';
import { AfterDisclosureSection } from './clinical/AfterDisclosureSection';
import { NoContactSection } from './clinical/NoContactSection';
import { PartnerPolygraphSection } from './clinical/PartnerPolygraphSection';
import { RestitutionLetterSection } from './clinical/RestitutionLetterSection';
import { SelfCheckInsSection } from './clinical/SelfCheckInsSection';
import type { SectionDefinition, SectionProps } from './types';
import { WorkbookSettingsSection } from './workbookSettings/WorkbookSettingsSection';
import { SHARE_TEXTS } from '../../shared/guidance/handoffTexts';
import { ShareSection } from './export/ShareSection';
import './partner/partner.css';

type Screens<R extends Role, W> = { readonly [K in SectionId<R>]: ComponentType<SectionProps<W>> };

const DISCLOSING_SCREENS: Screens<'disclosing', DisclosingWorkbook> = {
  beforeYouBegin: DisclosingBeforeYouBegin,
  inventory: InventorySection,
  timeline: TimelineSection,
  lies: LiesSection,
  letter: LetterSection,
  answers: AnswersSection,
  polygraph: PolygraphSection,
  readiness: ReadinessSection,
  checkIns: SelfCheckInsSection,
  afterDisclosure: AfterDisclosureSection<DisclosingWorkbook>,
  noContact: NoContactSection,
  restitutionLetter: RestitutionLetterSection,
};

const PARTNER_SCREENS: Screens<'partner', PartnerWorkbook> = {
  beforeYouBegin: PartnerBeforeYouBegin,
  questions: QuestionsSection,
  support: SupportSection,
  boundaries: BoundariesSection,
  safetyPlan: SafetyPlanSection,
  checkIns: CheckInsSection,
  impactLetter: ImpactLetterSection,
  crisis: CrisisSection,
  afterDisclosure: AfterDisclosureSection<PartnerWorkbook>,
  polygraph: PartnerPolygraphSection,
};

/** Not a content section: the workbook's own settings, after the guided path. */
const settingsSection: SectionDefinition<Workbook> = {
  id: 'thisWorkbook',
  title: 'This workbook',
  render: (props) => <WorkbookSettingsSection {...props} />,
};

function fromCatalog<W extends Workbook>(
  role: Role,
  screens: Readonly<Record<string, ComponentType<SectionProps<W>>>>,
): SectionDefinition<W>[] {
  return catalogSections(role).map((section) => {
    const Screen = screens[section.id];
    if (!Screen) throw new Error(`No screen for the ${role} section "${section.id}".`);
    return {
      id: section.id,
      title: section.navLabel,
      summary: section.texts.summary,
      isStarted: section.isStarted,
      render: (props) => <Screen {...props} />,
    };
  });
}

/** Not a content section: sharing this workbook's own sections with the therapist. */
const shareSection: SectionDefinition<Workbook> = {
  id: 'shareWithTherapist',
  title: SHARE_TEXTS.title,
  render: (props) => <ShareSection {...props} />,
};

/** The navigation of one workbook: its catalog sections in order, then its settings. */
export function sectionsFor(workbook: Workbook): SectionDefinition<Workbook>[] {
  const list =
    workbook.role === 'disclosing'
      ? fromCatalog<DisclosingWorkbook>('disclosing', DISCLOSING_SCREENS)
      : fromCatalog<PartnerWorkbook>('partner', PARTNER_SCREENS);
  return [...(list as unknown as SectionDefinition<Workbook>[]), shareSection, settingsSection];
}
