/** The disclosing partner's workbook, one entry a section, in the order of the guided path. */
import {
  answersBlocks,
  disclosureLetterBlocks,
  inventoryBlocks,
  liesBlocks,
  polygraphBlocks,
  readinessBlocks,
} from '../export/sectionBlocks';
import {
  childrenBlocks,
  disclosingAfterBlocks,
  noContactBlocks,
  restitutionLetterBlocks,
  selfCheckInBlocks,
  timelineWithMilestonesBlocks,
} from '../export/clinicalBlocks';
import { DISCLOSING_SECTION_TEXTS as texts, READINESS_CHECKLIST } from '../guidance/sectionTexts';
import { disclosingSectionsSchema, type DisclosingSections } from '../workbook/schema';
import { hasText, letterRules, listRules, plural, readRules, type RoleCatalog } from './types';

const schema = disclosingSectionsSchema.shape;
const list = listRules<DisclosingSections>();

const answered = (answers: Record<string, { text: string }>) => Object.values(answers).filter((a) => a.text.trim() !== '');

export const DISCLOSING_CATALOG = {
  beforeYouBegin: {
    texts: texts.beforeYouBegin,
    schema: schema.beforeYouBegin,
    isStarted: (s) => s.read || s.scope !== 'relationship' || Object.values(s.readiness).some(Boolean),
    ...readRules,
    document: null,
  },
  inventory: {
    texts: texts.inventory,
    schema: schema.inventory,
    isStarted: (s) => s.cards.some((c) => c.happened !== 'unanswered') || s.children.happened !== 'unanswered',
    isComplete: (s) => s.cards.length > 0 && s.cards.every((c) => c.happened !== 'unanswered'),
    outlineCount: (s) => plural(s.cards.length, 'card'),
    figures: (s) => ({ inventoryCards: s.cards.length }),
    document: { order: 2, private: false, blocks: (wb) => [...inventoryBlocks(wb), ...childrenBlocks(wb)] },
  },
  timeline: {
    texts: texts.timeline,
    schema: schema.timeline,
    ...list('timeline', (s) => s.entries, { one: 'entry', many: 'entries', figure: 'timelineEntries' }),
    document: { order: 3, private: false, blocks: timelineWithMilestonesBlocks },
  },
  lies: {
    texts: texts.lies,
    schema: schema.lies,
    ...list('lies', (s) => s.items, { one: 'item', figure: 'lies' }),
    document: { order: 4, private: false, blocks: liesBlocks },
  },
  letter: {
    texts: texts.letter,
    schema: schema.letter,
    ...letterRules('working copy, no saved drafts', 'letterDrafts'),
    document: { order: 1, private: false, blocks: disclosureLetterBlocks },
  },
  answers: {
    texts: texts.answers,
    schema: schema.answers,
    isStarted: (s) => Object.values(s.answers).some((a) => hasText([a.text, a.letterSection])),
    isComplete: (s) => {
      const questions = s.packet?.questions ?? [];
      return questions.length > 0 && questions.every((q) => (s.answers[q.id]?.text.trim() ?? '') !== '');
    },
    outlineCount: (s) =>
      `${plural(s.packet?.questions.length ?? 0, 'released question')}, ${answered(s.answers).length} answered`,
    figures: (s) => ({ releasedQuestions: s.packet?.questions.length ?? 0, answers: answered(s.answers).length }),
    document: { order: 5, private: false, blocks: answersBlocks },
  },
  polygraph: {
    texts: texts.polygraph,
    schema: schema.polygraph,
    ...list('polygraph', (s) => s.questions, { one: 'question', figure: 'polygraphQuestions' }),
    document: { order: 6, private: false, blocks: polygraphBlocks },
  },
  readiness: {
    texts: texts.readiness,
    schema: schema.readiness,
    isStarted: (s) =>
      Object.values(s.checklist).some(Boolean) || hasText([s.sessionDate, s.dayPlan, s.weekAfterPlan, s.contacts]),
    isComplete: (s) => READINESS_CHECKLIST.every((item) => s.checklist[item.id] === true),
    outlineCount: (s) => plural(Object.values(s.checklist).filter(Boolean).length, 'item') + ' checked',
    document: { order: 9, private: true, blocks: readinessBlocks },
  },
  checkIns: {
    texts: texts.checkIns,
    schema: schema.checkIns,
    isStarted: (s) => s.entries.length > 0,
    outlineCount: (s) => plural(s.entries.length, 'check-in'),
    figures: (s) => ({ selfCheckIns: s.entries.length }),
    document: { order: 11, private: true, blocks: selfCheckInBlocks },
  },
  afterDisclosure: {
    texts: texts.afterDisclosure,
    schema: schema.afterDisclosure,
    isStarted: (s) => hasText(Object.values(s.answers)),
    outlineCount: (s) => plural(Object.values(s.answers).filter((v) => v.trim() !== '').length, 'answer'),
    document: { order: 10, private: true, blocks: disclosingAfterBlocks },
  },
  noContact: {
    texts: texts.noContact,
    schema: schema.noContact,
    isStarted: (s) => s.letters.length > 0,
    outlineCount: (s) => `${plural(s.letters.length, 'letter')}, ${s.letters.filter((l) => l.partnerApproved).length} approved`,
    figures: (s) => ({ noContactLetters: s.letters.length }),
    document: { order: 7, private: false, blocks: noContactBlocks },
  },
  restitutionLetter: {
    texts: texts.restitutionLetter,
    schema: schema.restitutionLetter,
    isStarted: (s) => s.current !== null || s.drafts.length > 0,
    outlineCount: (s) => (s.drafts.length > 0 ? plural(s.drafts.length, 'draft') : s.current ? 'working copy' : 'not started'),
    figures: (s) => ({ restitutionDrafts: s.drafts.length }),
    document: { order: 8, private: false, blocks: restitutionLetterBlocks },
  },
} satisfies RoleCatalog<'disclosing'>;
