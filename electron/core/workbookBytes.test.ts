import { describe, expect, it, vi } from 'vitest';
import { applyChanges } from '../../shared/workbook/content';
import { buildSample } from '../../shared/workbook/samples';
import type { DisclosingWorkbook } from '../../shared/workbook/schema';
import { createWorkbookEncoder } from './workbookBytes';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the workbook encoder (bytes kept by part between saves)', () => {
  it('writes exactly what JSON.stringify writes, for both samples in both sizes', () => {
    for (const role of ['disclosing', 'partner'] as const) {
      for (const size of ['small', 'large'] as const) {
        const workbook = buildSample(role, size);
        const encoder = createWorkbookEncoder();
        expect(text(encoder.encode(workbook)), `${role} ${size}`).toBe(JSON.stringify(workbook));
        // Fields JSON.stringify leaves out are left out here too; non-ASCII text survives.
        const odd = { ...workbook, displayName: 'Zoë — “quoted”', extra: undefined };
        expect(text(encoder.encode(odd))).toBe(JSON.stringify(odd));
      }
    }
  });

  it('typing in one field of the large workbook serializes that field only, and the bytes stay exact', () => {
    const large = buildSample('disclosing', 'large') as DisclosingWorkbook;
    const encoder = createWorkbookEncoder();
    encoder.encode(large);
    const parts = encoder.lastSerialized;
    expect(parts).toBeGreaterThan(30);
    let current = large;
    const paragraphs = large.sections.letter.current!.root.children.length;
    for (let i = 0; i < 3; i++) {
      // As over IPC: the letter is a fresh copy, every paragraph a new object.
      const letter = structuredClone(current.sections.letter.current);
      letter!.root.children.push({ type: 'paragraph', children: [{ type: 'text', text: `typed ${i}` }] });
      current = { ...applyChanges(current, [{ path: ['sections', 'letter', 'current'], value: letter }]), savedAt: `t${i}` };
      const bytes = encoder.encode(current);
      // The first change to the (large) letter writes it paragraph by paragraph, to keep each
      // one's bytes; from then on only the new paragraph and the new savedAt are serialized.
      if (i === 0) expect(encoder.lastSerialized).toBeGreaterThan(paragraphs);
      else expect(encoder.lastSerialized).toBe(2);
      expect(text(bytes)).toBe(JSON.stringify(current));
    }
    // The same content again: nothing is serialized.
    expect(text(encoder.encode(current))).toBe(JSON.stringify(current));
    expect(encoder.lastSerialized).toBe(0);
  });

  it('a copied letter with one paragraph changed, added or removed anywhere: that paragraph is serialized, the bytes stay exact', () => {
    const large = buildSample('disclosing', 'large') as DisclosingWorkbook;
    const encoder = createWorkbookEncoder();
    encoder.encode(large);
    let current = large;
    const save = (change: (children: unknown[]) => void) => {
      const letter = structuredClone(current.sections.letter.current)!;
      change(letter.root.children);
      current = applyChanges(current, [{ path: ['sections', 'letter', 'current'], value: letter }]);
      const bytes = encoder.encode(current);
      expect(text(bytes)).toBe(JSON.stringify(current));
      return encoder.lastSerialized;
    };
    save(() => undefined);
    const letterBytes = JSON.stringify(current.sections.letter.current).length;
    // Edited in the middle: that paragraph only, a few hundred bytes of a letter of 290 kB.
    expect(save((c) => ((c[100] as { children: { text: string }[] }).children[0]!.text += ' more'))).toBe(1);
    expect(encoder.lastSerializedBytes).toBe(JSON.stringify(current.sections.letter.current!.root.children[100]).length);
    expect(encoder.lastSerializedBytes * 100).toBeLessThan(letterBytes);
    // Written anew with its keys in another order: JSON.stringify writes other bytes, so it is serialized.
    expect(save((c) => (c[5] = Object.fromEntries(Object.entries(c[5] as object).reverse())))).toBe(1);
    // An odd value (a toJSON, a field left out, a hole) is written as JSON.stringify writes it.
    save((c) => {
      c[6] = { type: 'paragraph', when: new Date(0), skipped: undefined, list: [1, undefined, 3] };
    });
    // Removed at the end: nothing new, but the paragraph holding a Date (not plain JSON data) is
    // never taken as unchanged. Inserted at the start: every paragraph after it moves (serialized again).
    expect(save((c) => c.pop())).toBe(1);
    expect(save((c) => c.unshift({ type: 'paragraph', children: [] }))).toBeGreaterThan(100);
  });

  it('zeroes the bytes it kept when a part is replaced and when cleared (lock)', () => {
    const workbook = buildSample('partner', 'small');
    const encoder = createWorkbookEncoder();
    const encode = vi.spyOn(TextEncoder.prototype, 'encode');
    encoder.encode(workbook);
    encoder.encode({ ...workbook, sections: { ...workbook.sections, crisis: { localResources: [] } } });
    encoder.clear();
    const kept = encode.mock.results.map((r) => r.value as Uint8Array);
    encode.mockRestore();
    const nonZero = kept.filter((bytes) => bytes.length > 100 && bytes.some((b) => b !== 0));
    expect(kept.length).toBeGreaterThan(10);
    expect(nonZero).toEqual([]);
  });

  it('zeroes a paragraph’s kept bytes once it is changed, and every piece of a split letter when cleared', () => {
    const large = buildSample('disclosing', 'large') as DisclosingWorkbook;
    const encoder = createWorkbookEncoder();
    encoder.encode(large);
    const copy = () => structuredClone(large.sections.letter.current)!;
    const withLetter = (letter: ReturnType<typeof copy>) =>
      applyChanges(large, [{ path: ['sections', 'letter', 'current'], value: letter }]);
    encoder.encode(withLetter(copy()));
    const encode = vi.spyOn(TextEncoder.prototype, 'encode');
    const edited = copy();
    (edited.root.children[3] as { children: { text: string }[] }).children[0]!.text = 'a secret';
    encoder.encode(withLetter(edited));
    const [paragraph] = encode.mock.results.map((r) => r.value as Uint8Array);
    expect(text(paragraph!)).toContain('a secret');
    const again = copy();
    encoder.encode(withLetter(again));
    // Replaced by the text it had before: the bytes with "a secret" are zeroed.
    expect(paragraph!.every((b) => b === 0)).toBe(true);
    encoder.clear();
    const all = encode.mock.results.map((r) => r.value as Uint8Array);
    encode.mockRestore();
    expect(all.filter((bytes) => bytes.some((b) => b !== 0))).toEqual([]);
  });

  it('fills one buffer of its own at every save, grown when the workbook grows and zeroed when cleared', () => {
    const small = buildSample('partner', 'small');
    const encoder = createWorkbookEncoder();
    const first = encoder.encode(small);
    const buffer = first.buffer;
    const second = encoder.encode({ ...small, displayName: 'Riley, again' });
    expect(second.buffer).toBe(buffer);
    expect(text(second)).toBe(JSON.stringify({ ...small, displayName: 'Riley, again' }));
    // Larger than the buffer: a new one, and the old one is zeroed.
    const large = buildSample('partner', 'large');
    const grown = encoder.encode(large);
    expect(grown.buffer).not.toBe(buffer);
    expect(new Uint8Array(buffer).every((b) => b === 0)).toBe(true);
    expect(text(grown)).toBe(JSON.stringify(large));
    // Smaller again: the same (grown) buffer, holding exactly the smaller workbook.
    const back = encoder.encode(small);
    expect(back.buffer).toBe(grown.buffer);
    expect(text(back)).toBe(JSON.stringify(small));
    encoder.clear();
    expect(new Uint8Array(grown.buffer).every((b) => b === 0)).toBe(true);
  });
});
