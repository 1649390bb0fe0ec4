import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { editById, itemBinder, listEditor, moveById, removeById, type Recipe } from './list';

interface Item {
  id: string;
  name: string;
  night: boolean;
  kind: 'a' | 'b';
}
interface Doc {
  items: Item[];
}

const item = (id: string): Item => ({ id, name: id.toUpperCase(), night: false, kind: 'a' });

/** A stand-in for the shell: the document as React state, changed only through immer recipes. */
function shell(items: Item[]) {
  let doc: Doc = { items };
  const update: Recipe<Doc> = (recipe) => {
    doc = produce(doc, recipe);
  };
  return { update, get: () => doc };
}

describe('list helpers on an immer draft', () => {
  it('edit, remove and move by id; unknown ids change nothing', () => {
    const start = { items: [item('a'), item('b'), item('c')] };
    const next = produce(start, (d) => {
      editById(d.items, 'b', (x) => {
        x.name = 'Bee';
      });
      editById(d.items, 'zzz', (x) => {
        x.name = 'never';
      });
      moveById(d.items, 'c', -1);
      moveById(d.items, 'a', -1);
      removeById(d.items, 'zzz');
    });
    expect(next.items.map((x) => x.id)).toEqual(['a', 'c', 'b']);
    expect(next.items[2]?.name).toBe('Bee');
    expect(start.items.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    const last = produce(next, (d) => {
      moveById(d.items, 'b', 1);
      removeById(d.items, 'a');
    });
    expect(last.items.map((x) => x.id)).toEqual(['c', 'b']);
  });
});

describe('listEditor and itemBinder', () => {
  it('add, edit, move and remove through the shell\u2019s update', () => {
    const s = shell([item('a')]);
    const list = listEditor(s.update, (d: Doc) => d.items);
    list.add(item('b'));
    list.add(item('c'));
    list.edit('b', (x) => {
      x.night = true;
    });
    list.move('c', -1);
    list.remove('a');
    expect(s.get().items.map((x) => [x.id, x.night])).toEqual([
      ['c', false],
      ['b', true],
    ]);
  });

  it('binds text, checkbox and choice fields of one item, and removes it', () => {
    const s = shell([item('a'), item('b')]);
    const current = () => s.get().items.find((x) => x.id === 'b')!;
    const bind = () => itemBinder(s.update, (d: Doc) => d.items, current());
    expect(bind().text('name').value).toBe('B');
    bind().text('name').onChange('Robin');
    bind().checked('night').onChange(true);
    bind().choice('kind').onChange('b');
    expect(current()).toEqual({ id: 'b', name: 'Robin', night: true, kind: 'b' });
    expect(bind().checked('night').checked).toBe(true);
    expect(s.get().items[0]).toEqual(item('a'));
    bind().remove();
    expect(s.get().items.map((x) => x.id)).toEqual(['a']);
  });
});
