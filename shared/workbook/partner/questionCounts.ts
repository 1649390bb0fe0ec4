import { QUESTION_PRIORITIES, QUESTION_STATUSES, type QuestionPriority, type QuestionStatus } from '../categories';
import type { PartnerQuestion, PartnerWorkbook } from '../schema';

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

/** A question goes to the therapist (export, question packet) only when marked ready and not empty. */
export function isReadyToAsk(question: Pick<PartnerQuestion, 'status' | 'text'>): boolean {
  return question.status === 'ready' && question.text.trim() !== '';
}

/** The questions that go to the therapist (the export and the released packet): marked ready and not empty. */
export function readyQuestions(partner: Pick<PartnerWorkbook, 'sections'>): PartnerQuestion[] {
  return partner.sections.questions.items.filter(isReadyToAsk);
}

export function readyToAskCount(items: readonly Pick<PartnerQuestion, 'status' | 'text'>[]): number {
  return items.filter(isReadyToAsk).length;
}

export type QuestionStatusFilter = QuestionStatus | 'all';

/**
 * The questions to show for a status filter, each with its place (1-based) in the whole list,
 * so a filtered view still says "Question 7 of 20".
 */
export function questionsWithStatus<Q extends Pick<PartnerQuestion, 'status'>>(
  items: readonly Q[],
  filter: QuestionStatusFilter,
): { question: Q; position: number }[] {
  return items
    .map((question, i) => ({ question, position: i + 1 }))
    .filter(({ question }) => filter === 'all' || question.status === filter);
}
