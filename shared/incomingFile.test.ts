import { describe, expect, it } from 'vitest';
import { choicesFor, decideIncoming, type IncomingCheck, type LocalWorkbook } from './incomingFile';

const file = (over: Partial<Extract<IncomingCheck, { ok: true }>> = {}): IncomingCheck => ({
  ok: true,
  role: 'partner',
  workbookId: 'aa',
  saveCounter: 5,
  ...over,
});
const here = (over: Partial<LocalWorkbook> = {}): LocalWorkbook => ({
  exists: true,
  unlocked: false,
  sameFile: false,
  workbookId: 'aa',
  saveCounter: 5,
  ...over,
});

describe('what to offer for a workbook file opened from outside', () => {
  it('refuses what is not a workbook, with the problem named', () => {
    for (const problem of ['not-a-workbook', 'damaged', 'newer-version', 'question-packet', 'unreadable'] as const) {
      const decision = decideIncoming({ ok: false, problem }, null);
      expect(decision).toEqual({ kind: 'refuse', problem });
      expect(choicesFor(decision)).toEqual([]);
    }
  });

  it('offers to bring in a workbook whose role has none here yet', () => {
    const decision = decideIncoming(file(), here({ exists: false }));
    expect(decision).toEqual({ kind: 'bring-in', role: 'partner' });
    expect(choicesFor(decision)).toEqual(['bring-in']);
    expect(decideIncoming(file({ role: 'disclosing' }), null)).toEqual({ kind: 'bring-in', role: 'disclosing' });
  });

  it('opens this computer’s own workbook here (the same file, or a byte-for-byte copy)', () => {
    const decision = decideIncoming(file(), here({ sameFile: true }));
    expect(decision).toEqual({ kind: 'open-here', role: 'partner', unlocked: false });
    expect(choicesFor(decision)).toEqual(['open']);
    expect(decideIncoming(file(), here({ sameFile: true, unlocked: true }))).toMatchObject({ unlocked: true });
  });

  it('never replaces without a choice: a different file for a role that has a workbook is a question', () => {
    const decision = decideIncoming(file({ workbookId: 'bb' }), here());
    expect(decision).toEqual({ kind: 'choose', role: 'partner', relation: 'other-workbook', unlocked: false });
    expect(choicesFor(decision)).toEqual(['open', 'replace']);
  });

  it('tells an older or newer copy of the same workbook by its save counter', () => {
    expect(decideIncoming(file({ saveCounter: 3 }), here())).toMatchObject({ kind: 'choose', relation: 'older-copy' });
    expect(decideIncoming(file({ saveCounter: 9 }), here())).toMatchObject({ kind: 'choose', relation: 'newer-copy' });
    // Same id and counter but different bytes, or files without an id (format 1): it cannot say.
    expect(decideIncoming(file(), here())).toMatchObject({ kind: 'choose', relation: 'unknown' });
    expect(decideIncoming(file({ workbookId: null, saveCounter: null }), here())).toMatchObject({ relation: 'unknown' });
    expect(decideIncoming(file(), here({ workbookId: null }))).toMatchObject({ relation: 'unknown' });
  });

  it('says when the workbook here is open, so replacing can wait for it to be locked', () => {
    expect(decideIncoming(file({ workbookId: 'bb' }), here({ unlocked: true }))).toMatchObject({
      kind: 'choose',
      unlocked: true,
    });
  });
});
