import { listAround, sectionHeading, useRemoveListItem } from '../../ui/UndoRemoval';
import type { PartnerWorkbook } from '../../../shared/workbook/schema';
import type { SectionProps } from '../types';
import { CRISIS_TEXTS } from '../../../shared/guidance/crisisResources';
import { CrisisLines } from '../safety/CrisisLines';
import { NightContacts } from '../safety/NightContacts';
import { nightContacts } from '../../../shared/workbook/safety';
import { newId } from '../../ui/ids';
import { SectionIntro } from './SectionIntro';
import { RemoveInline } from './SupportSection';

type LocalResource = PartnerWorkbook['sections']['crisis']['localResources'][number];

export function CrisisSection({ content, update, goTo }: SectionProps<PartnerWorkbook>) {
  const local = content.sections.crisis.localResources;
  const night = nightContacts(content);
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
        <CrisisLines headingLevel={3} />
      </div>

      <div className="card soft">
        <h3>{CRISIS_TEXTS.myLocalNumbers}</h3>
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

      {night.length > 0 && (
        <div className="card soft">
          <NightContacts contacts={night} headingLevel={3} />
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
