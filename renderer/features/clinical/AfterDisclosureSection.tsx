import { AFTER_DISCLOSURE_GROUPS } from '../../../shared/guidance/afterTexts';
import type { DisclosingWorkbook, PartnerWorkbook, Workbook } from '../../../shared/workbook/schema';
import { SectionIntro as DisclosingIntro } from '../disclosing/common';
import { TextField } from '../../ui/fields';
import { SectionIntro as PartnerIntro } from '../partner/SectionIntro';
import type { SectionProps } from '../types';

/**
 * After the disclosure, in either workbook: the first 72 hours, the debrief, 30/60/90-day plans,
 * agreements, what happens if something new comes out, and a later round of questions. Each
 * workbook has its own plan; nothing here is shared between them.
 */
export function AfterDisclosureSection<W extends DisclosingWorkbook | PartnerWorkbook>({ content, update }: SectionProps<W>) {
  const role = content.role;
  const answers = content.sections.afterDisclosure.answers;
  const set = (id: string) => (value: string) =>
    (update as SectionProps<Workbook>['update'])((d) => {
      d.sections.afterDisclosure.answers[id] = value;
    });
  return (
    <section aria-labelledby="section-title" className={role === 'partner' ? 'partner-section' : 'dz-section'}>
      {role === 'partner' ? <PartnerIntro id="afterDisclosure" /> : <DisclosingIntro id="afterDisclosure" />}
      {AFTER_DISCLOSURE_GROUPS[role].map((group) => (
        <fieldset key={group.id} className="card soft after-group">
          <legend>{group.title}</legend>
          <p className="hint">{group.intro}</p>
          {group.fields.map((f) => (
            <TextField
              key={f.id}
              label={f.label}
              hint={f.prompt}
              multiline
              rows={2}
              value={answers[f.id] ?? ''}
              onChange={set(f.id)}
            />
          ))}
        </fieldset>
      ))}
    </section>
  );
}
