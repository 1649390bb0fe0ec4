import { describe, expect, it } from 'vitest';
import { validateWorkbook } from '../content';
import { buildSample } from '../samples';
import { SCHEMA_VERSION } from '../schema';
import { migrate } from './index';

/** Content exactly as version 4 wrote it: no lastSectionId, schemaVersion 4. */
function asVersion4(role: 'disclosing' | 'partner'): Record<string, unknown> {
  const current = JSON.parse(JSON.stringify(buildSample(role, 'large'))) as Record<string, unknown>;
  delete current['lastSectionId'];
  return { ...current, schemaVersion: 4 };
}

describe('migration 0005 (v4 -> v5: remember the last open section)', () => {
  for (const role of ['disclosing', 'partner'] as const) {
    it(`a ${role} workbook written by version 4 opens with all its content intact`, () => {
      const v4 = asVersion4(role);
      const opened = validateWorkbook(structuredClone(v4), role);
      expect(opened.schemaVersion).toBe(SCHEMA_VERSION);
      expect(opened.lastSectionId).toBe('');
      // Everything the person wrote is still there, unchanged.
      const { schemaVersion: _v, lastSectionId: _l, ...rest } = opened;
      const { schemaVersion: _w, ...restV4 } = v4;
      expect(rest).toEqual(restV4);
    });
  }
  it('keeps a section id that is already there and only adds the version', () => {
    const doc = migrate({ ...asVersion4('partner'), lastSectionId: 'questions' }) as Record<string, unknown>;
    expect(doc['lastSectionId']).toBe('questions');
    expect(doc['schemaVersion']).toBe(SCHEMA_VERSION);
  });
});
