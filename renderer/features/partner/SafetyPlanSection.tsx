import { SAFETY_PLAN_PHASES } from '../../../shared/guidance/sectionTexts';
import type { PartnerWorkbook } from '../../../shared/workbook/schema';
import type { SectionProps } from '../types';
import { MovedToAfterDisclosure } from '../clinical/MovedToAfterDisclosure';
import { SectionIntro } from './SectionIntro';
import { OWN_TESTING_TEXTS as T } from '../../../shared/guidance/clinicalTexts';
import { TextField } from '../../ui/fields';
import { ItemList } from '../../ui/ItemList';
import { fieldBinder } from '../../ui/list';

/** A self-care prompt and a private place for the partner's own tests and results (schema v7). */
function OwnTesting({ content, update }: Pick<SectionProps<PartnerWorkbook>, 'content' | 'update'>) {
  const testing = content.sections.safetyPlan.testing;
  const list = (d: PartnerWorkbook) => d.sections.safetyPlan.testing.tests;
  const notes = fieldBinder(update, (d: PartnerWorkbook) => d.sections.safetyPlan.testing, testing);
  return (
    <section className="card soft plan-phase" aria-labelledby="own-testing-title" data-testid="own-testing">
      <h3 id="own-testing-title">{T.title}</h3>
      <p className="hint">{T.prompt}</p>
      {testing.tests.length === 0 && <p className="muted">{T.empty}</p>}
      <ItemList
        items={testing.tests}
        update={update}
        inDraft={list}
        headingId="own-testing-title"
        className="own-tests"
        itemClassName="own-test"
        what={(i) => T.removeWhat(i + 1)}
        fields={(bind, x) => (
          <>
            <TextField label={T.dateLabel} id={`own-test-${x.id}-date`} {...bind.text('date')} />
            <TextField label={T.whatLabel} {...bind.text('what')} />
            <TextField label={T.resultLabel} {...bind.text('result')} />
          </>
        )}
        addLabel={T.add}
        newItem={(id) => ({ id, date: '', what: '', result: '' })}
        focusOnAdd={(id) => `own-test-${id}-date`}
      />
      <TextField label={T.notesLabel} multiline rows={2} {...notes.text('notes')} />
    </section>
  );
}

export function SafetyPlanSection({ content, update, goTo }: SectionProps<PartnerWorkbook>) {
  const plan = content.sections.safetyPlan;
  return (
    <section aria-labelledby="section-title" className="partner-section">
      <SectionIntro id="safetyPlan" />
      {SAFETY_PLAN_PHASES.filter((phase) => phase.id !== 'after').map((phase) => (
        <fieldset key={phase.id} className="card soft plan-phase">
          <legend>{phase.title}</legend>
          <p className="hint">{phase.intro}</p>
          {phase.fields.map((f) => {
            const id = `plan-${phase.id}-${f.id}`;
            return (
              <div className="field" key={f.id}>
                <label htmlFor={id}>{f.label}</label>
                <p className="hint" id={`${id}-hint`}>
                  {f.prompt}
                </p>
                <textarea
                  id={id}
                  rows={2}
                  aria-describedby={`${id}-hint`}
                  value={plan[phase.id][f.id] ?? ''}
                  onChange={(e) => {
                    const v = e.target.value;
                    update((d) => {
                      d.sections.safetyPlan[phase.id][f.id] = v;
                    });
                  }}
                />
              </div>
            );
          })}
        </fieldset>
      ))}
      <OwnTesting content={content} update={update} />
      <MovedToAfterDisclosure note="safetyPlan" goTo={goTo} />
    </section>
  );
}
