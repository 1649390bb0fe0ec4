import { useRef } from 'react';
import { useRemoveListItem } from '../../ui/UndoRemoval';
import {
  LIE_ITEM_WORDS,
  LIE_KIND_GUIDANCE,
  LIE_KIND_LABELS,
  lieAddLabel,
  lieDescriptionLabel,
} from '../../../shared/guidance/inventory';
import { LIE_KINDS, type LieKind } from '../../../shared/workbook/categories';
import { DateField } from './InventorySection';
import { SectionIntro, type DisclosingProps } from './common';
import { TextAreaWithNotes } from './TextAreaWithNotes';
import { newId } from '../../ui/ids';
import { AddButton } from '../../ui/ItemList';
import { itemBinder } from '../../ui/list';

export function LiesSection({ content, update }: DisclosingProps) {
  const { items } = content.sections.lies;
  const removeItem = useRemoveListItem(update);
  const sectionRef = useRef<HTMLElement>(null);
  const remove = (kind: LieKind, id: string, position: number) =>
    removeItem({
      items,
      // Focus goes to the next item of the same kind.
      shown: items.filter((x) => x.kind === kind),
      id,
      inDraft: (d) => d.sections.lies.items,
      what: `${LIE_ITEM_WORDS[kind]} ${position}`,
      list: () => sectionRef.current?.querySelector(`[data-lies-list="${kind}"]`),
      heading: () => sectionRef.current?.querySelector<HTMLElement>(`#lies-${kind}`),
    });
  return (
    <section aria-labelledby="section-title" className="dz-section" ref={sectionRef}>
      <SectionIntro id="lies" />
      {LIE_KINDS.map((kind) => {
        const list = items.filter((i) => i.kind === kind);
        const headingId = `lies-${kind}`;
        return (
          <section key={kind} className="card" aria-labelledby={headingId}>
            <h3 id={headingId} tabIndex={-1}>
              {LIE_KIND_LABELS[kind]}
            </h3>
            <p className="muted">{LIE_KIND_GUIDANCE[kind]}</p>
            {list.length === 0 ? (
              <p className="empty-state small">Nothing written here yet.</p>
            ) : (
              <ol className="dz-plain-list dz-lies" data-lies-list={kind}>
                {list.map((item, i) => {
                  const bind = itemBinder(update, (d) => d.sections.lies.items, item);
                  const what = `${LIE_ITEM_WORDS[kind]} ${i + 1}`;
                  return (
                    <li key={item.id} className="dz-lie" tabIndex={-1} aria-label={what}>
                      <DateField label={`When (${what})`} {...bind.text('date')} />
                      <TextAreaWithNotes
                        content={content}
                        update={update}
                        notesKey={item.id}
                        dismissedIn={(w) => w.sections.lies.dismissedChecks}
                        label={`${lieDescriptionLabel(kind)} (${what})`}
                        {...bind.text('description')}
                      />
                      <div className="actions">
                        <button type="button" className="link" onClick={() => remove(kind, item.id, i + 1)}>
                          Remove {what}
                        </button>
                      </div>
                    </li>
                  );
                })}
              </ol>
            )}
            <AddButton
              label={lieAddLabel(kind)}
              onAdd={() =>
                update((d) => {
                  d.sections.lies.items.push({ id: newId(), kind, date: '', description: '' });
                })
              }
            />
          </section>
        );
      })}
    </section>
  );
}
