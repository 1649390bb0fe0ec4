import { QUESTION_CATEGORY_LABELS, QUESTION_PRIORITY_LABELS } from '../../../shared/guidance/questionBank';
import { ANSWER_MODE_LABELS, ANSWER_TEXTS } from '../../../shared/guidance/handoffTexts';
import { isAnswered, unansweredCount } from '../../../shared/workbook/disclosing/answers';
import type { Answer } from '../../../shared/workbook/schema';
import { ImportQuestions } from '../export/ImportQuestions';
import { SectionIntro, type DisclosingProps } from './common';
import { TextAreaWithNotes } from './TextAreaWithNotes';
import { focusOn, OpenItemsPanel } from './OpenItemsPanel';
import { openItems } from '../../../shared/export/openItems';
import { OPEN_ITEM_TEXTS } from '../../../shared/guidance/handoffTexts';
import { TextField } from '../../ui/fields';

const EMPTY_ANSWER: Answer = { text: '', letterSection: '', reviewedWithTherapist: false };

export function AnswersSection({ content, update }: DisclosingProps) {
  const s = content.sections.answers;
  if (!s.packet) {
    return (
      <section aria-labelledby="section-title" className="dz-section">
        <SectionIntro id="answers" />
        <div className="empty-state dz-calm">
          <h3>No questions yet, and that is expected</h3>
          <p>
            Your partner’s questions usually arrive only after their therapist, and then yours, have looked at them. When your
            therapist passes them on, they can be brought into this workbook, and each one will appear here with room for your
            answer.
          </p>
          <p>Until then, the inventory, timeline and letter are the best preparation.</p>
        </div>
        <ImportQuestions content={content} update={update} />
      </section>
    );
  }
  const questions = [...s.packet.questions].sort((a, b) => a.order - b.order);
  const open = unansweredCount(s);
  const firstUnanswered = questions.find((q) => !isAnswered(s.answers[q.id]));
  const firstUnreviewed = questions.find((q) => isAnswered(s.answers[q.id]) && !s.answers[q.id]?.reviewedWithTherapist);
  const openLinks = openItems({ inventory: null, answers: s, letter: null }).map((item) => {
    const target = item.id === 'reviews' ? firstUnreviewed : firstUnanswered;
    const field = item.id === 'reviews' ? 'input[type=checkbox]' : 'textarea';
    return {
      item,
      action: OPEN_ITEM_TEXTS.goAnswer,
      go: () => target && focusOn(`li[data-question="${CSS.escape(target.id)}"] ${field}`),
    };
  });
  return (
    <section aria-labelledby="section-title" className="dz-section">
      <SectionIntro id="answers" />
      <p className="dz-count" role="status" data-testid="unanswered-count">
        {open === 0
          ? `All ${questions.length} questions have an answer.`
          : `${open} of ${questions.length} questions still without an answer.`}
      </p>
      <OpenItemsPanel id="answers-open-items" links={openLinks} />
      <ol className="dz-plain-list">
        {questions.map((q) => {
          const i = q.number - 1;
          const a = s.answers[q.id] ?? EMPTY_ANSWER;
          const edit = <K extends 'text' | 'letterSection' | 'reviewedWithTherapist'>(field: K, v: Answer[K]) =>
            update((d) => {
              const answers = d.sections.answers.answers;
              const current = answers[q.id] ?? EMPTY_ANSWER;
              answers[q.id] = { ...current, [field]: v };
            });
          return (
            <li key={q.id} className="card dz-question" value={q.number} data-question={q.id}>
              <p className="dz-q-meta muted">
                Question {q.number} · {QUESTION_CATEGORY_LABELS[q.category]}
                {q.priority ? ` · ${QUESTION_PRIORITY_LABELS[q.priority]}` : ''}
                {q.answerMode ? ` · ${ANSWER_MODE_LABELS[q.answerMode]}` : ''}
              </p>
              <h3 className="dz-q-text">{q.text}</h3>
              <TextAreaWithNotes
                content={content}
                update={update}
                notesKey={`answer:${q.id}`}
                label={`My answer to question ${i + 1}`}
                rows={4}
                value={a.text}
                onChange={(v) => edit('text', v)}
              />
              <TextField
                label={`Answered in the letter, section (optional, question ${i + 1})`}
                value={a.letterSection}
                onChange={(v) => edit('letterSection', v)}
                hint="If the letter already answers this, name the section, for example “Money”."
              />
              <div className="checkbox">
                <label>
                  <input
                    type="checkbox"
                    checked={a.reviewedWithTherapist}
                    onChange={(e) => edit('reviewedWithTherapist', e.target.checked)}
                  />{' '}
                  {ANSWER_TEXTS.reviewed} <span className="visually-hidden">(question {q.number})</span>
                </label>
              </div>
            </li>
          );
        })}
      </ol>
      <ImportQuestions content={content} update={update} />
    </section>
  );
}
