import { memo, useId, useState, type DragEvent } from 'react';
import { graphicDetailNote } from '../../../shared/guidance/languageCheck';
import {
  QUESTION_CATEGORY_LABELS,
  QUESTION_PRIORITY_LABELS,
  QUESTION_STATUS_LABELS,
} from '../../../shared/guidance/questionBank';
import { QUESTION_CATEGORY_IDS, QUESTION_PRIORITIES, QUESTION_STATUSES } from '../../../shared/workbook/categories';
import type { MoveDirection } from '../../../shared/workbook/partner/questionOrder';
import { MAX_LONG, type PartnerQuestion, type PartnerWorkbook } from '../../../shared/workbook/schema';
import type { Update } from '../types';
import { ANSWER_MODE_LABELS } from '../../../shared/guidance/handoffTexts';
import { ANSWER_MODES, type AnswerMode } from '../../../shared/workbook/categories';
import { labelledOptions, SelectField, TextField } from '../../ui/fields';
import { fieldBinder } from '../../ui/list';

const CATEGORY_OPTIONS = labelledOptions(QUESTION_CATEGORY_IDS, QUESTION_CATEGORY_LABELS);
const PRIORITY_OPTIONS = labelledOptions(QUESTION_PRIORITIES, QUESTION_PRIORITY_LABELS);
const STATUS_OPTIONS = labelledOptions(QUESTION_STATUSES, QUESTION_STATUS_LABELS);
const MODE_OPTIONS: { value: AnswerMode | ''; label: string }[] = [
  { value: '', label: 'Not decided' },
  ...labelledOptions(ANSWER_MODES, ANSWER_MODE_LABELS),
];

interface Props {
  question: PartnerQuestion;
  position: number;
  total: number;
  update: Update<PartnerWorkbook>;
  onMove: (id: string, direction: MoveDirection) => void;
  onDrop: (draggedId: string, targetId: string, place: 'before' | 'after') => void;
  onRemove: (id: string, from: HTMLElement) => void;
  /** False while the list is filtered: the order is changed in the whole list only. */
  reorderable?: boolean;
}

const DRAG_TYPE = 'application/x-dwb-question';

/** One question on the partner's list. Memoised: unchanged questions keep the same object (immer). */
export const QuestionCard = memo(function QuestionCard({
  question,
  position,
  total,
  update,
  onMove,
  onDrop,
  onRemove,
  reorderable = true,
}: Props) {
  const uid = useId();
  const [dropPlace, setDropPlace] = useState<'before' | 'after' | null>(null);
  const note = graphicDetailNote(question.text);

  const bind = fieldBinder(update, (d) => d.sections.questions.items.find((x) => x.id === question.id), question);
  const { edit } = bind;

  const placeFor = (e: DragEvent<HTMLElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return e.clientY < box.top + box.height / 2 ? 'before' : 'after';
  };

  const hasReflection = question.why.trim() !== '' || question.feeling.trim() !== '';

  return (
    <li
      className={`question-card priority-${question.priority}${dropPlace ? ` drop-${dropPlace}` : ''}`}
      data-question-id={question.id}
      onDragOver={(e) => {
        if (!reorderable || !e.dataTransfer.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setDropPlace(placeFor(e));
      }}
      onDragLeave={() => setDropPlace(null)}
      onDrop={(e) => {
        const dragged = e.dataTransfer.getData(DRAG_TYPE);
        setDropPlace(null);
        if (!reorderable || !dragged) return;
        e.preventDefault();
        onDrop(dragged, question.id, placeFor(e));
      }}
    >
      <div className="question-top">
        {reorderable && (
          <span
            className="drag-handle"
            draggable
            title="Drag to change the order"
            aria-hidden="true"
            data-testid={`drag-${position}`}
            onDragStart={(e) => {
              e.dataTransfer.setData(DRAG_TYPE, question.id);
              e.dataTransfer.effectAllowed = 'move';
              const card = e.currentTarget.closest('li');
              if (card) e.dataTransfer.setDragImage(card, 20, 20);
            }}
          >
            ⠿
          </span>
        )}
        <label className="question-number" htmlFor={`${uid}-text`}>
          Question {position}
          <span className="muted"> of {total}</span>
        </label>
        {question.number !== null && (
          <span
            className="status-chip"
            data-testid="question-stable-number"
            title="Its number for the therapist and your partner"
          >
            No. {question.number}
          </span>
        )}
        {reorderable && (
          <div className="move-buttons" role="group" aria-label={`Order of question ${position}`}>
            <button
              type="button"
              id={`move-${question.id}-top`}
              aria-label={`Move question ${position} to the top`}
              disabled={position === 1}
              onClick={() => onMove(question.id, 'top')}
            >
              ⤒
            </button>
            <button
              type="button"
              id={`move-${question.id}-up`}
              aria-label={`Move question ${position} up`}
              disabled={position === 1}
              onClick={() => onMove(question.id, 'up')}
            >
              ↑
            </button>
            <button
              type="button"
              id={`move-${question.id}-down`}
              aria-label={`Move question ${position} down`}
              disabled={position === total}
              onClick={() => onMove(question.id, 'down')}
            >
              ↓
            </button>
            <button
              type="button"
              id={`move-${question.id}-bottom`}
              aria-label={`Move question ${position} to the bottom`}
              disabled={position === total}
              onClick={() => onMove(question.id, 'bottom')}
            >
              ⤓
            </button>
          </div>
        )}
      </div>
      <textarea
        id={`${uid}-text`}
        className="question-text"
        rows={2}
        value={question.text}
        dir="auto"
        maxLength={MAX_LONG}
        onChange={(e) => {
          const text = e.target.value;
          edit((q) => {
            q.text = text;
          });
        }}
      />
      {question.text.trim() === '' && (
        <p className="hint">This question is empty. You can write it when you are ready, or remove it.</p>
      )}
      {note.flagged && (
        <p className="graphic-note" role="note" data-testid="graphic-note">
          {note.note}
        </p>
      )}
      <div className="question-fields">
        <SelectField label="Topic" id={`${uid}-cat`} options={CATEGORY_OPTIONS} {...bind.choice('category')} />
        <SelectField
          label="How much I want to know this"
          id={`${uid}-prio`}
          options={PRIORITY_OPTIONS}
          {...bind.choice('priority')}
        />
        <SelectField<AnswerMode | ''>
          label="How I would like to hear the answer"
          id={`${uid}-mode`}
          options={MODE_OPTIONS}
          value={question.answerMode ?? ''}
          onChange={(v) =>
            edit((q) => {
              q.answerMode = v === '' ? null : v;
            })
          }
        />
        <SelectField label="Where it stands" id={`${uid}-status`} options={STATUS_OPTIONS} {...bind.choice('status')} />
      </div>
      <details className="reflection" open={hasReflection || undefined}>
        <summary>Reflect on this question (optional)</summary>
        <TextField label="Why I want to know" id={`${uid}-why`} multiline rows={2} {...bind.text('why')} />
        <TextField
          label="How I might feel hearing the answer"
          id={`${uid}-feeling`}
          multiline
          rows={2}
          {...bind.text('feeling')}
        />
      </details>
      <div className="question-remove">
        <button
          type="button"
          className="link"
          onClick={(e) => onRemove(question.id, e.currentTarget)}
          aria-label={`Remove question ${position}`}
        >
          Remove
        </button>
      </div>
    </li>
  );
});
