import type { SampleQuestion } from '../../guidance/questionBank';
import type { QuestionCategoryId } from '../categories';
import type { PartnerQuestion } from '../schema';

/**
 * A question for the partner's list, made from a sample question. It starts as "not sure yet"
 * and a draft: the partner decides how much it matters, never the app.
 */
export function questionFromBank(sample: SampleQuestion, id: string, now: Date): PartnerQuestion {
  return {
    id,
    text: sample.text,
    category: sample.category,
    priority: 'notSure',
    status: 'draft',
    why: '',
    feeling: '',
    fromBank: sample.id,
    createdAt: now.toISOString(),
    number: null,
    answerMode: null,
  };
}

/** A question the partner wrote themselves. Surrounding spaces are trimmed. */
export function ownQuestion(text: string, category: QuestionCategoryId, id: string, now: Date): PartnerQuestion {
  return {
    id,
    text: text.trim(),
    category,
    priority: 'notSure',
    status: 'draft',
    why: '',
    feeling: '',
    fromBank: null,
    createdAt: now.toISOString(),
    number: null,
    answerMode: null,
  };
}

/** Ids of the sample questions already on the list, so the bank can show them as added. */
export function bankIdsOnList(items: readonly Pick<PartnerQuestion, 'fromBank'>[]): Set<string> {
  const ids = new Set<string>();
  for (const item of items) if (item.fromBank !== null) ids.add(item.fromBank);
  return ids;
}
