import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveInDirection, moveRelativeTo, moveToPosition, positionOf } from './questionOrder';

const list = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id).join('');

describe('question order', () => {
  it('moves up and down one step', () => {
    expect(ids(moveInDirection(list('a', 'b', 'c'), 'b', 'up'))).toBe('bac');
    expect(ids(moveInDirection(list('a', 'b', 'c'), 'b', 'down'))).toBe('acb');
  });

  it('changes nothing at either end', () => {
    expect(ids(moveInDirection(list('a', 'b', 'c'), 'a', 'up'))).toBe('abc');
    expect(ids(moveInDirection(list('a', 'b', 'c'), 'c', 'down'))).toBe('abc');
  });

  it('moves to the top and the bottom', () => {
    expect(ids(moveInDirection(list('a', 'b', 'c', 'd'), 'c', 'top'))).toBe('cabd');
    expect(ids(moveInDirection(list('a', 'b', 'c', 'd'), 'b', 'bottom'))).toBe('acdb');
  });

  it('moves to a position, clamped to the list', () => {
    expect(ids(moveToPosition(list('a', 'b', 'c', 'd'), 'a', 2))).toBe('bcad');
    expect(ids(moveToPosition(list('a', 'b', 'c', 'd'), 'd', 0))).toBe('dabc');
    expect(ids(moveToPosition(list('a', 'b', 'c'), 'a', 99))).toBe('bca');
    expect(ids(moveToPosition(list('a', 'b', 'c'), 'c', -5))).toBe('cab');
    expect(ids(moveToPosition(list('a', 'b', 'c'), 'b', Number.NaN))).toBe('abc');
  });

  it('ignores unknown ids and never changes the input', () => {
    const input = list('a', 'b', 'c');
    expect(ids(moveToPosition(input, 'zz', 0))).toBe('abc');
    moveInDirection(input, 'c', 'top');
    expect(ids(input)).toBe('abc');
  });

  it('drops before or after another item', () => {
    expect(ids(moveRelativeTo(list('a', 'b', 'c', 'd'), 'a', 'c', 'after'))).toBe('bcad');
    expect(ids(moveRelativeTo(list('a', 'b', 'c', 'd'), 'd', 'b', 'before'))).toBe('adbc');
    expect(ids(moveRelativeTo(list('a', 'b', 'c'), 'b', 'b', 'before'))).toBe('abc');
    expect(ids(moveRelativeTo(list('a', 'b', 'c'), 'b', 'missing', 'before'))).toBe('abc');
  });

  it('reports 1-based positions', () => {
    expect(positionOf(list('a', 'b'), 'b')).toBe(2);
    expect(positionOf(list('a', 'b'), 'x')).toBe(0);
  });

  it('keeps every item exactly once, and puts the moved item where it was asked to go', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.nat(), fc.integer({ min: -5, max: 40 }), (n, pick, target) => {
        const items = Array.from({ length: n }, (_, i) => ({ id: `q${i}` }));
        const id = `q${pick % n}`;
        const out = moveToPosition(items, id, target);
        expect(out.map((i) => i.id).sort()).toEqual(items.map((i) => i.id).sort());
        expect(positionOf(out, id) - 1).toBe(Math.max(0, Math.min(n - 1, target)));
      }),
    );
  });
});
