import { listAround, sectionHeading, useRemoveListItem } from '../../ui/UndoRemoval';
import type { PartnerWorkbook } from '../../../shared/workbook/schema';
import type { SectionProps } from '../types';
import { CrisisList } from './CrisisList';
import { newId } from './newId';
import { SectionIntro } from './SectionIntro';
import { RemoveInline } from './SupportSection';

type LocalResource = PartnerWorkbook['sections']['crisis']['localResources'][number];

export function CrisisSection({ content, update, goTo }: SectionProps<PartnerWorkbook>) {
  const local = content.sections.crisis.localResources;
  const nightPeople = content.sections.support.people.filter((p) => p.safeAtNight && p.name.trim() !== '');
  const add = () => {
    const id = newId();
    update((d) => {
      d.sections.crisis.localResources.push({ id, name: '', contact: '', notes: '' });
    });
    requestAnimationFrame(() => document.getElementById(`local-${id}-name`)?.focus());
  };
  return (
    <section aria-labelledby="section-title" className="partner-section">
      <SectionIntro id="crisis" />
      <div className="card soft">
        <h3>Crisis lines in the United States</h3>
        <CrisisList headingLevel={4} />
      </div>

      <div className="card soft">
        <h3>My local numbers</h3>
        {local.length === 0 && (
          <p className="muted">Add any local crisis line, clinic or person you would call in an emergency.</p>
        )}
        <ul className="plain-list">
          {local.map((r, i) => (
            <LocalResourceRow key={r.id} resource={r} resources={local} index={i} content={content} update={update} goTo={goTo} />
          ))}
        </ul>
        <div className="actions start">
          <button type="button" onClick={add}>
            Add a local number
          </button>
        </div>
      </div>

      {nightPeople.length > 0 && (
        <div className="card soft">
          <h3>People I listed as safe to call at night</h3>
          <ul>
            {nightPeople.map((p) => (
              <li key={p.id}>
                {p.name}
                {p.contact && <span className="muted"> — {p.contact}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function LocalResourceRow({
  resource,
  resources,
  index,
  update,
}: { resource: LocalResource; resources: readonly LocalResource[]; index: number } & SectionProps<PartnerWorkbook>) {
  const removeItem = useRemoveListItem(update);
  const uid = `local-${resource.id}`;
  const edit = (recipe: (r: LocalResource) => void) =>
    update((d) => {
      const r = d.sections.crisis.localResources.find((x) => x.id === resource.id);
      if (r) recipe(r);
    });
  const title = resource.name.trim() || `Local number ${index + 1}`;
  return (
    <li className="local-resource">
      <div className="three-col">
        <div className="field">
          <label htmlFor={`${uid}-name`}>Name</label>
          <input
            id={`${uid}-name`}
            type="text"
            autoComplete="off"
            value={resource.name}
            onChange={(e) => {
              const v = e.target.value;
              edit((r) => {
                r.name = v;
              });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-contact`}>Number or how to reach them</label>
          <input
            id={`${uid}-contact`}
            type="text"
            autoComplete="off"
            value={resource.contact}
            onChange={(e) => {
              const v = e.target.value;
              edit((r) => {
                r.contact = v;
              });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-notes`}>Notes</label>
          <input
            id={`${uid}-notes`}
            type="text"
            autoComplete="off"
            value={resource.notes}
            onChange={(e) => {
              const v = e.target.value;
              edit((r) => {
                r.notes = v;
              });
            }}
          />
        </div>
      </div>
      <RemoveInline
        label={`Remove ${title}`}
        onRemove={(from) =>
          removeItem({
            items: resources,
            id: resource.id,
            inDraft: (d) => d.sections.crisis.localResources,
            what: title,
            list: listAround(from),
            heading: sectionHeading,
          })
        }
      />
    </li>
  );
}
