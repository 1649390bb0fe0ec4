// @vitest-environment happy-dom
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, mount, type Mounted } from '../testSupport';
import { AddButton, RemoveCardButton } from './ItemList';
import type { Recipe } from './list';
import { UndoProvider } from './UndoRemoval';

interface Person {
  id: string;
  name: string;
}
interface Book {
  people: Person[];
}

/** A section with a list of cards, kept in state the way the shell keeps a workbook (a recipe on a copy). */
function People({ initial }: { initial: Book }) {
  const [book, setBook] = useState(initial);
  const update: Recipe<Book> = (recipe) =>
    setBook((current) => {
      const draft = structuredClone(current);
      recipe(draft);
      return draft;
    });
  return (
    <UndoProvider>
      <h2 id="section-title">People</h2>
      <ul>
        {book.people.map((p) => (
          <li key={p.id}>
            <span className="name">{p.name}</span>
            <RemoveCardButton
              label={`Remove ${p.name}`}
              what={p.name}
              item={p}
              items={book.people}
              inDraft={(d) => d.people}
              update={update}
            />
          </li>
        ))}
      </ul>
    </UndoProvider>
  );
}

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const names = (container: HTMLElement) => [...container.querySelectorAll('.name')].map((n) => n.textContent);
const button = (container: HTMLElement, name: string) => container.querySelector(`button[aria-label="${name}"]`);

describe('RemoveCardButton', () => {
  it('removes the card at once, offers Undo in the notice, and Undo puts it back at its place', async () => {
    mounted = mount(
      <People
        initial={{
          people: [
            { id: 'a', name: 'Alex' },
            { id: 'b', name: 'Blair' },
            { id: 'c', name: 'Casey' },
          ],
        }}
      />,
    );
    const { container } = mounted;
    expect(button(container, 'Remove Blair')?.textContent).toBe('Remove');
    click(button(container, 'Remove Blair'));
    expect(names(container)).toEqual(['Alex', 'Casey']);
    const notice = container.querySelector('[data-testid="undo-notice"]');
    expect(notice?.textContent).toContain('Blair');
    // Focus goes to the card that took its place.
    await vi.waitFor(() => expect(document.activeElement?.textContent).toContain('Casey'));
    click(notice?.querySelector('button') ?? null);
    expect(names(container)).toEqual(['Alex', 'Blair', 'Casey']);
  });

  it('sends focus to the section heading when the last card goes', async () => {
    mounted = mount(<People initial={{ people: [{ id: 'a', name: 'Alex' }] }} />);
    click(button(mounted.container, 'Remove Alex'));
    expect(names(mounted.container)).toEqual([]);
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('section-title'));
  });
});

describe('AddButton', () => {
  it('adds on click, can be the primary action or unavailable, and shows a note after it', () => {
    const onAdd = vi.fn();
    mounted = mount(
      <AddButton label="Add a question" onAdd={onAdd} primary>
        <p className="muted">A note on the limit.</p>
      </AddButton>,
    );
    const add = mounted.container.querySelector('button');
    expect(add?.className).toBe('primary');
    expect(mounted.container.querySelector('.actions.start p')?.textContent).toBe('A note on the limit.');
    click(add);
    expect(onAdd).toHaveBeenCalledTimes(1);
    mounted.rerender(<AddButton label="Add a question" onAdd={onAdd} disabled />);
    expect(mounted.container.querySelector('button')?.hasAttribute('class')).toBe(false);
    expect(mounted.container.querySelector('button')?.disabled).toBe(true);
  });
});
