/**
 * Section id -> screen, for both workbooks. Which sections exist, their order, titles and
 * "started" rules come from the section catalog (shared/sections); this file only adds the
 * component. The records are typed by the schema's section keys, so the compiler refuses a
 * catalog section without a screen, and a screen without a catalog section.
 */
import type { ComponentType } from 'react';
import { catalogSections, type SectionId } from '../../shared/sections';
import type { DisclosingWorkbook, PartnerWorkbook, Role, Workbook } from '../../shared/workbook/schema';
import { SHARE_TEXTS } from '../../shared/guidance/handoffTexts';
import { lazyComponent, type LazyComponent } from '../lazyComponent';
import type { SectionDefinition, SectionProps } from './types';
import './partner/partner.css';

// Each screen's code (and the editor, for the letters) loads when the section is first opened:
// the shell preloads it before switching (so the screen does not suspend) — see WorkbookShell.
type Load<W> = () => Promise<ComponentType<SectionProps<W>>>;
type Screens<R extends Role, W> = { readonly [K in SectionId<R>]: Load<W> };

const DISCLOSING_SCREENS: Screens<'disclosing', DisclosingWorkbook> = {
  beforeYouBegin: () => import('./disclosing/BeforeYouBeginSection').then((m) => m.BeforeYouBeginSection),
  inventory: () => import('./disclosing/InventorySection').then((m) => m.InventorySection),
  timeline: () => import('./disclosing/TimelineSection').then((m) => m.TimelineSection),
  lies: () => import('./disclosing/LiesSection').then((m) => m.LiesSection),
  letter: () => import('./disclosing/LetterSection').then((m) => m.LetterSection),
  answers: () => import('./disclosing/AnswersSection').then((m) => m.AnswersSection),
  polygraph: () => import('./disclosing/PolygraphSection').then((m) => m.PolygraphSection),
  readiness: () => import('./disclosing/ReadinessSection').then((m) => m.ReadinessSection),
  checkIns: () => import('./clinical/SelfCheckInsSection').then((m) => m.SelfCheckInsSection),
  afterDisclosure: () => import('./clinical/AfterDisclosureSection').then((m) => m.AfterDisclosureSection<DisclosingWorkbook>),
  noContact: () => import('./clinical/NoContactSection').then((m) => m.NoContactSection),
  restitutionLetter: () => import('./clinical/RestitutionLetterSection').then((m) => m.RestitutionLetterSection),
};

const PARTNER_SCREENS: Screens<'partner', PartnerWorkbook> = {
  beforeYouBegin: () => import('./partner/BeforeYouBeginSection').then((m) => m.BeforeYouBeginSection),
  questions: () => import('./partner/QuestionsSection').then((m) => m.QuestionsSection),
  support: () => import('./partner/SupportSection').then((m) => m.SupportSection),
  boundaries: () => import('./partner/BoundariesSection').then((m) => m.BoundariesSection),
  safetyPlan: () => import('./partner/SafetyPlanSection').then((m) => m.SafetyPlanSection),
  checkIns: () => import('./partner/CheckInsSection').then((m) => m.CheckInsSection),
  impactLetter: () => import('./partner/ImpactLetterSection').then((m) => m.ImpactLetterSection),
  crisis: () => import('./partner/CrisisSection').then((m) => m.CrisisSection),
  afterDisclosure: () => import('./clinical/AfterDisclosureSection').then((m) => m.AfterDisclosureSection<PartnerWorkbook>),
  polygraph: () => import('./clinical/PartnerPolygraphSection').then((m) => m.PartnerPolygraphSection),
};

/** One lazy screen per section, made once: a screen whose code has arrived stays arrived. */
function lazyScreens<W>(screens: Readonly<Record<string, Load<W>>>): ReadonlyMap<string, LazyComponent<SectionProps<W>>> {
  return new Map(Object.entries(screens).map(([id, load]) => [id, lazyComponent(load)]));
}
const DISCLOSING = lazyScreens<DisclosingWorkbook>(DISCLOSING_SCREENS);
const PARTNER = lazyScreens<PartnerWorkbook>(PARTNER_SCREENS);

const SettingsScreen = lazyComponent(() =>
  import('./workbookSettings/WorkbookSettingsSection').then((m) => m.WorkbookSettingsSection),
);
/** Not a content section: the workbook's own settings, after the guided path. */
const settingsSection: SectionDefinition<Workbook> = {
  id: 'thisWorkbook',
  title: 'This workbook',
  render: (props) => <SettingsScreen.Component {...props} />,
  preload: SettingsScreen.preload,
};

function fromCatalog<W extends Workbook>(
  role: Role,
  screens: ReadonlyMap<string, LazyComponent<SectionProps<W>>>,
): SectionDefinition<W>[] {
  return catalogSections(role).map((section) => {
    const screen = screens.get(section.id);
    if (!screen) throw new Error(`No screen for the ${role} section "${section.id}".`);
    const { Component: Screen, preload } = screen;
    return {
      id: section.id,
      title: section.navLabel,
      summary: section.texts.summary,
      isStarted: section.isStarted,
      render: (props) => <Screen {...props} />,
      preload,
    };
  });
}

const ShareScreen = lazyComponent(() => import('./export/ShareSection').then((m) => m.ShareSection));
/** Not a content section: sharing this workbook's own sections with the therapist. */
const shareSection: SectionDefinition<Workbook> = {
  id: 'shareWithTherapist',
  title: SHARE_TEXTS.title,
  render: (props) => <ShareScreen.Component {...props} />,
  preload: ShareScreen.preload,
};

/** The navigation of one workbook: its catalog sections in order, then its settings. */
export function sectionsFor(workbook: Workbook): SectionDefinition<Workbook>[] {
  const list =
    workbook.role === 'disclosing'
      ? fromCatalog<DisclosingWorkbook>('disclosing', DISCLOSING)
      : fromCatalog<PartnerWorkbook>('partner', PARTNER);
  return [...(list as unknown as SectionDefinition<Workbook>[]), shareSection, settingsSection];
}

/** The section a workbook opens at: where the person left off (kept inside the workbook), else the first. */
export function openingSection(workbook: Workbook, sections = sectionsFor(workbook)): SectionDefinition<Workbook> | undefined {
  return sections.find((s) => s.id === workbook.lastSectionId) ?? sections[0];
}
