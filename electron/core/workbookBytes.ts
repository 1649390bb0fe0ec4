/**
 * The UTF-8 JSON of a workbook for sealing, byte for byte what `JSON.stringify` writes, built from
 * parts kept between saves. The workbook, its sections and each section's fields are walked as
 * before; a part that is the very same object as at the last save keeps its bytes (applyChanges
 * keeps every part it did not change). A part that is a new object (the field typed in) is split
 * further, down to its elements (a letter's paragraphs, a list's items): an element that is the
 * same object, or equal to the one at its place last time with its keys in the same order (so
 * `JSON.stringify` writes the same bytes), keeps its bytes too. A letter arrives over IPC as a
 * fresh copy with every paragraph a new object: typing in it serializes the paragraph that
 * changed, not the whole letter. The result is written into one buffer the encoder keeps between
 * saves (see `encode`).
 *
 * The comparison trusts that content once encoded is not changed in place (as the identity check
 * always did): the workbook service calls `clear()` before a whole save, whose caller may have
 * changed the content it was given.
 *
 * The kept bytes are plaintext: `clear()` zeroes them, and the workbook service calls it on lock.
 */
import { grownCapacity } from './reusedBuffer';

const encoder = new TextEncoder();

/** Objects at depths below this are always walked into (root 0, sections 1, a section 2). */
const SPLIT_DEPTH = 3;
/**
 * A part at SPLIT_DEPTH or below that is a new object is split when it was at least this large
 * last time, down to LEAF_DEPTH at most (a letter: current 3, root 4, children 5, a paragraph 6).
 * Smaller parts cost less to serialize again than to compare.
 */
const SPLIT_BYTES = 16 * 1024;
const LEAF_DEPTH = 6;

function splittable(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** Skipped by JSON.stringify as an object's property (written as null in an array). */
function skipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** A plain object or an array (what a workbook's parsed or IPC-copied JSON is made of). */
function plain(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * True when `JSON.stringify` writes `a` and `b` the same, for plain JSON data: the same
 * primitives, the same keys in the same order, the same elements. Anything else (a toJSON, a
 * class instance, NaN) counts as different, so it is serialized again. (Unlike shared/export's
 * sameJson, key order counts here: the bytes must be the very same.)
 */
function sameBytesAsBefore(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (!plain(a) || !plain(b)) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameBytesAsBefore(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const key = ka[i]!;
    if (key !== kb[i] || !sameBytesAsBefore((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
      return false;
  }
  return true;
}

/**
 * What was written for one value: its bytes as pieces in order (a leaf: one piece of its own),
 * and for a value that was split, what was written for each field or element.
 */
interface Part {
  value: unknown;
  pieces: Uint8Array[];
  /** The bytes' length, all pieces together. */
  length: number;
  inner?: Map<string, Part>;
}

export interface WorkbookEncoder {
  /**
   * The workbook's JSON as UTF-8: a view into a buffer this encoder keeps and fills again at the
   * next `encode` (a save seals it before the next one starts). The caller zeroes it once used;
   * `clear()` zeroes the whole buffer.
   */
  encode(workbook: object): Uint8Array;
  /** Zero and drop every kept part. */
  clear(): void;
  /** How many parts were serialized anew by the last `encode` (tests count them). */
  readonly lastSerialized: number;
  /** How many bytes those parts came to. */
  readonly lastSerializedBytes: number;
}

export function createWorkbookEncoder(): WorkbookEncoder {
  let root: Part | undefined;
  /** Punctuation and field names between parts, encoded once each. */
  let glueBytes = new Map<string, Uint8Array>();
  let lastSerialized = 0;
  let lastSerializedBytes = 0;
  /** The buffer `encode` fills (see there). */
  let out: Uint8Array | undefined;
  let serialized = 0;
  let serializedBytes = 0;

  const glue = (text: string): Uint8Array => {
    let bytes = glueBytes.get(text);
    if (!bytes) glueBytes.set(text, (bytes = encoder.encode(text)));
    return bytes;
  };

  /**
   * `value`'s part, reusing `previous` (what was written at the same place last time) where it
   * can. `within`: a part above was split because it had grown large, and this place has no
   * history yet, so it is split as far as LEAF_DEPTH to give the next save something to reuse.
   */
  function partOf(value: unknown, previous: Part | undefined, depth: number, within = false): Part {
    if (previous && previous.value === value) return previous;
    const split =
      splittable(value) && (depth < SPLIT_DEPTH || (depth < LEAF_DEPTH && (previous ? previous.length >= SPLIT_BYTES : within)));
    if (split) {
      const pieces: Uint8Array[] = [];
      const inner = new Map<string, Part>();
      let length = 0;
      const add = (key: string, field: unknown, before: Uint8Array) => {
        const part = partOf(field, previous?.inner?.get(key), depth + 1, depth >= SPLIT_DEPTH);
        inner.set(key, part);
        pieces.push(before);
        for (const piece of part.pieces) pieces.push(piece);
        length += before.length + part.length;
      };
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) add(String(i), skipped(value[i]) ? null : value[i], glue(i === 0 ? '[' : ','));
        const end = glue(value.length === 0 ? '[]' : ']');
        pieces.push(end);
        length += end.length;
      } else {
        let first = true;
        for (const name of Object.keys(value)) {
          const field = value[name];
          if (skipped(field)) continue;
          add(name, field, glue(`${first ? '{' : ','}${JSON.stringify(name)}:`));
          first = false;
        }
        const end = glue(first ? '{}' : '}');
        pieces.push(end);
        length += end.length;
      }
      return { value, pieces, length, inner };
    }
    // Compared only inside a part split for its size: a small part costs less to serialize again.
    if (within && previous && !previous.inner && sameBytesAsBefore(previous.value, value)) {
      previous.value = value;
      return previous;
    }
    serialized++;
    const bytes = encoder.encode(JSON.stringify(value));
    serializedBytes += bytes.length;
    return { value, pieces: [bytes], length: bytes.length };
  }

  /** Zero the bytes of `old` that `next` (what replaced it) no longer uses. */
  function retire(old: Part, next: Part | undefined): void {
    if (old === next) return;
    if (old.inner) {
      for (const [key, part] of old.inner) retire(part, next?.inner?.get(key));
    } else {
      old.pieces[0]?.fill(0);
    }
  }

  return {
    get lastSerialized() {
      return lastSerialized;
    },
    get lastSerializedBytes() {
      return lastSerializedBytes;
    },

    encode(workbook: object): Uint8Array {
      serialized = 0;
      serializedBytes = 0;
      const next = partOf(workbook, root, 0);
      if (root) retire(root, next);
      root = next;
      lastSerialized = serialized;
      lastSerializedBytes = serializedBytes;

      let length = 0;
      for (const piece of next.pieces) length += piece.length;
      // One buffer for every save, grown when the workbook grows: a fresh buffer of the
      // workbook's size at each save costs more in page faults and collections than the copy.
      if (!out || out.length < length) {
        out?.fill(0);
        out = new Uint8Array(grownCapacity(out?.length ?? 0, length));
      }
      let at = 0;
      for (const piece of next.pieces) {
        out.set(piece, at);
        at += piece.length;
      }
      return out.subarray(0, length);
    },

    clear(): void {
      out?.fill(0);
      out = undefined;
      if (root) retire(root, undefined);
      root = undefined;
      for (const bytes of glueBytes.values()) bytes.fill(0);
      glueBytes = new Map();
    },
  };
}
