/**
 * Repeatable lists (people, boundaries, entries, questions...): add, edit, remove and reorder
 * items of a list inside the workbook by id, through the shell's immer `update`, and bind an
 * item's fields to the form kit without writing the same onChange again and again.
 */

import { focusAfterPaint } from './focus';

/** The shell's update: a recipe that changes an immer draft of the workbook. */
export type Recipe<W> = (recipe: (draft: W) => void) => void;

type KeysOf<T, V> = { [K in keyof T]-?: T[K] extends V ? K : never }[keyof T] & string;

/** In an immer draft: changes the item with this id, if it is still there. */
export function editById<T extends { id: string }>(list: T[], id: string, recipe: (item: T) => void): void {
  const item = list.find((x) => x.id === id);
  if (item) recipe(item);
}

/** In an immer draft: removes the item with this id, if it is still there. */
export function removeById<T extends { id: string }>(list: T[], id: string): void {
  const index = list.findIndex((x) => x.id === id);
  if (index >= 0) list.splice(index, 1);
}

/** In an immer draft: moves the item with this id up (-1) or down (+1); nothing at either end. */
export function moveById<T extends { id: string }>(list: T[], id: string, delta: -1 | 1): void {
  const from = list.findIndex((x) => x.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length) return;
  const [item] = list.splice(from, 1);
  if (item) list.splice(to, 0, item);
}

/** Moves focus to a field of an item just added, once it is on screen. */
export function focusSoon(elementId: string): void {
  focusAfterPaint(() => document.getElementById(elementId));
}

/** One list of the workbook: add, remove and move items by id. */
export function listEditor<W, T extends { id: string }>(update: Recipe<W>, list: (draft: W) => T[]) {
  return {
    /** Adds an item at the end and, when given, moves focus to one of its fields. */
    add(item: T, focusId?: string) {
      update((d) => {
        list(d).push(item);
      });
      if (focusId) focusSoon(focusId);
    },
    edit(id: string, recipe: (item: T) => void) {
      update((d) => editById(list(d), id, recipe));
    },
    remove(id: string) {
      update((d) => removeById(list(d), id));
    },
    move(id: string, delta: -1 | 1) {
      update((d) => moveById(list(d), id, delta));
    },
  };
}

/**
 * The fields of one object inside the workbook (a section, or an item of a list), ready to
 * spread into the form kit: `<TextField label="Name" {...bind.text('name')} />`. `current` is
 * what is on screen; `target` finds the same object in the draft.
 */
export function fieldBinder<W, T extends object>(update: Recipe<W>, target: (draft: W) => T | undefined, current: T) {
  const edit = (recipe: (x: T) => void) =>
    update((d) => {
      const x = target(d);
      if (x) recipe(x);
    });
  const set = (key: keyof T, value: unknown) =>
    edit((x) => {
      (x as Record<keyof T, unknown>)[key] = value;
    });
  return {
    edit,
    text: (key: KeysOf<T, string>) => ({ value: current[key] as string, onChange: (v: string) => set(key, v) }),
    checked: (key: KeysOf<T, boolean>) => ({ checked: current[key] as boolean, onChange: (v: boolean) => set(key, v) }),
    choice: <K extends KeysOf<T, string>>(key: K) => ({ value: current[key], onChange: (v: T[K]) => set(key, v) }),
  };
}

/** The fields of one item of a list, and its removal. */
export function itemBinder<W, T extends { id: string }>(update: Recipe<W>, list: (draft: W) => T[], item: T) {
  return {
    ...fieldBinder(update, (d: W) => list(d).find((x) => x.id === item.id), item),
    remove: () => update((d) => removeById(list(d), item.id)),
  };
}
