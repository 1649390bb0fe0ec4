/**
 * Ordering the partner's questions for the session. Array order is the session order.
 * Every function is pure: it returns a new array and never changes the one it was given.
 */

export type MoveDirection = 'up' | 'down' | 'top' | 'bottom';

/** Moves the item with `id` to `position` (0-based, clamped to the list). Unknown ids change nothing. */
export function moveToPosition<T extends { readonly id: string }>(items: readonly T[], id: string, position: number): T[] {
  const from = items.findIndex((item) => item.id === id);
  if (from < 0) return [...items];
  const to = Math.max(0, Math.min(items.length - 1, Math.trunc(Number.isFinite(position) ? position : from)));
  if (to === from) return [...items];
  const out = [...items];
  const [moved] = out.splice(from, 1);
  out.splice(to, 0, moved!);
  return out;
}

/** Moves one step up or down, or to the top or bottom. At either end nothing changes. */
export function moveInDirection<T extends { readonly id: string }>(
  items: readonly T[],
  id: string,
  direction: MoveDirection,
): T[] {
  const from = items.findIndex((item) => item.id === id);
  if (from < 0) return [...items];
  const to = direction === 'up' ? from - 1 : direction === 'down' ? from + 1 : direction === 'top' ? 0 : items.length - 1;
  return moveToPosition(items, id, to);
}

/**
 * For drag and drop: moves `draggedId` so it lands where `targetId` was, before or after it.
 * Dropping an item on itself changes nothing.
 */
export function moveRelativeTo<T extends { readonly id: string }>(
  items: readonly T[],
  draggedId: string,
  targetId: string,
  place: 'before' | 'after',
): T[] {
  if (draggedId === targetId) return [...items];
  const without = items.filter((item) => item.id !== draggedId);
  const dragged = items.find((item) => item.id === draggedId);
  const targetIndex = without.findIndex((item) => item.id === targetId);
  if (!dragged || targetIndex < 0) return [...items];
  without.splice(place === 'before' ? targetIndex : targetIndex + 1, 0, dragged);
  return without;
}

/** 1-based position of an item, or 0 when it is not in the list. */
export function positionOf(items: readonly { readonly id: string }[], id: string): number {
  return items.findIndex((item) => item.id === id) + 1;
}
