import { describe, expect, it } from 'vitest';
import { validateWorkbook } from '../content';
import { SCHEMA_VERSION } from '../schema';
import { migrate } from './index';

describe('migration 0001 (unversioned pre-release content -> v1)', () => {
  it('adds the schema version and keeps free notes of a disclosing workbook', () => {
    const old = { role: 'disclosing', displayName: 'R', createdAt: 'x', savedAt: 'y', sections: { notes: 'keep me' } };
    const wb = validateWorkbook(old);
    expect(wb.schemaVersion).toBe(SCHEMA_VERSION);
    // Kept: since v5 the day-of plan lives in After the disclosure.
    expect(wb.role === 'disclosing' && wb.sections.afterDisclosure.answers['sessionDay']).toBe('keep me');
  });
  it('keeps free notes of a partner workbook as a boundary', () => {
    const wb = validateWorkbook({ role: 'partner', createdAt: 'x', savedAt: 'y', sections: { notes: 'n' } });
    expect(wb.role === 'partner' && wb.sections.boundaries.items[0]?.need).toBe('n');
  });
  it('refuses content from a newer app version with a clear message', () => {
    expect(() => migrate({ schemaVersion: 99 })).toThrow(/newer version of the app/);
  });
});
