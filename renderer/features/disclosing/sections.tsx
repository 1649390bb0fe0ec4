import { DISCLOSING_SECTIONS, type DisclosingSectionId } from '../../../shared/guidance/sectionTexts';
import type { DisclosingWorkbook } from '../../../shared/workbook/schema';
import type { SectionDefinition, SectionProps } from '../types';
import { AnswersSection } from './AnswersSection';
import { BeforeYouBeginSection } from './BeforeYouBeginSection';
import { InventorySection } from './InventorySection';
import { LetterSection } from './LetterSection';
import { LiesSection } from './LiesSection';
import { PolygraphSection } from './PolygraphSection';
import { ReadinessSection } from './ReadinessSection';
import { TimelineSection } from './TimelineSection';

type Props = SectionProps<DisclosingWorkbook>;
type W = DisclosingWorkbook;

const COMPONENTS: Record<DisclosingSectionId, (p: Props) => React.ReactNode> = {
  beforeYouBegin: (p) => <BeforeYouBeginSection {...p} />,
  inventory: (p) => <InventorySection {...p} />,
  timeline: (p) => <TimelineSection {...p} />,
  lies: (p) => <LiesSection {...p} />,
  letter: (p) => <LetterSection {...p} />,
  answers: (p) => <AnswersSection {...p} />,
  polygraph: (p) => <PolygraphSection {...p} />,
  readiness: (p) => <ReadinessSection {...p} />,
};

const STARTED: Record<DisclosingSectionId, (w: W) => boolean> = {
  beforeYouBegin: (w) => {
    const s = w.sections.beforeYouBegin;
    return s.read || s.scope !== 'relationship' || Object.values(s.readiness).some(Boolean);
  },
  inventory: (w) => w.sections.inventory.cards.some((c) => c.happened !== 'unanswered'),
  timeline: (w) => w.sections.timeline.entries.length > 0,
  lies: (w) => w.sections.lies.items.length > 0,
  letter: (w) => w.sections.letter.current !== null || w.sections.letter.drafts.length > 0,
  answers: (w) => Object.values(w.sections.answers.answers).some((a) => a.text.trim() !== '' || a.letterSection.trim() !== ''),
  polygraph: (w) => w.sections.polygraph.questions.length > 0,
  readiness: (w) => {
    const r = w.sections.readiness;
    return (
      Object.values(r.checklist).some(Boolean) ||
      [r.sessionDate, r.dayPlan, r.weekAfterPlan, r.contacts].some((t) => t.trim() !== '')
    );
  },
};

/** The disclosing partner's sections, in the order of the guided path. */
export const disclosingSections: SectionDefinition<DisclosingWorkbook>[] = DISCLOSING_SECTIONS.map((text) => ({
  id: text.id,
  title: text.title,
  summary: text.summary,
  isStarted: STARTED[text.id],
  render: COMPONENTS[text.id],
}));
