import type { PartnerWorkbook } from '../../../shared/workbook/schema';
import type { SectionProps } from '../types';
import { CRISIS_TEXTS } from '../../../shared/guidance/crisisResources';
import { CrisisLines } from '../safety/CrisisLines';
import { NightContacts } from '../safety/NightContacts';
import { nightContacts } from '../../../shared/workbook/safety';
import { TextField } from '../../ui/fields';
import { newId } from '../../ui/ids';
import { AddButton, RemoveCardButton } from '../../ui/ItemList';
import { itemBinder, listEditor } from '../../ui/list';
import { SectionIntro } from './SectionIntro';

type LocalResource = PartnerWorkbook['sections']['crisis']['localResources'][number];

export function CrisisSection({ content, update, goTo }: SectionProps<PartnerWorkbook>) {
  const local = content.sections.crisis.localResources;
  const night = nightContacts(content);
  const add = () => {
    const id = newId();
    listEditor(update, (d) => d.sections.crisis.localResources).add({ id, name: '', contact: '', notes: '' }, `local-${id}-name`);
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
        <AddButton label="Add a local number" onAdd={add} />
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
  const uid = `local-${resource.id}`;
  const bind = itemBinder(update, (d) => d.sections.crisis.localResources, resource);
  const title = resource.name.trim() || `Local number ${index + 1}`;
  return (
    <li className="local-resource">
      <div className="three-col">
        <TextField label="Name" id={`${uid}-name`} {...bind.text('name')} />
        <TextField label="Number or how to reach them" {...bind.text('contact')} />
        <TextField label="Notes" {...bind.text('notes')} />
      </div>
      <RemoveCardButton
        label={`Remove ${title}`}
        what={title}
        item={resource}
        items={resources}
        inDraft={(d) => d.sections.crisis.localResources}
        update={update}
      />
    </li>
  );
}
