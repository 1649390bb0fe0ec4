import { listAround, sectionHeading, useRemoveListItem } from '../../ui/UndoRemoval';
import type { Boundary, PartnerWorkbook } from '../../../shared/workbook/schema';
import type { SectionProps, Update } from '../types';
import { CheckboxField, TextField } from '../../ui/fields';
import { newId } from '../../ui/ids';
import { itemBinder } from '../../ui/list';
import { SectionIntro } from './SectionIntro';
import { RemoveInline } from './SupportSection';

export function BoundariesSection({ content, update }: SectionProps<PartnerWorkbook>) {
  const items = content.sections.boundaries.items;
  const toDiscuss = items.filter((b) => b.discussWithTherapist).length;
  const add = () => {
    const id = newId();
    update((d) => {
      d.sections.boundaries.items.push({ id, need: '', ifNotRespected: '', discussWithTherapist: false });
    });
    requestAnimationFrame(() => document.getElementById(`boundary-${id}-need`)?.focus());
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
      <div className="actions start">
        <button type="button" className="primary" onClick={add}>
          Add a boundary
        </button>
      </div>
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
  const removeItem = useRemoveListItem(update);
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
      <RemoveInline
        label={`Remove boundary ${index + 1}`}
        onRemove={(from) =>
          removeItem({
            items: boundaries,
            id: boundary.id,
            inDraft: (d) => d.sections.boundaries.items,
            what: `boundary ${index + 1}`,
            list: listAround(from),
            heading: sectionHeading,
          })
        }
      />
    </li>
  );
}
