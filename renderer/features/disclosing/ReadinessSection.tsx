import { CRISIS_TEXTS } from '../../../shared/guidance/crisisResources';
import { MovedToAfterDisclosure } from '../clinical/MovedToAfterDisclosure';
import { CrisisLines } from '../safety/CrisisLines';
import { READINESS_CHECKLIST } from '../../../shared/guidance/sectionTexts';
import { SectionIntro, type DisclosingProps } from './common';
import { CheckboxField, TextField } from '../../ui/fields';

export function ReadinessSection({ content, update, goTo }: DisclosingProps) {
  const r = content.sections.readiness;
  const done = READINESS_CHECKLIST.filter((c) => r.checklist[c.id]).length;
  const set = (field: 'sessionDate' | 'contacts') => (v: string) =>
    update((d) => {
      d.sections.readiness[field] = v;
    });
  return (
    <section aria-labelledby="section-title" className="dz-section">
      <SectionIntro id="readiness" />
      <div className="card">
        <h3>Checklist</h3>
        <p className="muted" aria-live="polite">
          {done} of {READINESS_CHECKLIST.length} ticked. These are prompts to talk through, not a test.
        </p>
        {READINESS_CHECKLIST.map((c) => (
          <CheckboxField
            key={c.id}
            label={c.label}
            checked={r.checklist[c.id] ?? false}
            onChange={(v) =>
              update((d) => {
                d.sections.readiness.checklist[c.id] = v;
              })
            }
          />
        ))}
      </div>
      <div className="card">
        <h3>The session</h3>
        <TextField
          label="Date and place of the session"
          value={r.sessionDate}
          onChange={set('sessionDate')}
          hint="For example: 12 March, 10:00, at my therapist’s office."
        />
        <TextField
          label="Contacts: my therapist, sponsor, group and support people"
          multiline
          value={r.contacts}
          onChange={set('contacts')}
          hint="Names and how to reach them. Only you can see this."
        />
      </div>
      <MovedToAfterDisclosure note="readiness" goTo={goTo} title="Looking after yourself" className="card" />
      <aside className="card dz-quiet" aria-labelledby="crisis-title">
        <h3 id="crisis-title">{CRISIS_TEXTS.heavyTitle}</h3>
        <CrisisLines headingLevel={4} />
      </aside>
    </section>
  );
}
