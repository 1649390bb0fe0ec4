/**
 * Stable identifiers shared by the schema, the guidance texts, the UI and the export.
 * Labels and guidance live in shared/guidance; these ids are stored in workbook files,
 * so they must never be renamed (add a migration instead).
 */
export const INVENTORY_CATEGORY_IDS = [
  'pornography',
  'sextingChat',
  'datingApps',
  'emotionalAffairs',
  'physicalAffairs',
  'paidSex',
  'stripClubs',
  'voyeurismExhibitionism',
  'illegal',
  'other',
] as const;
export type InventoryCategoryId = (typeof INVENTORY_CATEGORY_IDS)[number];

export const QUESTION_CATEGORY_IDS = [
  'scope',
  'timeline',
  'frequency',
  'people',
  'places',
  'emotional',
  'money',
  'health',
  'legal',
  'lies',
  'suspicions',
  'future',
] as const;
export type QuestionCategoryId = (typeof QUESTION_CATEGORY_IDS)[number];

export const QUESTION_PRIORITIES = ['needToKnow', 'wantToKnow', 'notSure', 'maybeLater'] as const;
export type QuestionPriority = (typeof QUESTION_PRIORITIES)[number];

export const QUESTION_STATUSES = ['draft', 'ready', 'setAside'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export const PLACE_IDS = ['home', 'ourBed', 'car', 'workplace', 'hotel', 'online', 'travel', 'otherPlace'] as const;
export type PlaceId = (typeof PLACE_IDS)[number];

/** `omission` since v8. */
export const LIE_KINDS = ['coverStory', 'omission', 'deniedSuspicion', 'partialDisclosure'] as const;
export type LieKind = (typeof LIE_KINDS)[number];

/** How the partner wants to hear an answer. */
export const ANSWER_MODES = ['readAloud', 'inWriting', 'laterWithTherapist'] as const;
export type AnswerMode = (typeof ANSWER_MODES)[number];

/** Context on the line of time: the life around the behaviour (since v7). */
export const MILESTONE_KINDS = ['wedding', 'birth', 'move', 'illness', 'job', 'other'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
