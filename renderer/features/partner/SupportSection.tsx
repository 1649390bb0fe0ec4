import { useId } from 'react';
import type { PartnerWorkbook, SupportPerson } from '../../../shared/workbook/schema';
import type { SectionProps, Update } from '../types';
import { CheckboxField, labelledOptions, SelectField, TextField } from '../../ui/fields';
import { newId } from '../../ui/ids';
import { AddButton, RemoveCardButton } from '../../ui/ItemList';
import { itemBinder, listEditor } from '../../ui/list';
import { SUPPORT_KIND_LABELS, SUPPORT_TYPED_NOTE } from '../../../shared/guidance/partnerTexts';
import { SectionIntro } from './SectionIntro';

const KIND_OPTIONS = labelledOptions(Object.keys(SUPPORT_KIND_LABELS) as SupportPerson['kind'][], SUPPORT_KIND_LABELS);

export function SupportSection({ content, update }: SectionProps<PartnerWorkbook>) {
  const people = content.sections.support.people;
  const addPerson = () => {
    const id = newId();
    const person = { id, name: '', kind: 'friendFamily', contact: '', availability: '', safeAtNight: false, notes: '' } as const;
    listEditor(update, (d) => d.sections.support.people).add(person, `person-${id}-name`);
  };
  const nightCount = people.filter((p) => p.safeAtNight).length;

  return (
    <section aria-labelledby="section-title" className="partner-section">
      <SectionIntro id="support" />
      <p className="notice">{SUPPORT_TYPED_NOTE}</p>
      {people.length > 0 && (
        <p className="muted">
          {people.length} {people.length === 1 ? 'person or group' : 'people and groups'} listed
          {nightCount > 0 ? `, ${nightCount} safe to call at night.` : '.'}
        </p>
      )}
      {people.length === 0 && <p className="muted empty-state">No one listed yet. Even one name is a good start.</p>}
      <ul className="plain-list">
        {people.map((p, i) => (
          <PersonCard key={p.id} person={p} people={people} index={i} update={update} />
        ))}
      </ul>
      <AddButton label="Add a support person or group" onAdd={addPerson} primary />
    </section>
  );
}

function PersonCard({
  person,
  people,
  index,
  update,
}: {
  person: SupportPerson;
  people: readonly SupportPerson[];
  index: number;
  update: Update<PartnerWorkbook>;
}) {
  const uid = `person-${person.id}`;
  const labelId = useId();
  const bind = itemBinder(update, (d) => d.sections.support.people, person);
  const title = person.name.trim() || `Support person ${index + 1}`;

  return (
    <li className="card soft item-card" aria-labelledby={labelId}>
      <h3 id={labelId} className="item-title">
        {title}
        {person.safeAtNight && <span className="tag">Safe to call at night</span>}
      </h3>
      <div className="two-col">
        <TextField label="Name" id={`${uid}-name`} {...bind.text('name')} />
        <SelectField label="Who they are to me" options={KIND_OPTIONS} {...bind.choice('kind')} />
        <TextField label="How to reach them" {...bind.text('contact')} />
        <TextField label="When they are usually available" {...bind.text('availability')} />
      </div>
      <CheckboxField label="Safe to call at night" {...bind.checked('safeAtNight')} />
      <TextField label="Notes" multiline rows={2} {...bind.text('notes')} />
      <RemoveCardButton
        label={`Remove ${title}`}
        what={title}
        item={person}
        items={people}
        inDraft={(d) => d.sections.support.people}
        update={update}
      />
    </li>
  );
}
