import type { Boundary, PartnerWorkbook } from '../../../shared/workbook/schema';
import type { SectionProps, Update } from '../types';
import { CheckboxField, TextField } from '../../ui/fields';
import { newId } from '../../ui/ids';
import { AddButton, RemoveCardButton } from '../../ui/ItemList';
import { itemBinder, listEditor } from '../../ui/list';
import { SectionIntro } from './SectionIntro';

export function BoundariesSection({ content, update }: SectionProps<PartnerWorkbook>) {
  const items = content.sections.boundaries.items;
  const toDiscuss = items.filter((b) => b.discussWithTherapist).length;
  const add = () => {
    const id = newId();
    listEditor(update, (d) => d.sections.boundaries.items).add(
      { id, need: '', ifNotRespected: '', discussWithTherapist: false },
      `boundary-${id}-need`,
    );
  };
  return (
    <section aria-labelledby="section-title" className="partner-section">
      <SectionIntro id="boundaries" />
      {items.length === 0 ? (
        <p className="muted empty-state">No boundaries written yet. You can start with just one.</p>
      ) : (
        <p className="muted">
          {items.length} boundar{items.length === 1 ? 'y' : 'ies'}
          {toDiscuss > 0 ? `, ${toDiscuss} to discuss with my therapist.` : '.'}
        </p>
      )}
      <ul className="plain-list">
        {items.map((b, i) => (
          <BoundaryCard key={b.id} boundary={b} boundaries={items} index={i} update={update} />
        ))}
      </ul>
      <AddButton label="Add a boundary" onAdd={add} primary />
    </section>
  );
}

function BoundaryCard({
  boundary,
  boundaries,
  index,
  update,
}: {
  boundary: Boundary;
  boundaries: readonly Boundary[];
  index: number;
  update: Update<PartnerWorkbook>;
}) {
  const uid = `boundary-${boundary.id}`;
  const bind = itemBinder(update, (d) => d.sections.boundaries.items, boundary);
  return (
    <li className="card soft item-card" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`} className="item-title">
        Boundary {index + 1}
        {boundary.discussWithTherapist && <span className="tag">To discuss with my therapist</span>}
      </h3>
      <TextField
        label="What I need to feel safe"
        id={`${uid}-need`}
        multiline
        rows={2}
        placeholder="I need…"
        {...bind.text('need')}
      />
      <TextField
        label="What I will do if it is not respected"
        multiline
        rows={2}
        placeholder="I will…"
        {...bind.text('ifNotRespected')}
      />
      <CheckboxField label="To discuss with my therapist" {...bind.checked('discussWithTherapist')} />
      <RemoveCardButton
        label={`Remove boundary ${index + 1}`}
        what={`boundary ${index + 1}`}
        item={boundary}
        items={boundaries}
        inDraft={(d) => d.sections.boundaries.items}
        update={update}
      />
    </li>
  );
}
