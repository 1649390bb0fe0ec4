import { DISCLOSING_READINESS_ITEMS, DISCLOSING_READINESS_NOTE, SCOPE_OPTIONS } from '../../../shared/guidance/sectionTexts';
import { SectionIntro, type DisclosingProps } from './common';
import { CheckboxField, RadioGroup } from '../../ui/fields';
import { CrisisLines } from '../safety/CrisisLines';

export function BeforeYouBeginSection({ content, update, goTo }: DisclosingProps) {
  const s = content.sections.beforeYouBegin;
  const anyConcern = DISCLOSING_READINESS_ITEMS.some((item) => s.readiness[item.id]);
  return (
    <section aria-labelledby="section-title" className="dz-section">
      <SectionIntro id="beforeYouBegin" />

      <div className="card">
        <h3>Is this a good time?</h3>
        <p className="muted">
          Tick anything that is true for you right now. This is only for you, and it never stops you from working here.
        </p>
        {DISCLOSING_READINESS_ITEMS.map((item) => (
          <div key={item.id}>
            <CheckboxField
              label={item.label}
              checked={s.readiness[item.id]}
              onChange={(v) =>
                update((d) => {
                  d.sections.beforeYouBegin.readiness[item.id] = v;
                })
              }
            />
            {s.readiness[item.id] && (
              <p className="notice dz-inline-notice" role="note">
                {item.talkToTherapistNote}
              </p>
            )}
          </div>
        ))}
        {anyConcern && (
          <div className="notice" role="status">
            <p>{DISCLOSING_READINESS_NOTE}</p>
          </div>
        )}
        {(s.readiness.danger || s.readiness.harmRisk) && (
          // Danger or thoughts of harm: the emergency number first, then the lines (domestic abuse
          // first when someone at home is unsafe), as in the partner's safety check.
          <div className="notice safety-notice" data-testid="safety-notice">
            <CrisisLines headingLevel={4} unsafeAtHome={s.readiness.danger} />
          </div>
        )}
      </div>

      <div className="card">
        <h3>What the disclosure covers</h3>
        <RadioGroup
          legend="Scope, as agreed with your therapist"
          name="scope"
          inline={false}
          value={s.scope}
          options={SCOPE_OPTIONS}
          onChange={(v) =>
            update((d) => {
              d.sections.beforeYouBegin.scope = v;
            })
          }
        />
      </div>

      <div className="card">
        <CheckboxField
          label="I have read this page and know I can come back to it."
          checked={s.read}
          onChange={(v) =>
            update((d) => {
              d.sections.beforeYouBegin.read = v;
            })
          }
        />
        <div className="actions">
          <button type="button" className="primary" onClick={() => goTo('inventory')}>
            Go on to the inventory
          </button>
        </div>
      </div>
    </section>
  );
}
