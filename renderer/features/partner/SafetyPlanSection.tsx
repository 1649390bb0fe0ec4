import { SAFETY_PLAN_PHASES } from '../../../shared/guidance/sectionTexts';
import type { PartnerWorkbook } from '../../../shared/workbook/schema';
import type { SectionProps } from '../types';
import { MovedToAfterDisclosure } from '../clinical/MovedToAfterDisclosure';
import { SectionIntro } from './SectionIntro';

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
      <MovedToAfterDisclosure note="safetyPlan" goTo={goTo} />
    </section>
  );
}
