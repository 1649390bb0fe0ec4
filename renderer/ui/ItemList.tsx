/**
 * The repeatable list of the form kit: one item a row of fields, a Remove button under each
 * (with Undo, focus to the next item or to the list's heading), and an Add button below that
 * puts a new item at the end and moves focus to its first field.
 */
import { useRef, type ReactNode } from 'react';
import { newId } from './ids';
import { itemBinder, listEditor, type Recipe } from './list';
import { listAround, sectionHeading, useRemoveListItem } from './UndoRemoval';

/** "Remove" on screen; what it removes is read out with it. */
export function RemoveButton({ what, onRemove }: { what: string; onRemove: () => void }) {
  return (
    <div className="actions start">
      <button type="button" className="link" onClick={onRemove}>
        Remove<span className="visually-hidden"> {what}</span>
      </button>
    </div>
  );
}

/**
 * "Remove" beside a card of a list, whose name (`label`) says which: one click removes the item,
 * the shell's notice offers Undo, and focus goes to the next card or to the section's heading.
 */
export function RemoveCardButton<W, T extends { id: string }>({
  label,
  what,
  item,
  items,
  inDraft,
  update,
}: {
  label: string;
  /** What the Undo notice calls it ("boundary 2"). */
  what: string;
  item: T;
  items: readonly T[];
  inDraft: (draft: W) => T[];
  update: Recipe<W>;
}) {
  const removeItem = useRemoveListItem(update);
  return (
    <div className="question-remove">
      <button
        type="button"
        className="link"
        aria-label={label}
        onClick={(e) =>
          removeItem({ items, id: item.id, inDraft, what, list: listAround(e.currentTarget), heading: sectionHeading })
        }
      >
        Remove
      </button>
    </div>
  );
}

/** The button under a list that adds an item to it; `children` follow it (a note on a limit). */
export function AddButton({
  label,
  onAdd,
  primary = false,
  disabled,
  children,
}: {
  label: string;
  onAdd: () => void;
  primary?: boolean;
  disabled?: boolean;
  children?: ReactNode;
}) {
  return (
    <div className="actions start">
      <button type="button" className={primary ? 'primary' : undefined} disabled={disabled} onClick={onAdd}>
        {label}
      </button>
      {children}
    </div>
  );
}

export function ItemList<W, T extends { id: string }>({
  items,
  update,
  inDraft,
  headingId,
  className,
  itemClassName,
  what,
  fields,
  addLabel,
  newItem,
  focusOnAdd,
}: {
  items: readonly T[];
  update: Recipe<W>;
  /** The same list in a draft of the workbook. */
  inDraft: (draft: W) => T[];
  /** The heading that takes focus when the last item is removed. */
  headingId: string;
  className: string;
  itemClassName?: string;
  /** What the item at this position is called ("milestone 2"): read out with Remove and Undo. */
  what: (index: number) => string;
  fields: (bind: ReturnType<typeof itemBinder<W, T>>, item: T, index: number) => ReactNode;
  addLabel: string;
  newItem: (id: string) => NoInfer<T>;
  /** The id of the field of a new item that takes focus. */
  focusOnAdd: (id: string) => string;
}) {
  const removeItem = useRemoveListItem(update);
  const listRef = useRef<HTMLUListElement>(null);
  return (
    <>
      <ul className={className} ref={listRef}>
        {items.map((item, i) => (
          <li key={item.id} className={itemClassName}>
            {fields(itemBinder(update, inDraft, item), item, i)}
            <RemoveButton
              what={what(i)}
              onRemove={() =>
                removeItem({
                  items,
                  id: item.id,
                  inDraft,
                  what: what(i),
                  list: () => listRef.current,
                  heading: () => document.getElementById(headingId),
                })
              }
            />
          </li>
        ))}
      </ul>
      <AddButton
        label={addLabel}
        onAdd={() => {
          const item = newItem(newId());
          listEditor(update, inDraft).add(item, focusOnAdd(item.id));
        }}
      />
    </>
  );
}
