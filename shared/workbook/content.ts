import { migrate } from './migrations';
import { workbookSchema, type Role, type Workbook } from './schema';

export class ContentError extends Error {
  override name = 'ContentError';
}

/** Parse decrypted JSON text into a valid, current-version workbook, or throw ContentError. */
export function parseWorkbookJson(text: string, expectedRole?: Role): Workbook {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ContentError('The workbook content is not valid JSON.');
  }
  return validateWorkbook(raw, expectedRole);
}

export function validateWorkbook(raw: unknown, expectedRole?: Role): Workbook {
  let migrated: unknown;
  try {
    migrated = migrate(raw);
  } catch (error) {
    throw new ContentError(error instanceof Error ? error.message : 'The workbook content could not be upgraded.');
  }
  const result = workbookSchema.safeParse(migrated);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first ? first.path.join('.') || 'the top level' : 'the content';
    throw new ContentError(`The workbook content is not valid (${where}: ${first?.message ?? 'invalid'}).`);
  }
  if (expectedRole && result.data.role !== expectedRole) {
    throw new ContentError(`This content belongs to the ${result.data.role} workbook, not the ${expectedRole} one.`);
  }
  return result.data;
}

export function serializeWorkbook(workbook: Workbook): string {
  return JSON.stringify(workbook);
}
