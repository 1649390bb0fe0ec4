import { useRef } from 'react';
import { useRemoveListItem } from '../../ui/UndoRemoval';
import { LIE_KIND_GUIDANCE, LIE_KIND_LABELS } from '../../../shared/guidance/inventory';
import { LIE_KINDS, type LieKind } from '../../../shared/workbook/categories';
import { LanguageNotes } from '../../editor';
import { DateField } from './InventorySection';
import { SectionIntro, type DisclosingProps } from './common';
import { TextField } from '../../ui/fields';
import { newId } from '../../ui/ids';
import { editById } from '../../ui/list';

const ITEM_WORD: Record<LieKind, string> = {
  coverStory: 'cover story',
  deniedSuspicion: 'denial',
  partialDisclosure: 'partial disclosure',
};

export function LiesSection({ content, update }: DisclosingProps) {
  const { items, dismissedChecks } = content.sections.lies;
  const removeItem = useRemoveListItem(update);
  const sectionRef = useRef<HTMLElement>(null);
  const remove = (kind: LieKind, id: string, position: number) =>
    removeItem({
      items,
      // Focus goes to the next item of the same kind.
      shown: items.filter((x) => x.kind === kind),
      id,
      inDraft: (d) => d.sections.lies.items,
      what: `${ITEM_WORD[kind]} ${position}`,
      list: () => sectionRef.current?.querySelector(`[data-lies-list="${kind}"]`),
      heading: () => sectionRef.current?.querySelector<HTMLElement>(`#lies-${kind}`),
    });
  const dismiss = (key: string) =>
    update((d) => {
      if (!d.sections.lies.dismissedChecks.includes(key)) d.sections.lies.dismissedChecks.push(key);
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
                {list.map((item, i) => (
                  <li key={item.id} className="dz-lie" tabIndex={-1} aria-label={`${ITEM_WORD[kind]} ${i + 1}`}>
                    <DateField
                      label={`When (${ITEM_WORD[kind]} ${i + 1})`}
                      value={item.date}
                      onChange={(v) =>
                        update((d) =>
                          editById(d.sections.lies.items, item.id, (x) => {
                            x.date = v;
                          }),
                        )
                      }
                    />
                    <TextField
                      label={`What I said or did (${ITEM_WORD[kind]} ${i + 1})`}
                      multiline
                      value={item.description}
                      onChange={(v) =>
                        update((d) =>
                          editById(d.sections.lies.items, item.id, (x) => {
                            x.description = v;
                          }),
                        )
                      }
                    />
                    <LanguageNotes
                      text={item.description}
                      dismissed={dismissedChecks}
                      keyPrefix={item.id}
                      onDismiss={dismiss}
                      apologies={content.languageGuidance.apologies}
                    />
                    <div className="actions">
                      <button type="button" className="link" onClick={() => remove(kind, item.id, i + 1)}>
                        Remove {ITEM_WORD[kind]} {i + 1}
                      </button>
                    </div>
                  </li>
                ))}
              </ol>
            )}
            <div className="actions start">
              <button
                type="button"
                onClick={() =>
                  update((d) => {
                    d.sections.lies.items.push({ id: newId(), kind, date: '', description: '' });
                  })
                }
              >
                Add a {ITEM_WORD[kind]}
              </button>
            </div>
          </section>
        );
      })}
    </section>
  );
}
