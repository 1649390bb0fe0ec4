import { useRef } from 'react';
import { POLYGRAPH_TEXTS } from '../../../shared/guidance/afterTexts';
import type { PartnerWorkbook } from '../../../shared/workbook/schema';
import { sectionHeading, useRemoveListItem } from '../../ui/UndoRemoval';
import { CheckboxField as Checkbox, TextField } from '../../ui/fields';
import { newId } from '../../ui/ids';
import { editById } from '../../ui/list';
import { SectionIntro } from '../partner/SectionIntro';
import type { SectionProps } from '../types';
import { focusAfterPaint } from '../../ui/focus';

/** The partner's view of a polygraph: optional, questions kept private unless included, how to hear the result. */
export function PartnerPolygraphSection({ content, update }: SectionProps<PartnerWorkbook>) {
  const p = content.sections.polygraph;
  const listRef = useRef<HTMLOListElement>(null);
  const removeItem = useRemoveListItem(update);
  const add = () => {
    const id = newId();
    update((d) => {
      d.sections.polygraph.questions.push({ id, text: '' });
    });
    focusAfterPaint(() => document.getElementById(`pp-${id}`)?.querySelector<HTMLTextAreaElement>('textarea'));
  };
  return (
    <section aria-labelledby="section-title" className="partner-section">
      <SectionIntro id="polygraph" />
      <div className="card soft">
        {p.questions.length > 0 && (
          <ol className="plain-list" ref={listRef}>
            {p.questions.map((q, i) => (
              <li key={q.id} id={`pp-${q.id}`}>
                <TextField
                  label={POLYGRAPH_TEXTS.partnerQuestion(i + 1)}
                  multiline
                  rows={2}
                  value={q.text}
                  onChange={(v) =>
                    update((d) =>
                      editById(d.sections.polygraph.questions, q.id, (x) => {
                        x.text = v;
                      }),
                    )
                  }
                />
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    removeItem({
                      items: p.questions,
                      id: q.id,
                      inDraft: (d) => d.sections.polygraph.questions,
                      what: POLYGRAPH_TEXTS.partnerQuestion(i + 1),
                      list: () => listRef.current,
                      heading: sectionHeading,
                    })
                  }
                >
                  {POLYGRAPH_TEXTS.partnerRemove}
                  <span className="visually-hidden"> {i + 1}</span>
                </button>
              </li>
            ))}
          </ol>
        )}
        <div className="actions start">
          <button type="button" onClick={add}>
            {POLYGRAPH_TEXTS.partnerAdd}
          </button>
        </div>
        <Checkbox
          label={POLYGRAPH_TEXTS.partnerInclude}
          checked={p.includeQuestions}
          onChange={(v) =>
            update((d) => {
              d.sections.polygraph.includeQuestions = v;
            })
          }
        />
        <p className="hint">{POLYGRAPH_TEXTS.partnerIncludeHint}</p>
      </div>
      <div className="card soft">
        <TextField
          label={POLYGRAPH_TEXTS.partnerHearResult}
          multiline
          value={p.hearResult}
          onChange={(v) =>
            update((d) => {
              d.sections.polygraph.hearResult = v;
            })
          }
        />
        <TextField
          label={POLYGRAPH_TEXTS.partnerNotes}
          multiline
          value={p.notes}
          onChange={(v) =>
            update((d) => {
              d.sections.polygraph.notes = v;
            })
          }
        />
      </div>
    </section>
  );
}
