import { useRef } from 'react';
import { POLYGRAPH_TEXTS } from '../../../shared/guidance/afterTexts';
import { useRemoveListItem } from '../../ui/UndoRemoval';
import { SectionIntro, type DisclosingProps } from './common';
import { TextAreaWithNotes } from './TextAreaWithNotes';
import { TextField } from '../../ui/fields';
import { newId } from '../../ui/ids';
import { AddButton } from '../../ui/ItemList';
import { fieldBinder, itemBinder } from '../../ui/list';
import { focusAfterPaint } from '../../ui/focus';

const MAX_QUESTIONS = 4;

export function PolygraphSection({ content, update }: DisclosingProps) {
  const questions = content.sections.polygraph.questions;
  const page = fieldBinder(update, (d) => d.sections.polygraph, content.sections.polygraph);
  const listRef = useRef<HTMLOListElement>(null);
  const removeItem = useRemoveListItem(update);
  return (
    <section aria-labelledby="section-title" className="dz-section">
      <SectionIntro id="polygraph" />
      <p className="notice" role="note">
        {POLYGRAPH_TEXTS.rememberFirst}
      </p>
      <div className="card">
        <TextField label={POLYGRAPH_TEXTS.examDate} {...page.text('examDate')} />
        <TextField label={POLYGRAPH_TEXTS.examiner} {...page.text('examiner')} />
      </div>
      {questions.length === 0 ? (
        <p className="empty-state">
          Nothing here yet. If your therapist’s practice uses a polygraph, add the questions you agree on together. Many practices
          never use one, and that is fine.
        </p>
      ) : (
        <ol className="dz-list" ref={listRef}>
          {questions.map((q, i) => {
            const bind = itemBinder(update, (d) => d.sections.polygraph.questions, q);
            return (
              <li key={q.id} className="card">
                <h3>Question {i + 1}</h3>
                <TextField label={`Question ${i + 1}, to be answered yes or no`} {...bind.text('text')} />
                <TextField
                  label={`${POLYGRAPH_TEXTS.definitions} (question ${i + 1})`}
                  hint={POLYGRAPH_TEXTS.definitionsHint}
                  multiline
                  rows={2}
                  {...bind.text('definitions')}
                />
                <TextAreaWithNotes
                  content={content}
                  update={update}
                  notesKey={`polygraph:${q.id}`}
                  label={`Notes on question ${i + 1}`}
                  {...bind.text('notes')}
                />
                <div className="actions">
                  <button
                    type="button"
                    onClick={() =>
                      removeItem({
                        items: questions,
                        id: q.id,
                        inDraft: (d) => d.sections.polygraph.questions,
                        what: `question ${i + 1}`,
                        list: () => listRef.current,
                        heading: () => document.getElementById('section-title'),
                      })
                    }
                  >
                    Remove question {i + 1}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <AddButton
        label="Add a question"
        primary
        disabled={questions.length >= MAX_QUESTIONS}
        onAdd={() => {
          update((d) => {
            d.sections.polygraph.questions.push({ id: newId(), text: '', notes: '', definitions: '' });
          });
          focusAfterPaint(() => listRef.current?.querySelector<HTMLInputElement>('li:last-child input'));
        }}
      >
        {questions.length >= MAX_QUESTIONS && (
          <p className="muted">Four questions is the most this page keeps; most practices use one to three.</p>
        )}
      </AddButton>
    </section>
  );
}
