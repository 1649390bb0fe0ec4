/**
 * "Things I may still want to look at": the open items of the letter or answers screen, from the
 * same rules as the session document's At a glance page (shared/export/openItems.ts), plus, on
 * the letter screen only, the questions whether the letter covers each category answered "yes".
 * It informs and never blocks; each item leads to where it can be done.
 */
import { OPEN_ITEM_TEXTS as T } from '../../../shared/guidance/handoffTexts';
import type { OpenItem } from '../../../shared/export/openItems';

export interface OpenItemLink {
  item: OpenItem;
  /** The button's words ("Open the inventory"). */
  action: string;
  go: () => void;
}

export function OpenItemsPanel({ links, id }: { links: readonly OpenItemLink[]; id: string }) {
  return (
    <aside className="dz-open-items" aria-labelledby={`${id}-title`} data-testid="open-items">
      <h3 id={`${id}-title`}>{T.panelTitle}</h3>
      <p className="hint">{T.panelIntro}</p>
      {links.length === 0 ? (
        <p className="muted small" role="status">
          {T.nothingOpen}
        </p>
      ) : (
        <ul className="dz-open-list">
          {links.map(({ item, action, go }) => (
            <li key={item.id} data-item={item.id}>
              <span>{item.text}</span>{' '}
              <button type="button" className="link" onClick={go}>
                {action}
                <span className="visually-hidden">: {item.text}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

/** Brings a control on this screen into view and puts the focus on it. */
export function focusOn(selector: string) {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.focus();
}
