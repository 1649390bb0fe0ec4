import { emptyWorkbook, type Role, type Workbook } from '../schema';
import { fillDisclosingSample } from './disclosingSample';
import { fillPartnerSample } from './partnerSample';

export type SampleSize = 'small' | 'large';

/** A complete sample workbook for demos, training and benchmarks (fictional people only). */
export function buildSample(role: Role, size: SampleSize, now = new Date('2026-01-15T10:00:00Z')): Workbook {
  const base = emptyWorkbook(role, role === 'disclosing' ? 'Sample: Jordan' : 'Sample: Riley', now);
  return base.role === 'disclosing' ? fillDisclosingSample(base, size) : fillPartnerSample(base, size);
}
