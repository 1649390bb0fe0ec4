/** The partner's workbook, one entry a section, in the order of the guided path. */
import {
  boundaryBlocks,
  checkInBlocks,
  crisisBlocks,
  impactLetterBlocks,
  partnerQuestionsBlocks,
  safetyPlanBlocks,
  supportBlocks,
} from '../export/sectionBlocks';
import { ownTestingBlocks, partnerAfterBlocks, partnerPolygraphBlocks } from '../export/clinicalBlocks';
import { PARTNER_SECTION_TEXTS as texts } from '../guidance/sectionTexts';
import { readyToAskCount } from '../workbook/partner/questionCounts';
import { partnerSectionsSchema, type PartnerSections } from '../workbook/schema';
import { hasText, plural, type RoleCatalog } from './types';

const schema = partnerSectionsSchema.shape;

const planAnswers = (plan: PartnerSections['safetyPlan']): string[] =>
  [plan.before, plan.during, plan.after].flatMap((phase) => Object.values(phase)).filter((v) => v.trim() !== '');

export const PARTNER_CATALOG = {
  beforeYouBegin: {
    texts: texts.beforeYouBegin,
    schema: schema.beforeYouBegin,
    isStarted: (s) => s.read,
    isComplete: (s) => s.read,
    outlineCount: (s) => (s.read ? 'read' : 'not read yet'),
    document: null,
  },
  questions: {
    texts: texts.questions,
    schema: schema.questions,
    isStarted: (s) => s.items.length > 0,
    outlineCount: (s) => `${plural(readyToAskCount(s.items), 'question')} ready`,
    figures: (s) => ({ questions: s.items.length }),
    document: { order: 1, private: false, blocks: partnerQuestionsBlocks },
  },
  support: {
    texts: texts.support,
    schema: schema.support,
    isStarted: (s) => s.people.length > 0,
    outlineCount: (s) => plural(s.people.length, 'person', 'people'),
    figures: (s) => ({ supportPeople: s.people.length }),
    document: { order: 5, private: true, blocks: supportBlocks },
  },
  boundaries: {
    texts: texts.boundaries,
    schema: schema.boundaries,
    isStarted: (s) => s.items.length > 0,
    outlineCount: (s) => plural(s.items.length, 'boundary', 'boundaries'),
    figures: (s) => ({ boundaries: s.items.length }),
    document: { order: 3, private: true, blocks: boundaryBlocks },
  },
  safetyPlan: {
    texts: texts.safetyPlan,
    schema: schema.safetyPlan,
    isStarted: (s) => planAnswers(s).length > 0,
    outlineCount: (s) => plural(planAnswers(s).length, 'answer'),
    document: { order: 4, private: true, blocks: (wb) => [...safetyPlanBlocks(wb), ...ownTestingBlocks(wb)] },
  },
  afterDisclosure: {
    texts: texts.afterDisclosure,
    schema: schema.afterDisclosure,
    isStarted: (s) => hasText(Object.values(s.answers)),
    outlineCount: (s) => plural(Object.values(s.answers).filter((v) => v.trim() !== '').length, 'answer'),
    document: { order: 8, private: true, blocks: partnerAfterBlocks },
  },
  checkIns: {
    texts: texts.checkIns,
    schema: schema.checkIns,
    isStarted: (s) => s.entries.length > 0,
    outlineCount: (s) => plural(s.entries.length, 'check-in'),
    figures: (s) => ({ checkIns: s.entries.length }),
    document: { order: 2, private: true, blocks: checkInBlocks },
  },
  impactLetter: {
    texts: texts.impactLetter,
    schema: schema.impactLetter,
    isStarted: (s) => s.current !== null || s.drafts.length > 0,
    outlineCount: (s) => (s.drafts.length > 0 ? plural(s.drafts.length, 'draft') : s.current ? 'working copy' : 'not started'),
    figures: (s) => ({ impactLetterDrafts: s.drafts.length }),
    document: { order: 6, private: true, blocks: impactLetterBlocks },
  },
  polygraph: {
    texts: texts.polygraph,
    schema: schema.polygraph,
    isStarted: (s) => s.questions.length > 0 || hasText([s.hearResult, s.notes]),
    // Counted only when they are shared: left out, they stay in this workbook.
    outlineCount: (s) =>
      s.includeQuestions || s.questions.length === 0 ? plural(s.questions.length, 'question') : 'questions not included',
    document: { order: 9, private: true, blocks: partnerPolygraphBlocks },
  },
  crisis: {
    texts: texts.crisis,
    schema: schema.crisis,
    isStarted: (s) => s.localResources.length > 0,
    outlineCount: (s) => plural(s.localResources.length, 'resource'),
    figures: (s) => ({ localResources: s.localResources.length }),
    document: { order: 7, private: true, blocks: crisisBlocks },
  },
} satisfies RoleCatalog<'partner'>;
