import { z } from 'zod';
import { CHANGEABLE, type ContentChange } from './changes';
import { migrate } from './migrations';
import { disclosingWorkbookSchema, partnerWorkbookSchema, workbookSchema, type Role, type Workbook } from './schema';

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

export type { ContentChange };

export function serializeWorkbook(workbook: Workbook): string {
  return JSON.stringify(workbook);
}

function objectShape(schema: z.ZodType): Record<string, z.ZodType> | null {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodPrefault || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  return inner instanceof z.ZodObject ? inner.shape : null;
}

/** The schema of one part of a workbook of `role`, or null when there is no such part. */
export function partSchema(role: Role, path: readonly string[]): z.ZodType | null {
  const [first, ...rest] = path;
  if (first === undefined || !CHANGEABLE.has(first)) return null;
  const top = (role === 'disclosing' ? disclosingWorkbookSchema : partnerWorkbookSchema).shape as Record<string, z.ZodType>;
  if (!Object.hasOwn(top, first)) return null;
  let schema = top[first]!;
  for (const key of rest) {
    const shape = objectShape(schema);
    if (!shape || !Object.hasOwn(shape, key)) return null;
    schema = shape[key]!;
  }
  return schema;
}

function withPart(whole: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const [key, ...rest] = path as [string, ...string[]];
  const inner = rest.length === 0 ? value : withPart(whole[key] as Record<string, unknown>, rest, value);
  // Same keys in the same order (the saved JSON keeps its layout); every other part keeps its identity.
  return { ...whole, [key]: inner };
}

/**
 * A valid workbook with `changes` applied: each changed part is validated against its own schema
 * (defaults filled in, unknown keys dropped, exactly as the whole-workbook schema would), and every
 * part not changed is the same object as in `current`, which must itself be valid.
 * Throws ContentError for a part that does not exist or does not validate.
 */
export function applyChanges<W extends Workbook>(current: W, changes: readonly ContentChange[]): W {
  let next = current as Record<string, unknown>;
  for (const change of changes) {
    const where = change.path.join('.');
    const schema = partSchema(current.role, change.path);
    if (!schema) throw new ContentError(`The workbook has no part named ${where || '(nothing)'}.`);
    const result = schema.safeParse(change.value);
    if (!result.success) {
      const first = result.error.issues[0];
      const inner = first && first.path.length > 0 ? `.${first.path.join('.')}` : '';
      throw new ContentError(`The workbook content is not valid (${where}${inner}: ${first?.message ?? 'invalid'}).`);
    }
    next = withPart(next, change.path, result.data);
  }
  return next as W;
}
