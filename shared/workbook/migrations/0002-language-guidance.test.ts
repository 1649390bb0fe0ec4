import { describe, expect, it } from 'vitest';
import { validateWorkbook } from '../content';
import { buildSample } from '../samples';
import { SCHEMA_VERSION } from '../schema';
import { migration0002 } from './0002-language-guidance';

/** A file as version 1 wrote it: the sample's content without the fields version 2 added. */
function asVersion1(role: 'disclosing' | 'partner'): Record<string, unknown> {
  const doc = JSON.parse(JSON.stringify(buildSample(role, 'small'))) as Record<string, unknown>;
  doc['schemaVersion'] = 1;
  if (role === 'disclosing') {
    delete doc['languageGuidance'];
  }
  return doc;
}

describe('migration 0002 (v1 -> v2: language guidance)', () => {
  it('opens a disclosing workbook written by version 1 with all of its content intact', () => {
    const v1 = asVersion1('disclosing');
    const before = JSON.parse(JSON.stringify(v1)) as Record<string, unknown>;
    const wb = validateWorkbook(v1);
    expect(wb.schemaVersion).toBe(SCHEMA_VERSION);
    if (wb.role !== 'disclosing') throw new Error('role');
    expect(wb.languageGuidance.apologies).toBe('noteForgiveness');
    expect(wb.languageGuidance.dismissedChecks).toEqual([]);
    // Everything version 1 wrote comes back unchanged.
    const sections = before['sections'] as Record<string, unknown>;
    for (const [key, value] of Object.entries(sections)) {
      expect((wb.sections as Record<string, unknown>)[key], key).toMatchObject(value as object);
    }
    expect(wb.sections.letter.current).toEqual((sections['letter'] as { current: unknown }).current);
    expect(wb.displayName).toBe(before['displayName']);
  });

  it('keeps a guidance choice that is already there and leaves a partner workbook alone', () => {
    const up = migration0002.up({ role: 'disclosing', languageGuidance: { apologies: 'noNotes' }, sections: {} });
    expect(up['languageGuidance']).toEqual({ apologies: 'noNotes', dismissedChecks: [] });
    const partner = asVersion1('partner');
    expect(migration0002.up(partner)).toEqual(partner);
    const wb = validateWorkbook(partner);
    expect(wb.role).toBe('partner');
    expect(wb.schemaVersion).toBe(SCHEMA_VERSION);
  });
});
