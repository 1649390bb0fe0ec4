/**
 * The UTF-8 JSON of a workbook for sealing, byte for byte what `JSON.stringify` writes, built from
 * parts: each top-level field, each section, and each field of a section is serialized once and
 * its bytes are kept while that part stays the very same object (applyChanges keeps every part
 * it did not change). Typing in one field of the large workbook then re-serializes that field,
 * not the 850 kB around it, and the result is one buffer of its own, filled once.
 *
 * The kept bytes are plaintext: `clear()` zeroes them, and the workbook service calls it on lock.
 */
const encoder = new TextEncoder();

/** Objects at depths below this are split into their fields (root 0, sections 1, a section 2). */
const SPLIT_DEPTH = 3;

function splittable(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  );
}

/** Skipped by JSON.stringify as an object's property. */
function skipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

export interface WorkbookEncoder {
  /** The workbook's JSON as UTF-8, in a buffer of its own (the caller may zero or transfer it). */
  encode(workbook: object): Uint8Array;
  /** Zero and drop every kept part. */
  clear(): void;
  /** How many parts were serialized anew by the last `encode` (tests count them). */
  readonly lastSerialized: number;
}

export function createWorkbookEncoder(): WorkbookEncoder {
  let kept = new Map<string, { value: unknown; bytes: Uint8Array }>();
  let lastSerialized = 0;

  return {
    get lastSerialized() {
      return lastSerialized;
    },

    encode(workbook: object): Uint8Array {
      const pieces: Uint8Array[] = [];
      const used = new Map<string, { value: unknown; bytes: Uint8Array }>();
      let glue = '';
      let serialized = 0;
      const flushGlue = () => {
        if (glue) pieces.push(encoder.encode(glue));
        glue = '';
      };
      const part = (key: string, value: unknown) => {
        let entry = kept.get(key);
        if (!entry || entry.value !== value) {
          entry = { value, bytes: encoder.encode(JSON.stringify(value)) };
          serialized++;
        }
        used.set(key, entry);
        flushGlue();
        pieces.push(entry.bytes);
      };
      const object = (value: Record<string, unknown>, key: string, depth: number) => {
        glue += '{';
        let first = true;
        for (const name of Object.keys(value)) {
          const field = value[name];
          if (skipped(field)) continue;
          glue += `${first ? '' : ','}${JSON.stringify(name)}:`;
          first = false;
          const path = `${key}/${JSON.stringify(name)}`;
          if (depth + 1 < SPLIT_DEPTH && splittable(field)) object(field, path, depth + 1);
          else part(path, field);
        }
        glue += '}';
      };
      object(workbook as Record<string, unknown>, '', 0);
      flushGlue();

      // Parts no longer used (replaced or removed) are zeroed now, not left to the collector.
      for (const [key, entry] of kept) {
        if (used.get(key) !== entry) entry.bytes.fill(0);
      }
      kept = used;
      lastSerialized = serialized;

      let length = 0;
      for (const piece of pieces) length += piece.length;
      const out = new Uint8Array(length);
      let at = 0;
      for (const piece of pieces) {
        out.set(piece, at);
        at += piece.length;
      }
      return out;
    },

    clear(): void {
      for (const entry of kept.values()) entry.bytes.fill(0);
      kept = new Map();
    },
  };
}
