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
    for (let i = 0; i < 3; i++) {
      const letter = structuredClone(current.sections.letter.current);
      letter!.root.children.push({ type: 'paragraph', children: [{ type: 'text', text: `typed ${i}` }] });
      current = { ...applyChanges(current, [{ path: ['sections', 'letter', 'current'], value: letter }]), savedAt: `t${i}` };
      const bytes = encoder.encode(current);
      // The letter's current text and the new savedAt are serialized again; nothing else.
      expect(encoder.lastSerialized).toBe(2);
      expect(text(bytes)).toBe(JSON.stringify(current));
    }
    // The same content again: nothing is serialized.
    expect(text(encoder.encode(current))).toBe(JSON.stringify(current));
    expect(encoder.lastSerialized).toBe(0);
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
});
