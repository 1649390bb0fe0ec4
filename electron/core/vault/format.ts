/**
 * The workbook file format, version 1 (all integers little-endian):
 *
 *   offset size  field
 *   0      4     magic "DWBK"
 *   4      2     format version (1)
 *   6      1     kind: 1 disclosing workbook, 2 partner workbook, 3 question packet
 *   7      1     KDF id: 1 = Argon2id v1.3
 *   8      4     Argon2id opslimit (iterations)
 *   12     4     Argon2id memlimit in KiB
 *   16     16    salt for the passphrase key
 *   32     24    nonce  \ data key wrapped by the passphrase key
 *   56     48    wrapped/ (XChaCha20-Poly1305, 32-byte key + 16-byte tag)
 *   104    16    salt for the recovery key
 *   120    24    nonce  \ data key wrapped by the recovery key
 *   144    48    wrapped/
 *   192    24    content nonce (fresh for every save)
 *   216    4     ciphertext length n
 *   220    n     content ciphertext: XChaCha20-Poly1305 with the whole 220-byte header as associated data
 *   220+n  32    BLAKE2b-256 of every byte before it
 *
 * The trailing checksum lets any accidental or naive change be reported as "damaged" before
 * any key is derived; the AEAD tags are what actually authenticate the header and content.
 */
export const MAGIC = [0x44, 0x57, 0x42, 0x4b] as const; // "DWBK"
export const FORMAT_VERSION = 1;
export const HEADER_BYTES = 220;
export const CHECKSUM_BYTES = 32;
export const KDF_ARGON2ID = 1;

export const FILE_KINDS = { disclosing: 1, partner: 2, packet: 3 } as const;
export type FileKind = keyof typeof FILE_KINDS;

/**
 * Bounds accepted when reading a header: enough for any sane setting, never a DoS. Besides
 * the per-field bounds, the total work (passes x memory) may be at most four times the
 * default (3 passes x 256 MiB), so a header edited to absurd settings (with its checksum
 * recomputed) cannot freeze the app for minutes: it fails after at most a few seconds.
 */
export const KDF_LIMITS = {
  minOps: 1,
  maxOps: 20,
  minMemKiB: 8 * 1024,
  maxMemKiB: 1024 * 1024,
  maxCostKiB: 4 * 3 * 256 * 1024,
} as const;

export interface KdfParams {
  opslimit: number;
  memlimitKiB: number;
}

export interface Header {
  kind: FileKind;
  kdf: KdfParams;
  salt: Uint8Array;
  passNonce: Uint8Array;
  passWrapped: Uint8Array;
  recoverySalt: Uint8Array;
  recoveryNonce: Uint8Array;
  recoveryWrapped: Uint8Array;
  contentNonce: Uint8Array;
}

export interface ParsedFile {
  header: Header;
  headerBytes: Uint8Array;
  ciphertext: Uint8Array;
}

export class DamagedFileError extends Error {
  override name = 'DamagedFileError';
  constructor(detail: string) {
    super(`This file is damaged or was changed (${detail}).`);
  }
}

export function encodeHeader(header: Header, ciphertextLength: number): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  bytes.set(MAGIC, 0);
  view.setUint16(4, FORMAT_VERSION, true);
  bytes[6] = FILE_KINDS[header.kind];
  bytes[7] = KDF_ARGON2ID;
  view.setUint32(8, header.kdf.opslimit, true);
  view.setUint32(12, header.kdf.memlimitKiB, true);
  bytes.set(header.salt, 16);
  bytes.set(header.passNonce, 32);
  bytes.set(header.passWrapped, 56);
  bytes.set(header.recoverySalt, 104);
  bytes.set(header.recoveryNonce, 120);
  bytes.set(header.recoveryWrapped, 144);
  bytes.set(header.contentNonce, 192);
  view.setUint32(216, ciphertextLength, true);
  return bytes;
}

/** The part of the header that wrapped keys are bound to (everything that decides the KEK). */
export function kdfBinding(headerBytes: Uint8Array): Uint8Array {
  return headerBytes.subarray(0, 32);
}

/**
 * Strict parse: exact magic, version, kind, KDF id and bounds, exact total length and
 * checksum. `checksum` is BLAKE2b-256 supplied by the caller (keeps this module pure).
 */
export function parseFile(file: Uint8Array, checksum: (data: Uint8Array) => Uint8Array): ParsedFile {
  if (file.length < HEADER_BYTES + CHECKSUM_BYTES) throw new DamagedFileError('too short');
  for (let i = 0; i < MAGIC.length; i++) {
    if (file[i] !== MAGIC[i]) throw new DamagedFileError('not a workbook file');
  }
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const body = file.subarray(0, file.length - CHECKSUM_BYTES);
  const expected = checksum(body);
  const actual = file.subarray(file.length - CHECKSUM_BYTES);
  let diff = 0;
  for (let i = 0; i < CHECKSUM_BYTES; i++) diff |= (expected[i] ?? 0) ^ (actual[i] ?? 0);
  if (diff !== 0) throw new DamagedFileError('checksum mismatch');

  const version = view.getUint16(4, true);
  if (version !== FORMAT_VERSION) throw new DamagedFileError(`unknown format version ${version}`);
  const kindByte = file[6];
  const kind = (Object.keys(FILE_KINDS) as FileKind[]).find((k) => FILE_KINDS[k] === kindByte);
  if (!kind) throw new DamagedFileError('unknown file kind');
  if (file[7] !== KDF_ARGON2ID) throw new DamagedFileError('unknown key derivation');
  const opslimit = view.getUint32(8, true);
  const memlimitKiB = view.getUint32(12, true);
  if (
    opslimit < KDF_LIMITS.minOps ||
    opslimit > KDF_LIMITS.maxOps ||
    memlimitKiB < KDF_LIMITS.minMemKiB ||
    memlimitKiB > KDF_LIMITS.maxMemKiB ||
    opslimit * memlimitKiB > KDF_LIMITS.maxCostKiB
  ) {
    throw new DamagedFileError('key derivation settings out of range');
  }
  const length = view.getUint32(216, true);
  if (HEADER_BYTES + length + CHECKSUM_BYTES !== file.length) throw new DamagedFileError('wrong length');
  const copy = (start: number, size: number) => file.slice(start, start + size);
  return {
    header: {
      kind,
      kdf: { opslimit, memlimitKiB },
      salt: copy(16, 16),
      passNonce: copy(32, 24),
      passWrapped: copy(56, 48),
      recoverySalt: copy(104, 16),
      recoveryNonce: copy(120, 24),
      recoveryWrapped: copy(144, 48),
      contentNonce: copy(192, 24),
    },
    headerBytes: file.slice(0, HEADER_BYTES),
    ciphertext: file.slice(HEADER_BYTES, HEADER_BYTES + length),
  };
}
