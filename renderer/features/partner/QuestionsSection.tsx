import { useCallback, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import {
  QUESTION_BANK_TEXTS,
  QUESTION_CATEGORY_HINTS,
  QUESTION_CATEGORY_LABELS,
  QUESTION_PRIORITY_LABELS,
  QUESTION_STATUS_LABELS,
  searchQuestionBank,
  type SampleQuestion,
} from '../../../shared/guidance/questionBank';
import {
  QUESTION_CATEGORY_IDS,
  QUESTION_PRIORITIES,
  QUESTION_STATUSES,
  type QuestionCategoryId,
} from '../../../shared/workbook/categories';
import {
  countQuestions,
  questionsWithStatus,
  readyToAskCount,
  type QuestionStatusFilter,
} from '../../../shared/workbook/partner/questionCounts';
import { bankIdsOnList, ownQuestion, questionFromBank } from '../../../shared/workbook/partner/questionFromBank';
import { moveInDirection, moveRelativeTo, positionOf, type MoveDirection } from '../../../shared/workbook/partner/questionOrder';
import type { PartnerQuestion, PartnerWorkbook } from '../../../shared/workbook/schema';
import { ReleaseQuestions } from '../export/ReleaseQuestions';
import type { SectionProps } from '../types';
import { newId } from '../../ui/ids';
import { labelledOptions, SelectField } from '../../ui/fields';
import { QuestionCard } from './QuestionCard';
import { listAround, sectionHeading, useRemoveListItem } from '../../ui/UndoRemoval';
import { SectionIntro } from './SectionIntro';

const STATUS_FILTER_OPTIONS: readonly { value: QuestionStatusFilter; label: string }[] = [
  { value: 'all', label: 'All questions' },
  ...labelledOptions(QUESTION_STATUSES, QUESTION_STATUS_LABELS),
];

export function QuestionsSection({ content, update }: SectionProps<PartnerWorkbook>) {
  const items = content.sections.questions.items;
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const [announcement, setAnnouncement] = useState('');
  const [statusFilter, setStatusFilter] = useState<QuestionStatusFilter>('all');
  const shown = useMemo(() => questionsWithStatus(items, statusFilter), [items, statusFilter]);

  const reorder = useCallback(
    (id: string, next: PartnerQuestion[], focusAfter?: MoveDirection) => {
      const position = positionOf(next, id);
      update((d) => {
        const byId = new Map(d.sections.questions.items.map((q) => [q.id, q]));
        d.sections.questions.items = next.map((q) => byId.get(q.id)!).filter(Boolean);
      });
      setAnnouncement(`Moved to position ${position} of ${next.length}.`);
      if (focusAfter) {
        // Reordering moves DOM nodes, which can drop focus: put it back on the same control,
        // or on the opposite one when the item reached an end of the list.
        requestAnimationFrame(() => {
          const opposite: Record<MoveDirection, MoveDirection> = { up: 'down', down: 'up', top: 'bottom', bottom: 'top' };
          const same = document.getElementById(`move-${id}-${focusAfter}`) as HTMLButtonElement | null;
          const other = document.getElementById(`move-${id}-${opposite[focusAfter]}`) as HTMLButtonElement | null;
          (same && !same.disabled ? same : other)?.focus();
        });
      }
    },
    [update],
  );

  const onMove = useCallback(
    (id: string, direction: MoveDirection) => reorder(id, moveInDirection(itemsRef.current, id, direction), direction),
    [reorder],
  );
  const onDrop = useCallback(
    (draggedId: string, targetId: string, place: 'before' | 'after') =>
      reorder(draggedId, moveRelativeTo(itemsRef.current, draggedId, targetId, place)),
    [reorder],
  );
  const removeItem = useRemoveListItem(update);
  const shownRef = useRef(shown);
  shownRef.current = shown;
  const onRemove = useCallback(
    (id: string, from: HTMLElement) => {
      const position = itemsRef.current.findIndex((q) => q.id === id) + 1;
      removeItem({
        items: itemsRef.current,
        shown: shownRef.current.map((s) => s.question),
        id,
        inDraft: (d) => d.sections.questions.items,
        what: `question ${position}`,
        list: listAround(from),
        heading: sectionHeading,
      });
    },
    [removeItem],
  );

  const addQuestion = useCallback(
    (q: PartnerQuestion) => {
      update((d) => {
        d.sections.questions.items.push(q);
      });
      setAnnouncement(`Added to your list as question ${itemsRef.current.length + 1}.`);
    },
    [update],
  );

  return (
    <section aria-labelledby="section-title" className="partner-section">
      <SectionIntro id="questions" />
      <QuestionCounts items={items} />
      <div className="question-add-grid">
        <WriteOwnQuestion onAdd={addQuestion} />
        <QuestionBankBrowser items={items} onAdd={addQuestion} />
      </div>

      <h3 id="my-list-title">My list, in the order I would like to ask</h3>
      <p className="hint">
        Drag a question by its handle, or use the arrow buttons, to change the order. Nothing here is final; you can change it
        whenever you like.
      </p>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="order-announcement">
        {announcement}
      </p>
      {items.length > 0 && (
        <SelectField
          label="Show"
          className="field question-filter"
          value={statusFilter}
          options={STATUS_FILTER_OPTIONS}
          onChange={setStatusFilter}
        >
          {statusFilter !== 'all' && (
            <p className="hint" role="status" data-testid="question-filter-status">
              {shown.length === 0
                ? `No questions are marked “${QUESTION_STATUS_LABELS[statusFilter]}” right now.`
                : `Showing ${shown.length} of ${items.length}. To change the order, show all questions.`}
            </p>
          )}
        </SelectField>
      )}
      {items.length === 0 ? (
        <p className="muted empty-state">
          Your list is empty for now. Add a question above whenever you are ready; there is no rush.
        </p>
      ) : (
        <ol className="question-list" aria-labelledby="my-list-title">
          {shown.map(({ question: q, position }) => (
            <QuestionCard
              key={q.id}
              question={q}
              position={position}
              total={items.length}
              update={update}
              onMove={onMove}
              onDrop={onDrop}
              onRemove={onRemove}
              reorderable={statusFilter === 'all'}
            />
          ))}
        </ol>
      )}
      <ReleaseQuestions
        readyCount={readyToAskCount(items)}
        sharePriority={content.sections.questions.sharePriority}
        onSharePriority={(v) =>
          update((d) => {
            d.sections.questions.sharePriority = v;
          })
        }
        onNumbers={(numbers, nextNumber) =>
          update((d) => {
            for (const q of d.sections.questions.items) {
              const n = numbers[q.id];
              if (n !== undefined && q.number === null) q.number = n;
            }
            d.sections.questions.nextNumber = Math.max(d.sections.questions.nextNumber, nextNumber);
          })
        }
      />
    </section>
  );
}

function QuestionCounts({ items }: { items: readonly PartnerQuestion[] }) {
  const counts = useMemo(() => countQuestions(items), [items]);
  return (
    <div className="counts card soft" data-testid="question-counts">
      <p className="counts-total">
        {counts.total === 0
          ? 'No questions on your list yet.'
          : `${counts.total} question${counts.total === 1 ? '' : 's'} on your list.`}
      </p>
      <div className="counts-groups">
        <dl aria-label="By how much I want to know">
          {QUESTION_PRIORITIES.map((p) => (
            <div key={p} className="count-chip">
              <dt>{QUESTION_PRIORITY_LABELS[p]}</dt>
              <dd>{counts.byPriority[p]}</dd>
            </div>
          ))}
        </dl>
        <dl aria-label="By where they stand">
          {QUESTION_STATUSES.map((s) => (
            <div key={s} className="count-chip">
              <dt>{QUESTION_STATUS_LABELS[s]}</dt>
              <dd>{counts.byStatus[s]}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}

const OWN_QUESTION_DEFAULT_TOPIC: QuestionCategoryId = 'scope';

function WriteOwnQuestion({ onAdd }: { onAdd: (q: PartnerQuestion) => void }) {
  const uid = useId();
  const [text, setText] = useState('');
  const [category, setCategory] = useState<QuestionCategoryId>(OWN_QUESTION_DEFAULT_TOPIC);
  const [message, setMessage] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === '') {
      setMessage('Write your question first, in any words that feel right.');
      return;
    }
    onAdd(ownQuestion(text, category, newId(), new Date()));
    setText('');
    // Each new question starts from the default topic: the last one's topic is not carried over.
    setCategory(OWN_QUESTION_DEFAULT_TOPIC);
    setMessage('');
  };

  return (
    <form className="card soft" onSubmit={submit} aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>Write my own question</h3>
      <div className="field">
        <label htmlFor={`${uid}-text`}>My question</label>
        <textarea
          id={`${uid}-text`}
          rows={3}
          value={text}
          aria-describedby={message ? `${uid}-msg` : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        {message && (
          <p id={`${uid}-msg`} className="hint" role="status">
            {message}
          </p>
        )}
      </div>
      <SelectField
        label="Topic"
        id={`${uid}-cat`}
        options={labelledOptions(QUESTION_CATEGORY_IDS, QUESTION_CATEGORY_LABELS)}
        value={category}
        onChange={setCategory}
      />
      <div className="actions start">
        <button type="submit" className="primary">
          Add to my list
        </button>
      </div>
    </form>
  );
}

function QuestionBankBrowser({ items, onAdd }: { items: readonly PartnerQuestion[]; onAdd: (q: PartnerQuestion) => void }) {
  const uid = useId();
  const [query, setQuery] = useState('');
  const searching = query.trim() !== '';
  const results = useMemo(() => searchQuestionBank(query), [query]);
  const onList = useMemo(() => bankIdsOnList(items), [items]);
  const groups = useMemo(
    () =>
      QUESTION_CATEGORY_IDS.map((category) => ({ category, questions: results.filter((q) => q.category === category) })).filter(
        (g) => g.questions.length > 0,
      ),
    [results],
  );

  const add = (sample: SampleQuestion) => onAdd(questionFromBank(sample, newId(), new Date()));
  const list = (questions: readonly SampleQuestion[], label: string) => (
    <ul className="bank-list" aria-label={label}>
      {questions.map((sample) => {
        const added = onList.has(sample.id);
        return (
          <li key={sample.id} className="bank-item">
            <span className="bank-text">{sample.text}</span>
            <button
              type="button"
              disabled={added}
              onClick={() => add(sample)}
              aria-label={added ? `On my list: ${sample.text}` : `Add to my list: ${sample.text}`}
            >
              {added ? 'On my list' : 'Add'}
            </button>
          </li>
        );
      })}
    </ul>
  );

  return (
    <div className="card soft bank" role="region" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>{QUESTION_BANK_TEXTS.title}</h3>
      <p className="bank-before" data-testid="bank-before">
        {QUESTION_BANK_TEXTS.before}
      </p>
      <p className="hint">{QUESTION_BANK_TEXTS.how}</p>
      <div className="field">
        <label htmlFor={`${uid}-q`}>{QUESTION_BANK_TEXTS.searchLabel}</label>
        <input id={`${uid}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      </div>
      <p className="hint" role="status" aria-live="polite">
        {searching ? QUESTION_BANK_TEXTS.searchCount(results.length) : ''}
      </p>
      {searching ? (
        groups.map((g) => (
          <div key={g.category} className="bank-group">
            <h4 className="bank-topic-title">{QUESTION_CATEGORY_LABELS[g.category]}</h4>
            {list(g.questions, QUESTION_CATEGORY_LABELS[g.category])}
          </div>
        ))
      ) : (
        <div className="bank-topics">
          {groups.map((g) => (
            <details key={g.category} className="bank-topic" data-testid={`bank-topic-${g.category}`}>
              <summary>
                <span className="bank-topic-title">{QUESTION_CATEGORY_LABELS[g.category]}</span>{' '}
                <span className="bank-cat">{QUESTION_BANK_TEXTS.topicCount(g.questions.length)}</span>
              </summary>
              <p className="hint">{QUESTION_CATEGORY_HINTS[g.category]}</p>
              {list(g.questions, QUESTION_CATEGORY_LABELS[g.category])}
            </details>
          ))}
        </div>
      )}
    </div>
  );
}
