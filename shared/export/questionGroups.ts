/**
 * The partner's questions as the therapist reads them: grouped by priority, then by
 * category, in session order inside each group, and numbered 1..n through the whole list.
 */
import {
  QUESTION_CATEGORY_IDS,
  QUESTION_PRIORITIES,
  type QuestionCategoryId,
  type QuestionPriority,
} from '../workbook/categories';

export interface GroupableQuestion {
  id: string;
  text: string;
  category: QuestionCategoryId;
  priority: QuestionPriority;
}

export interface QuestionGroup<Q extends GroupableQuestion> {
  priority: QuestionPriority;
  categories: { category: QuestionCategoryId; questions: { number: number; question: Q }[] }[];
}

export function groupQuestions<Q extends GroupableQuestion>(questions: readonly Q[]): QuestionGroup<Q>[] {
  const groups: QuestionGroup<Q>[] = [];
  let number = 0;
  for (const priority of QUESTION_PRIORITIES) {
    const inPriority = questions.filter((q) => q.priority === priority);
    if (inPriority.length === 0) continue;
    const group: QuestionGroup<Q> = { priority, categories: [] };
    for (const category of QUESTION_CATEGORY_IDS) {
      const inCategory = inPriority.filter((q) => q.category === category);
      if (inCategory.length === 0) continue;
      group.categories.push({ category, questions: inCategory.map((question) => ({ number: ++number, question })) });
    }
    groups.push(group);
  }
  return groups;
}
