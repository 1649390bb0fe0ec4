import { SCHEMA_VERSION } from '../schema';
import { migration0001 } from './0001-unversioned-to-v1';
import { migration0002 } from './0002-language-guidance';
import { migration0003 } from './0003-numbers-money-reviewed';
import { migration0004 } from './0004-safety-and-readiness';
import { migration0005 } from './0005-last-section';
import { migration0006 } from './0006-after-the-disclosure';
import { migration0007 } from './0007-children-milestones-checkins';
import { migration0008 } from './0008-lie-omissions';

/**
 * A migration takes raw, already-decrypted JSON of schema version `from` and returns
 * JSON of version `from + 1`. It must be pure and must not drop anything the person wrote.
 */
export interface Migration {
  from: number;
  describe: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
];

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Bring raw content up to the current schema version (validation happens afterwards). */
export function migrate(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new MigrationError('The workbook content is not an object.');
  }
  let doc = raw as Record<string, unknown>;
  let version = typeof doc['schemaVersion'] === 'number' ? doc['schemaVersion'] : 0;
  if (!Number.isInteger(version) || version < 0) {
    throw new MigrationError('The workbook content has an invalid schema version.');
  }
  if (version > SCHEMA_VERSION) {
    throw new MigrationError(
      `This workbook was saved by a newer version of the app (content version ${version}). Please update the app to open it.`,
    );
  }
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step) throw new MigrationError(`No migration from content version ${version}.`);
    doc = step.up(doc);
    version = step.from + 1;
    doc['schemaVersion'] = version;
  }
  return doc;
}
