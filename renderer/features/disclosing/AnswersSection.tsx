import { QUESTION_CATEGORY_LABELS, QUESTION_PRIORITY_LABELS } from '../../../shared/guidance/questionBank';
import { unansweredCount } from '../../../shared/workbook/disclosing/answers';
import { ImportQuestions } from '../export/ImportQuestions';
import { SectionIntro, TextField, type DisclosingProps } from './common';

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
  return (
    <section aria-labelledby="section-title" className="dz-section">
      <SectionIntro id="answers" />
      <p className="dz-count" role="status" data-testid="unanswered-count">
        {open === 0
          ? `All ${questions.length} questions have an answer.`
          : `${open} of ${questions.length} questions still without an answer.`}
      </p>
      <ol className="dz-plain-list">
        {questions.map((q, i) => {
          const a = s.answers[q.id] ?? { text: '', letterSection: '' };
          const edit = (field: 'text' | 'letterSection', v: string) =>
            update((d) => {
              const answers = d.sections.answers.answers;
              const current = answers[q.id] ?? { text: '', letterSection: '' };
              answers[q.id] = { ...current, [field]: v };
            });
          return (
            <li key={q.id} className="card dz-question">
              <p className="dz-q-meta muted">
                Question {i + 1} · {QUESTION_CATEGORY_LABELS[q.category]} · {QUESTION_PRIORITY_LABELS[q.priority]}
              </p>
              <h3 className="dz-q-text">{q.text}</h3>
              <TextField
                label={`My answer to question ${i + 1}`}
                multiline
                rows={4}
                maxLength={200_000}
                value={a.text}
                onChange={(v) => edit('text', v)}
              />
              <TextField
                label={`Answered in the letter, section (optional, question ${i + 1})`}
                value={a.letterSection}
                onChange={(v) => edit('letterSection', v)}
                hint="If the letter already answers this, name the section, for example “Money”."
              />
            </li>
          );
        })}
      </ol>
      <ImportQuestions content={content} update={update} />
    </section>
  );
}
