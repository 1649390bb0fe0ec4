import {
  QUESTION_PRIORITIES,
  QUESTION_STATUSES,
  type QuestionPriority,
  type QuestionStatus,
} from '../categories';
import type { PartnerQuestion } from '../schema';

export interface QuestionCounts {
  readonly total: number;
  readonly byPriority: Readonly<Record<QuestionPriority, number>>;
  readonly byStatus: Readonly<Record<QuestionStatus, number>>;
}

/** How many questions there are for each priority and each status (every key present, zero when none). */
export function countQuestions(items: readonly Pick<PartnerQuestion, 'priority' | 'status'>[]): QuestionCounts {
  const byPriority = Object.fromEntries(QUESTION_PRIORITIES.map((p) => [p, 0])) as Record<QuestionPriority, number>;
  const byStatus = Object.fromEntries(QUESTION_STATUSES.map((s) => [s, 0])) as Record<QuestionStatus, number>;
  for (const item of items) {
    byPriority[item.priority] += 1;
    byStatus[item.status] += 1;
  }
  return { total: items.length, byPriority, byStatus };
}
