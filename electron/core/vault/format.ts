/**
 * The workbook file format (all integers little-endian). Version 2 is written; version 1 is
 * still read and is upgraded on its next save.
 *
 * Version 2:
 *   offset size  field
 *   0      4     magic "DWBK"
 *   4      2     format version (2)
 *   6      1     kind: 1 disclosing workbook, 2 partner workbook, 3 question packet, 4 therapist package
 *   7      1     KDF id: 1 = Argon2id v1.3
 *   8      4     Argon2id opslimit (iterations)
 *   12     4     Argon2id memlimit in KiB
 *   16     16    salt for the passphrase key
 *   32     16    workbook id (random, kept for the life of the workbook)
 *   48     8     save counter (grows by one with every save; see the rollback notice)
 *   56     24    nonce  \ data key wrapped by the passphrase key
 *   80     48    wrapped/ (XChaCha20-Poly1305, 32-byte key + 16-byte tag)
 *   128    1     recovery scheme: 1 = symmetric wrap (format 1), 2 = sealed to a recovery public key
 *   129    3     zero
 *   132    16    recovery salt
 *   148    32    recovery public key (X25519; zero for scheme 1)
 *   180    80    scheme 2: the data key sealed to that public key (crypto_box_seal, 80 bytes)
 *                scheme 1: nonce (24) + wrapped data key (48) + 8 zero bytes
 *   260    24    content nonce (fresh for every save)
 *   284    4     ciphertext length n
 *   288    n     content ciphertext: XChaCha20-Poly1305 with the whole 288-byte header as associated data
 *   288+n  32    BLAKE2b-256 of every byte before it
 *
 * Version 1 had a 220-byte header: bytes 0-31 as above (version 1), then the passphrase wrap
 * (32: nonce 24, 56: wrapped 48), the recovery wrap (104: salt 16, 120: nonce 24, 144: wrapped 48),
 * the content nonce (192), the length (216) and the ciphertext at 220.
 *
 * Wrapped keys are bound to the key binding (magic, "1", kind, KDF and salt: the first 32 bytes
 * of a version-1 header), so a version-1 passphrase wrap stays valid inside a version-2 header.
 * The whole header, workbook id and save counter included, is the content's associated data.
 *
 * The trailing checksum lets any accidental or naive change be reported as "damaged" before
 * any key is derived; the AEAD tags are what actually authenticate the header and content.
 */
export const MAGIC = [0x44, 0x57, 0x42, 0x4b] as const; // "DWBK"
export const FORMAT_VERSION = 2;
export const HEADER_BYTES = 288;
export const HEADER_BYTES_V1 = 220;
/** Where a version-2 header keeps the content nonce. */
export const CONTENT_NONCE_OFFSET = 260;
export const CHECKSUM_BYTES = 32;
export const KDF_ARGON2ID = 1;
export const WORKBOOK_ID_BYTES = 16;
/** Files above this size are refused before anything is hashed or derived, and never written. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export const FILE_KINDS = { disclosing: 1, partner: 2, packet: 3, package: 4 } as const;
export type FileKind = keyof typeof FILE_KINDS;

/**
 * Bounds accepted when reading a header: enough for any sane setting, never a DoS. Besides
 * the per-field bounds, the total work (passes x memory) may be at most three times the
 * default (3 passes x 256 MiB) and the memory at most 512 MiB, so a header edited to absurd
 * settings (with its checksum recomputed) cannot freeze the app or exhaust its memory.
 * The floor (2 passes x 64 MiB) refuses weak settings; tests inject a vault that allows
 * their cheap settings (see `allowWeakKdf`), nothing else can.
 */
export const KDF_LIMITS = {
  minOps: 2,
  maxOps: 12,
  minMemKiB: 64 * 1024,
  maxMemKiB: 512 * 1024,
  maxCostKiB: 3 * 3 * 256 * 1024,
} as const;
/** The floor for test vaults only (still Argon2id). */
export const WEAK_KDF_FLOOR = { minOps: 1, minMemKiB: 8 * 1024 } as const;

export interface KdfParams {
  opslimit: number;
  memlimitKiB: number;
}

export type RecoveryWrap =
  | { scheme: 1; salt: Uint8Array; nonce: Uint8Array; wrapped: Uint8Array }
  | { scheme: 2; salt: Uint8Array; publicKey: Uint8Array; sealed: Uint8Array };

export interface Header {
  kind: FileKind;
  kdf: KdfParams;
  salt: Uint8Array;
  workbookId: Uint8Array;
  saveCounter: number;
  passNonce: Uint8Array;
  passWrapped: Uint8Array;
  recovery: RecoveryWrap;
  contentNonce: Uint8Array;
}

export interface ParsedFile {
  version: 1 | 2;
  header: Header;
  headerBytes: Uint8Array;
  ciphertext: Uint8Array;
}

export class DamagedFileError extends Error {
  override name = 'DamagedFileError';
  constructor(readonly detail: string) {
    super(`This file is damaged or was changed (${detail}).`);
  }
}

/** The 32 bytes every wrapped key is bound to: magic, wrap version 1, kind, KDF id and settings, salt. */
export function keyBinding(kind: FileKind, kdf: KdfParams, salt: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(32);
  const view = new DataView(bytes.buffer);
  bytes.set(MAGIC, 0);
  view.setUint16(4, 1, true);
  bytes[6] = FILE_KINDS[kind];
  bytes[7] = KDF_ARGON2ID;
  view.setUint32(8, kdf.opslimit, true);
  view.setUint32(12, kdf.memlimitKiB, true);
  bytes.set(salt, 16);
  return bytes;
}

export function encodeHeader(header: Header, ciphertextLength: number, into?: Uint8Array): Uint8Array {
  const bytes = into ?? new Uint8Array(HEADER_BYTES);
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  bytes.fill(0, 0, HEADER_BYTES);
  bytes.set(MAGIC, 0);
  view.setUint16(4, FORMAT_VERSION, true);
  bytes[6] = FILE_KINDS[header.kind];
  bytes[7] = KDF_ARGON2ID;
  view.setUint32(8, header.kdf.opslimit, true);
  view.setUint32(12, header.kdf.memlimitKiB, true);
  bytes.set(header.salt, 16);
  bytes.set(header.workbookId, 32);
  view.setUint32(48, header.saveCounter % 2 ** 32, true);
  view.setUint32(52, Math.floor(header.saveCounter / 2 ** 32), true);
  bytes.set(header.passNonce, 56);
  bytes.set(header.passWrapped, 80);
  const recovery = header.recovery;
  bytes[128] = recovery.scheme;
  bytes.set(recovery.salt, 132);
  if (recovery.scheme === 2) {
    bytes.set(recovery.publicKey, 148);
    bytes.set(recovery.sealed, 180);
  } else {
    bytes.set(recovery.nonce, 180);
    bytes.set(recovery.wrapped, 204);
  }
  bytes.set(header.contentNonce, CONTENT_NONCE_OFFSET);
  view.setUint32(284, ciphertextLength, true);
  return bytes;
}

/**
 * Checks that need no hashing and no key: length, magic, version, kind, KDF id and bounds, and
 * the stated ciphertext length. Run on a file's first bytes and its size before anything else.
 */
export function checkStructure(
  head: Uint8Array,
  fileLength: number,
  floor: { minOps: number; minMemKiB: number } = KDF_LIMITS,
): 1 | 2 {
  if (fileLength > MAX_FILE_BYTES) throw new DamagedFileError('larger than any workbook');
  if (fileLength < HEADER_BYTES_V1 + CHECKSUM_BYTES || head.length < HEADER_BYTES_V1) throw new DamagedFileError('too short');
  for (let i = 0; i < MAGIC.length; i++) {
    if (head[i] !== MAGIC[i]) throw new DamagedFileError('not a workbook file');
  }
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const version = view.getUint16(4, true);
  if (version !== 1 && version !== 2) throw new DamagedFileError(`unknown format version ${version}`);
  const headerBytes = version === 1 ? HEADER_BYTES_V1 : HEADER_BYTES;
  if (fileLength < headerBytes + CHECKSUM_BYTES || head.length < headerBytes) throw new DamagedFileError('too short');
  if (!Object.values(FILE_KINDS).includes(head[6] as 1)) throw new DamagedFileError('unknown file kind');
  if (head[7] !== KDF_ARGON2ID) throw new DamagedFileError('unknown key derivation');
  const opslimit = view.getUint32(8, true);
  const memlimitKiB = view.getUint32(12, true);
  if (
    opslimit < floor.minOps ||
    opslimit > KDF_LIMITS.maxOps ||
    memlimitKiB < floor.minMemKiB ||
    memlimitKiB > KDF_LIMITS.maxMemKiB ||
    opslimit * memlimitKiB > KDF_LIMITS.maxCostKiB
  ) {
    throw new DamagedFileError('key derivation settings out of range');
  }
  const length = view.getUint32(headerBytes - 4, true);
  if (headerBytes + length + CHECKSUM_BYTES !== fileLength) throw new DamagedFileError('wrong length');
  if (version === 2) {
    const scheme = head[128];
    if ((scheme !== 1 && scheme !== 2) || head[129] !== 0 || head[130] !== 0 || head[131] !== 0) {
      throw new DamagedFileError('unknown recovery scheme');
    }
  }
  return version;
}

/**
 * Strict parse: the structure checks above, then the checksum. `checksum` is BLAKE2b-256
 * supplied by the caller (keeps this module pure). `newId` gives a version-1 file the workbook
 * id it will carry from its next save on.
 */
export function parseFile(
  file: Uint8Array,
  checksum: (data: Uint8Array) => Uint8Array,
  options: { floor?: { minOps: number; minMemKiB: number }; newId?: () => Uint8Array } = {},
): ParsedFile {
  const version = checkStructure(file, file.length, options.floor);
  const body = file.subarray(0, file.length - CHECKSUM_BYTES);
  const expected = checksum(body);
  const actual = file.subarray(file.length - CHECKSUM_BYTES);
  let diff = 0;
  for (let i = 0; i < CHECKSUM_BYTES; i++) diff |= (expected[i] ?? 0) ^ (actual[i] ?? 0);
  if (diff !== 0) throw new DamagedFileError('checksum mismatch');

  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const kind = (Object.keys(FILE_KINDS) as FileKind[]).find((k) => FILE_KINDS[k] === file[6])!;
  const kdf = { opslimit: view.getUint32(8, true), memlimitKiB: view.getUint32(12, true) };
  const copy = (start: number, size: number) => file.slice(start, start + size);
  const headerBytes = version === 1 ? HEADER_BYTES_V1 : HEADER_BYTES;
  const length = view.getUint32(headerBytes - 4, true);
  let header: Header;
  if (version === 1) {
    header = {
      kind,
      kdf,
      salt: copy(16, 16),
      workbookId: options.newId?.() ?? new Uint8Array(WORKBOOK_ID_BYTES),
      saveCounter: 0,
      passNonce: copy(32, 24),
      passWrapped: copy(56, 48),
      recovery: { scheme: 1, salt: copy(104, 16), nonce: copy(120, 24), wrapped: copy(144, 48) },
      contentNonce: copy(192, 24),
    };
  } else {
    const recoverySalt = copy(132, 16);
    header = {
      kind,
      kdf,
      salt: copy(16, 16),
      workbookId: copy(32, WORKBOOK_ID_BYTES),
      saveCounter: view.getUint32(48, true) + view.getUint32(52, true) * 2 ** 32,
      passNonce: copy(56, 24),
      passWrapped: copy(80, 48),
      recovery:
        file[128] === 2
          ? { scheme: 2, salt: recoverySalt, publicKey: copy(148, 32), sealed: copy(180, 80) }
          : { scheme: 1, salt: recoverySalt, nonce: copy(180, 24), wrapped: copy(204, 48) },
      contentNonce: copy(CONTENT_NONCE_OFFSET, 24),
    };
  }
  return {
    version,
    header,
    headerBytes: file.subarray(0, headerBytes),
    ciphertext: file.subarray(headerBytes, headerBytes + length),
  };
}

/**
 * The length a version-2 file says it has (header + ciphertext + checksum), read from its
 * header without any check of the rest; null when `bytes` does not start like one. A recent-save
 * slot (see workbookFiles.ts) is written in place, so it may hold more bytes than its newest file.
 */
export function declaredFileLength(bytes: Uint8Array): number | null {
  if (bytes.length < HEADER_BYTES || MAGIC.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint16(4, true) !== FORMAT_VERSION) return null;
  return HEADER_BYTES + view.getUint32(HEADER_BYTES - 4, true) + CHECKSUM_BYTES;
}

export function workbookIdHex(id: Uint8Array): string {
  return Buffer.from(id).toString('hex');
}
