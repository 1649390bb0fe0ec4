import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LOCK_KINDS, parseLockDetail, type LockEventName } from './lockDetail';

// The schemas the details were read with before (zod): the hand-written reader must agree.
const kind = z.enum(LOCK_KINDS);
const reference = {
  'flush-request': z.object({ id: z.number().int().nonnegative(), kind }),
  locked: z.object({ kind, saved: z.boolean() }),
  'lock-kept-open': z.object({ kind }),
} as const;
const EVENTS = Object.keys(reference) as LockEventName[];

const referenceParse = (event: LockEventName, detail: unknown) => {
  const parsed = reference[event].safeParse(detail);
  return parsed.success ? parsed.data : null;
};

describe('parseLockDetail', () => {
  it('reads good details and keeps only their fields', () => {
    expect(parseLockDetail('flush-request', { id: 3, kind: 'idle', extra: 'x' })).toEqual({ id: 3, kind: 'idle' });
    expect(parseLockDetail('locked', { kind: 'quit', saved: false })).toEqual({ kind: 'quit', saved: false });
    expect(parseLockDetail('lock-kept-open', { kind: 'lock' })).toEqual({ kind: 'lock' });
  });

  it('refuses what is not a detail', () => {
    for (const bad of [null, undefined, 'lock', 3, [], [{ kind: 'lock' }]]) {
      for (const event of EVENTS) expect(parseLockDetail(event, bad)).toBeNull();
    }
    expect(parseLockDetail('flush-request', { id: -1, kind: 'lock' })).toBeNull();
    expect(parseLockDetail('flush-request', { id: 1.5, kind: 'lock' })).toBeNull();
    expect(parseLockDetail('flush-request', { id: '1', kind: 'lock' })).toBeNull();
    expect(parseLockDetail('flush-request', { id: Number.POSITIVE_INFINITY, kind: 'lock' })).toBeNull();
    expect(parseLockDetail('locked', { kind: 'lock', saved: 'yes' })).toBeNull();
    expect(parseLockDetail('lock-kept-open', { kind: 'toString' })).toBeNull();
  });

  it('agrees with the zod schemas on any input', () => {
    const field = fc.oneof(
      fc.constantFrom(...LOCK_KINDS, 'constructor', ''),
      fc.integer({ min: -3, max: 2 ** 53 + 2 }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.string(),
    );
    const detail = fc.oneof(fc.record({ id: field, kind: field, saved: field }, { requiredKeys: [] }), fc.anything());
    fc.assert(
      fc.property(fc.constantFrom(...EVENTS), detail, (event, value) => {
        expect(parseLockDetail(event, value)).toEqual(referenceParse(event, value));
      }),
      { numRuns: 3000 },
    );
  });
});
