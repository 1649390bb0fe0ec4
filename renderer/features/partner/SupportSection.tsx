import { useId } from 'react';
import { listAround, sectionHeading, useRemoveListItem } from '../../ui/UndoRemoval';
import type { PartnerWorkbook, SupportPerson } from '../../../shared/workbook/schema';
import type { SectionProps, Update } from '../types';
import { newId } from '../../ui/ids';
import { SUPPORT_KIND_LABELS, SUPPORT_TYPED_NOTE } from '../../../shared/guidance/partnerTexts';
import { SectionIntro } from './SectionIntro';

const KINDS = Object.keys(SUPPORT_KIND_LABELS) as SupportPerson['kind'][];

export function SupportSection({ content, update }: SectionProps<PartnerWorkbook>) {
  const people = content.sections.support.people;
  const addPerson = () => {
    const id = newId();
    update((d) => {
      d.sections.support.people.push({
        id,
        name: '',
        kind: 'friendFamily',
        contact: '',
        availability: '',
        safeAtNight: false,
        notes: '',
      });
    });
    requestAnimationFrame(() => document.getElementById(`person-${id}-name`)?.focus());
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
      <div className="actions start">
        <button type="button" className="primary" onClick={addPerson}>
          Add a support person or group
        </button>
      </div>
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
  const removeItem = useRemoveListItem(update);
  const uid = `person-${person.id}`;
  const labelId = useId();
  const edit = (recipe: (p: SupportPerson) => void) =>
    update((d) => {
      const p = d.sections.support.people.find((x) => x.id === person.id);
      if (p) recipe(p);
    });
  const title = person.name.trim() || `Support person ${index + 1}`;

  return (
    <li className="card soft item-card" aria-labelledby={labelId}>
      <h3 id={labelId} className="item-title">
        {title}
        {person.safeAtNight && <span className="tag">Safe to call at night</span>}
      </h3>
      <div className="two-col">
        <div className="field">
          <label htmlFor={`${uid}-name`}>Name</label>
          <input
            id={`${uid}-name`}
            type="text"
            autoComplete="off"
            value={person.name}
            onChange={(e) => {
              const v = e.target.value;
              edit((p) => {
                p.name = v;
              });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-kind`}>Who they are to me</label>
          <select
            id={`${uid}-kind`}
            value={person.kind}
            onChange={(e) => {
              const v = e.target.value as SupportPerson['kind'];
              edit((p) => {
                p.kind = v;
              });
            }}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {SUPPORT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-contact`}>How to reach them</label>
          <input
            id={`${uid}-contact`}
            type="text"
            autoComplete="off"
            value={person.contact}
            onChange={(e) => {
              const v = e.target.value;
              edit((p) => {
                p.contact = v;
              });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-avail`}>When they are usually available</label>
          <input
            id={`${uid}-avail`}
            type="text"
            autoComplete="off"
            value={person.availability}
            onChange={(e) => {
              const v = e.target.value;
              edit((p) => {
                p.availability = v;
              });
            }}
          />
        </div>
      </div>
      <div className="checkbox">
        <input
          id={`${uid}-night`}
          type="checkbox"
          checked={person.safeAtNight}
          onChange={(e) => {
            const v = e.target.checked;
            edit((p) => {
              p.safeAtNight = v;
            });
          }}
        />
        <label htmlFor={`${uid}-night`}>Safe to call at night</label>
      </div>
      <div className="field">
        <label htmlFor={`${uid}-notes`}>Notes</label>
        <textarea
          id={`${uid}-notes`}
          rows={2}
          value={person.notes}
          onChange={(e) => {
            const v = e.target.value;
            edit((p) => {
              p.notes = v;
            });
          }}
        />
      </div>
      <RemoveInline
        label={`Remove ${title}`}
        onRemove={(from) =>
          removeItem({
            items: people,
            id: person.id,
            inDraft: (d) => d.sections.support.people,
            what: title,
            list: listAround(from),
            heading: sectionHeading,
          })
        }
      />
    </li>
  );
}

/** One click removes; the shell's notice offers Undo (see ui/UndoRemoval). */
export function RemoveInline(props: { label: string; onRemove: (from: HTMLElement) => void }) {
  return (
    <div className="question-remove">
      <button type="button" className="link" onClick={(e) => props.onRemove(e.currentTarget)} aria-label={props.label}>
        Remove
      </button>
    </div>
  );
}
