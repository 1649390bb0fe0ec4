/* eslint-disable @typescript-eslint/require-await -- the vault API is async on purpose, so that it can run off the main thread */
import { createCipheriv, getCiphers, randomFillSync } from 'node:crypto';
import {
  CHECKSUM_BYTES,
  checkStructure,
  CONTENT_NONCE_OFFSET,
  DamagedFileError,
  encodeHeader,
  HEADER_BYTES,
  KDF_LIMITS,
  keyBinding,
  MAX_FILE_BYTES,
  parseFile,
  WEAK_KDF_FLOOR,
  WORKBOOK_ID_BYTES,
  type FileKind,
  type Header,
  type KdfParams,
  type ParsedFile,
  type RecoveryWrap,
} from './format';
import { decodeRecoveryKey, encodeRecoveryKey, RECOVERY_KEY_BYTES } from './recoveryKey';
import { sodiumHeap, type Sodium } from './sodium';
import { grownCapacity } from '../reusedBuffer';

/**
 * Default Argon2id cost: 256 MiB, 3 passes. Measured at about 0.7 s on the 2-core CI
 * machines, so roughly 0.5-1 s on a typical laptop. Stored in each file's header.
 */
export const DEFAULT_KDF: KdfParams = { opslimit: 3, memlimitKiB: 256 * 1024 };
/** Cheap settings for tests only (still Argon2id, still real crypto); reachable only by passing them to createVault. */
export const TEST_KDF: KdfParams = { opslimit: 1, memlimitKiB: 8 * 1024 };

export class WrongSecretError extends Error {
  override name = 'WrongSecretError';
  constructor(readonly method: Secret['method']) {
    super(
      method === 'passphrase'
        ? 'That passphrase did not open this workbook. Please check it and try again.'
        : 'That recovery key did not open this workbook. Please check it and try again.',
    );
  }
}

export type Secret = { method: 'passphrase'; value: string } | { method: 'recoveryKey'; value: string };

/**
 * An unlocked file as its callers see it: the header fields needed to save again. Where the data
 * key lives is the vault's business (the crypto worker's memory for the app and the command).
 */
export interface VaultSession {
  readonly kind: FileKind;
  header: Header;
  closed: boolean;
}

/** A session of the in-thread vault: it holds the data key itself (in the crypto worker, or in tests). */
export interface KeyedSession extends VaultSession {
  dataKey: Uint8Array;
  /** The buffer `seal(…, { reuse: true })` fills (sealed bytes only, never plaintext). */
  sealed?: Uint8Array;
}

export interface SealOptions {
  /**
   * The sealed file comes back in a buffer the session keeps for its saves and fills again at its
   * next `reuse` seal: write it before sealing again (the workbook service's saves, one at a
   * time). Spares a fresh buffer of the file's size at every save.
   */
  reuse?: boolean;
}

/** Argon2id of a passphrase: the key that wraps a data key. Injected so that it can run in a worker of its own. */
export type DeriveKek = (passphrase: string, salt: Uint8Array, params: KdfParams) => Promise<Uint8Array>;

export interface VaultOptions {
  kdf?: KdfParams;
  allowWeakKdf?: boolean;
  /**
   * Seal with libsodium's AEAD even where the runtime's own crypto has ChaCha20-Poly1305, as a
   * runtime without it does (Electron's BoringSSL may not offer it). Tests and the bench only:
   * the bytes are the same either way.
   */
  libsodiumOnly?: boolean;
}

export type SealEngine = 'runtime' | 'libsodium';

/** Node (OpenSSL) has ChaCha20-Poly1305; Electron's BoringSSL may not, and then libsodium seals. */
function runtimeHasChaCha20Poly1305(): boolean {
  return getCiphers().includes('chacha20-poly1305');
}

/** The weakest key derivation settings a vault with these options opens. */
export function vaultKdfFloor(options: VaultOptions): { minOps: number; minMemKiB: number } {
  const kdf = options.kdf ?? DEFAULT_KDF;
  return options.allowWeakKdf || belowFloor(kdf) ? WEAK_KDF_FLOOR : KDF_LIMITS;
}

/** Argon2id with libsodium on the calling thread. */
export function sodiumKek(sodium: Sodium): DeriveKek {
  return async (passphrase, salt, params) =>
    sodium.crypto_pwhash(
      32,
      new TextEncoder().encode(passphrase.normalize('NFC')),
      salt,
      params.opslimit,
      params.memlimitKiB * 1024,
      sodium.crypto_pwhash_ALG_ARGON2ID13,
    );
}

/**
 * What the rest of the app uses: key derivation, key wrapping and content encryption, each async.
 * Two implementations: `createVault` (on the calling thread; used inside the crypto worker and
 * injected by tests) and `createWorkerVault` (the app and the command: keys in a worker).
 */
export interface Vault {
  readonly kdf: KdfParams;
  /** The weakest key derivation settings this vault opens. */
  readonly kdfFloor: { minOps: number; minMemKiB: number };
  readonly headerSize: number;
  checkStructure(head: Uint8Array, fileLength: number): void;
  create(kind: FileKind, passphrase: string): Promise<{ session: VaultSession; recoveryKey: string }>;
  unlock(file: Uint8Array, secret: Secret): Promise<VaultSession>;
  decrypt(session: VaultSession, file: Uint8Array): Promise<{ header: Header; plaintext: Uint8Array }>;
  open(file: Uint8Array, secret: Secret): Promise<{ session: VaultSession; plaintext: Uint8Array }>;
  /**
   * The next save's file. The vault may take `plaintext` (a worker vault moves its buffer to the
   * worker, which zeroes it, or with `reuse` zeroes it once copied): pass a buffer of its own (with
   * `reuse`, any view) and do not read it afterwards.
   */
  seal(session: VaultSession, plaintext: Uint8Array, options?: SealOptions): Promise<Uint8Array>;
  rekey(
    session: VaultSession,
    change: RekeyChange,
    others: Uint8Array[],
  ): Promise<{ session: VaultSession; others: (Uint8Array | null)[]; recoveryKey: string | null }>;
  verifyPassphrase(session: VaultSession, passphrase: string): Promise<boolean>;
  /** Like `seal`, the vault may take `plaintext`. */
  sealNote(session: VaultSession, plaintext: Uint8Array): Promise<Uint8Array>;
  openNote(session: VaultSession, note: Uint8Array): Promise<Uint8Array | null>;
  /** Zero the session's data key (in a worker: the worker that held it is ended). */
  close(session: VaultSession): void;
  /** Resolves once every key closed so far is wiped and every worker that held one has ended. */
  settled(): Promise<void>;
}

/** What a re-key changes: always a new data key and passphrase wrap; optionally a new recovery key. */
export interface RekeyChange {
  passphrase: string;
  newRecoveryKey: boolean;
}

const WRAP_LABEL = new TextEncoder().encode('dwb/wrap/v1');
const RECOVERY_LABEL = new TextEncoder().encode('dwb/recovery/v1');
const RECOVERY_SEAL_LABEL = new TextEncoder().encode('dwb/recovery/v2');
const NOTE_LABEL = new TextEncoder().encode('dwb/note/v1');
/**
 * Fresh bytes from the system's random generator (what libsodium's own randombytes reads here too):
 * one call, where libsodium's `randombytes_buf` crosses its JavaScript bridge for ~0.2 ms, at
 * every save's nonce (measured: 170–200 µs against 7 µs).
 */
function randomBytesOf(length: number): Uint8Array {
  return randomFillSync(new Uint8Array(length));
}

/** XChaCha20-Poly1305's tag (libsodium's crypto_aead_xchacha20poly1305_ietf_ABYTES, checked in createVault). */
const AEAD_ABYTES = 16;
/** How much content the runtime's cipher encrypts per call (see sealWithHeader). */
const RUNTIME_PIECE = 64 * 1024;

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function belowFloor(kdf: KdfParams): boolean {
  return kdf.opslimit < KDF_LIMITS.minOps || kdf.memlimitKiB < KDF_LIMITS.minMemKiB;
}

/**
 * The vault: key derivation, key wrapping and content encryption. Every operation is async so
 * that it can run off the main thread. Weak (test) KDF settings are accepted only when a test
 * passes them here; the app and the command never do, and refuse files that carry them.
 */
export function createVault(sodium: Sodium, options: VaultOptions & { derive?: DeriveKek } = {}) {
  const kdf = options.kdf ?? DEFAULT_KDF;
  const floor = vaultKdfFloor(options);
  const derive = options.derive ?? sodiumKek(sodium);
  const AEAD_NONCE = sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  const ABYTES = sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES;
  if (ABYTES !== AEAD_ABYTES) throw new Error('Unexpected AEAD tag length.');
  const heap = sodiumHeap(sodium);
  // The runtime's own ChaCha20-Poly1305 (OpenSSL in Node) when it has one: same bytes, several times faster than
  // libsodium's WebAssembly build. Chosen once; libsodium otherwise.
  const sealEngine: SealEngine = !options.libsodiumOnly && runtimeHasChaCha20Poly1305() ? 'runtime' : 'libsodium';

  const checksum = (data: Uint8Array) => sodium.crypto_generichash(CHECKSUM_BYTES, data, null);
  const newId = () => randomBytesOf(WORKBOOK_ID_BYTES);
  const parse = (file: Uint8Array) => parseFile(file, checksum, { floor, newId });

  function passphraseKek(passphrase: string, salt: Uint8Array, params: KdfParams): Promise<Uint8Array> {
    return derive(passphrase, salt, params);
  }

  function recoveryKek(recovery: Uint8Array, salt: Uint8Array): Uint8Array {
    // The recovery key is 160 random bits, so a fast keyed hash is enough here.
    return sodium.crypto_generichash(32, concat(RECOVERY_LABEL, salt), recovery);
  }

  function recoveryKeyPair(recovery: Uint8Array, salt: Uint8Array) {
    const seed = sodium.crypto_generichash(32, concat(RECOVERY_SEAL_LABEL, salt), recovery);
    const pair = sodium.crypto_box_seed_keypair(seed);
    sodium.memzero(seed);
    return pair;
  }

  function wrap(kek: Uint8Array, dataKey: Uint8Array, binding: Uint8Array) {
    const nonce = randomBytesOf(AEAD_NONCE);
    const wrapped = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(dataKey, concat(WRAP_LABEL, binding), null, nonce, kek);
    sodium.memzero(kek);
    return { nonce, wrapped };
  }

  function unwrap(kek: Uint8Array, nonce: Uint8Array, wrapped: Uint8Array, binding: Uint8Array): Uint8Array | null {
    try {
      return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, wrapped, concat(WRAP_LABEL, binding), nonce, kek);
    } catch {
      return null;
    } finally {
      sodium.memzero(kek);
    }
  }

  /** The format-1 recovery wrap is bound to magic, version 1, kind and its own salt. */
  function legacyRecoveryBinding(kind: FileKind, salt: Uint8Array): Uint8Array {
    return concat(keyBinding(kind, kdf, new Uint8Array(16)).subarray(0, 7), salt);
  }

  /** A new recovery key: 160 random bits; the data key is sealed to the public key derived from it. */
  function newRecovery(dataKey: Uint8Array): { wrap: RecoveryWrap; recoveryKey: string } {
    const recoveryBytes = randomBytesOf(RECOVERY_KEY_BYTES);
    const salt = randomBytesOf(16);
    const pair = recoveryKeyPair(recoveryBytes, salt);
    sodium.memzero(pair.privateKey);
    const recoveryKey = encodeRecoveryKey(recoveryBytes);
    sodium.memzero(recoveryBytes);
    return {
      wrap: { scheme: 2, salt, publicKey: pair.publicKey, sealed: sodium.crypto_box_seal(dataKey, pair.publicKey) },
      recoveryKey,
    };
  }

  async function passphraseWrap(kind: FileKind, passphrase: string, dataKey: Uint8Array) {
    const salt = randomBytesOf(16);
    const pass = wrap(await passphraseKek(passphrase, salt, kdf), dataKey, keyBinding(kind, kdf, salt));
    return { kdf, salt, passNonce: pass.nonce, passWrapped: pass.wrapped };
  }

  /**
   * V8 keeps typed arrays of up to 64 bytes inside its own heap, where the garbage collector
   * may move them and leave the old bytes behind, out of reach of memzero. A data key therefore
   * lives in an ArrayBuffer of its own (outside the moving heap); the copy libsodium's wrapper
   * returned is wiped at once.
   */
  function keep(key: Uint8Array): Uint8Array {
    const kept = new Uint8Array(new ArrayBuffer(key.length));
    kept.set(key);
    sodium.memzero(key);
    return kept;
  }

  async function unwrapWithSecret(parsed: ParsedFile, secret: Secret): Promise<Uint8Array> {
    const { header } = parsed;
    let dataKey: Uint8Array | null;
    if (secret.method === 'passphrase') {
      dataKey = unwrap(
        await passphraseKek(secret.value, header.salt, header.kdf),
        header.passNonce,
        header.passWrapped,
        keyBinding(header.kind, header.kdf, header.salt),
      );
    } else {
      const bytes = decodeRecoveryKey(secret.value);
      if (!bytes) throw new WrongSecretError('recoveryKey');
      const recovery = header.recovery;
      if (recovery.scheme === 1) {
        dataKey = unwrap(
          recoveryKek(bytes, recovery.salt),
          recovery.nonce,
          recovery.wrapped,
          legacyRecoveryBinding(header.kind, recovery.salt),
        );
      } else {
        const pair = recoveryKeyPair(bytes, recovery.salt);
        dataKey = null;
        if (sodium.memcmp(pair.publicKey, recovery.publicKey)) {
          try {
            dataKey = sodium.crypto_box_seal_open(recovery.sealed, pair.publicKey, pair.privateKey);
          } catch {
            dataKey = null;
          }
        }
        sodium.memzero(pair.privateKey);
      }
      sodium.memzero(bytes);
    }
    if (!dataKey) throw new WrongSecretError(secret.method);
    return keep(dataKey);
  }

  function decryptParsed(parsed: ParsedFile, dataKey: Uint8Array): Uint8Array {
    try {
      return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
        null,
        parsed.ciphertext,
        parsed.headerBytes,
        parsed.header.contentNonce,
        dataKey,
      );
    } catch {
      throw new DamagedFileError('content failed authentication');
    }
  }

  /**
   * Encrypt under `header` as given (no counter change), in libsodium's heap: the header is
   * written where the file wants it, the content encrypted right after it (the header is the
   * associated data, its nonce field the nonce), the checksum written after the tag, and the
   * whole file copied out once. Byte for byte what encrypt-then-checksum in separate calls wrote.
   *
   * XChaCha20-Poly1305 (IETF) is the HChaCha20 subkey of the key and the nonce's first 16 bytes,
   * then ChaCha20-Poly1305 (IETF, RFC 8439) under that subkey with four zero bytes and the nonce's
   * last 8 bytes as its nonce: that is how libsodium composes it. Where the runtime has
   * ChaCha20-Poly1305 (`sealEngine` 'runtime': Node's OpenSSL), the subkey is made in the heap by
   * libsodium and the runtime encrypts the plaintext with the header as associated data; its key
   * schedule is wiped when the cipher is finished. Otherwise the plaintext is copied into the heap
   * and libsodium's AEAD encrypts it in place. The checksum is always libsodium's BLAKE2b.
   * Freeing wipes every heap block (sodium.ts), so no plaintext or key stays behind there.
   * The file comes back in a buffer of its own, or at the start of `into` (a session's kept buffer).
   */
  function sealWithHeader(header: Header, dataKey: Uint8Array, plaintext: Uint8Array, into?: Uint8Array): Uint8Array {
    const ciphertextLength = plaintext.length + ABYTES;
    const bodyLength = HEADER_BYTES + ciphertextLength;
    const total = bodyLength + CHECKSUM_BYTES;
    if (total > MAX_FILE_BYTES) {
      throw new DamagedFileError('the workbook has grown larger than the app can save');
    }
    if (into && into.length < total) throw new RangeError('The buffer for the sealed file is too small.');
    // The key, then (runtime) the subkey.
    const scratch = dataKey.length + (sealEngine === 'runtime' ? 32 : 0);
    const keyAt = heap._malloc(scratch);
    const fileAt = heap._malloc(total);
    try {
      if (keyAt === 0 || fileAt === 0) throw new Error('Not enough memory to save the workbook.');
      // HEAPU8 is read after every allocation: a growing heap replaces it.
      const bytes = heap.HEAPU8;
      bytes.set(dataKey, keyAt);
      encodeHeader(header, ciphertextLength, bytes.subarray(fileAt, fileAt + HEADER_BYTES));
      const contentAt = fileAt + HEADER_BYTES;
      const nonceAt = fileAt + CONTENT_NONCE_OFFSET;
      const tagAt = contentAt + plaintext.length;
      if (sealEngine === 'runtime') {
        const subkeyAt = keyAt + dataKey.length;
        if (heap._crypto_core_hchacha20(subkeyAt, nonceAt, keyAt, 0) !== 0) {
          throw new Error('The workbook could not be encrypted.');
        }
        const nonce = new Uint8Array(12);
        nonce.set(bytes.subarray(nonceAt + 16, nonceAt + 24), 4);
        const cipher = createCipheriv('chacha20-poly1305', bytes.subarray(subkeyAt, subkeyAt + 32), nonce, {
          authTagLength: ABYTES,
        });
        cipher.setAAD(bytes.subarray(fileAt, fileAt + HEADER_BYTES), { plaintextLength: plaintext.length });
        // In pieces: each piece's ciphertext is a small buffer the allocator reuses, where the
        // whole content's would be a fresh mapping of its size at every save.
        for (let at = 0; at < plaintext.length; at += RUNTIME_PIECE) {
          const piece = plaintext.subarray(at, Math.min(at + RUNTIME_PIECE, plaintext.length));
          bytes.set(cipher.update(piece), contentAt + at);
        }
        cipher.final();
        bytes.set(cipher.getAuthTag(), tagAt);
      } else {
        bytes.set(plaintext, contentAt);
        const sealed = heap._crypto_aead_xchacha20poly1305_ietf_encrypt(
          contentAt,
          0,
          contentAt,
          plaintext.length,
          0,
          fileAt,
          HEADER_BYTES,
          0,
          0,
          nonceAt,
          keyAt,
        );
        if (sealed !== 0) throw new Error('The workbook could not be encrypted.');
      }
      if (heap._crypto_generichash(fileAt + bodyLength, CHECKSUM_BYTES, fileAt, bodyLength, 0, 0, 0) !== 0) {
        throw new Error('The workbook could not be encrypted.');
      }
      if (!into) return heap.HEAPU8.slice(fileAt, fileAt + total);
      into.set(heap.HEAPU8.subarray(fileAt, fileAt + total));
      return into.subarray(0, total);
    } finally {
      if (fileAt !== 0) heap._free(fileAt);
      if (keyAt !== 0) heap._free(keyAt);
    }
  }

  function requireOpen(session: KeyedSession) {
    if (session.closed) throw new Error('This workbook is locked.');
  }

  const vault = {
    kdf,
    /** What encrypts content when sealing: the runtime's ChaCha20-Poly1305 or libsodium's (the same bytes). */
    sealEngine,
    /** The weakest key derivation settings this vault opens. */
    kdfFloor: floor,

    /** Cheap checks on a file's first bytes and size, before it is even read whole. */
    checkStructure(head: Uint8Array, fileLength: number): void {
      checkStructure(head, fileLength, floor);
    },

    /** A new file's keys. Returns the session and the recovery key, shown to the person once. */
    async create(kind: FileKind, passphrase: string): Promise<{ session: KeyedSession; recoveryKey: string }> {
      const dataKey = keep(sodium.crypto_aead_xchacha20poly1305_ietf_keygen());
      const recovery = newRecovery(dataKey);
      let pass: Awaited<ReturnType<typeof passphraseWrap>>;
      try {
        pass = await passphraseWrap(kind, passphrase, dataKey);
      } catch (error) {
        sodium.memzero(dataKey);
        throw error;
      }
      const header: Header = {
        kind,
        ...pass,
        workbookId: newId(),
        saveCounter: 0,
        recovery: recovery.wrap,
        contentNonce: new Uint8Array(AEAD_NONCE),
      };
      return { session: { kind, header, dataKey, closed: false }, recoveryKey: recovery.recoveryKey };
    },

    /**
     * The data key of a file, from its passphrase or recovery key: structure and checksum first
     * (cheap), then one key derivation. The content is not decrypted (see `decrypt`).
     */
    async unlock(file: Uint8Array, secret: Secret): Promise<KeyedSession> {
      const parsed = parse(file);
      const dataKey = await unwrapWithSecret(parsed, secret);
      return { kind: parsed.header.kind, header: parsed.header, dataKey, closed: false };
    },

    /**
     * Decrypt a file with an unlocked session's data key (no key derivation). Used for the file
     * the session came from and for backups that share its key. Returns the file's own header.
     */
    async decrypt(session: KeyedSession, file: Uint8Array): Promise<{ header: Header; plaintext: Uint8Array }> {
      requireOpen(session);
      const parsed = parse(file);
      if (parsed.header.kind !== session.kind) throw new DamagedFileError('a different kind of file');
      return { header: parsed.header, plaintext: decryptParsed(parsed, session.dataKey) };
    },

    /** Check structure first (cheap), then derive the key, then decrypt and authenticate. */
    async open(file: Uint8Array, secret: Secret): Promise<{ session: KeyedSession; plaintext: Uint8Array }> {
      const parsed = parse(file);
      const dataKey = await unwrapWithSecret(parsed, secret);
      try {
        return {
          session: { kind: parsed.header.kind, header: parsed.header, dataKey, closed: false },
          plaintext: decryptParsed(parsed, dataKey),
        };
      } catch (error) {
        sodium.memzero(dataKey);
        throw error;
      }
    },

    /** Encrypt the next save: a fresh nonce and the save counter one higher. */
    async seal(session: KeyedSession, plaintext: Uint8Array, options: SealOptions = {}): Promise<Uint8Array> {
      requireOpen(session);
      const header: Header = {
        ...session.header,
        saveCounter: session.header.saveCounter + 1,
        contentNonce: randomBytesOf(AEAD_NONCE),
      };
      let into: Uint8Array | undefined;
      if (options.reuse) {
        const needed = sealedLength(plaintext.length);
        if (!session.sealed || session.sealed.length < needed) {
          session.sealed = new Uint8Array(grownCapacity(session.sealed?.length ?? 0, Math.min(needed, MAX_FILE_BYTES)));
        }
        into = session.sealed;
      }
      const file = sealWithHeader(header, session.dataKey, plaintext, into);
      session.header = header;
      return file;
    },

    /**
     * Re-key: a new random data key, a new passphrase wrap (new salt, current KDF settings) and,
     * when asked or when the file still has a format-1 recovery wrap, a new recovery key (else the
     * same recovery key, re-sealed to its public key). Every file in `others` (the backups) is
     * decrypted with the current key and re-encrypted under the new one, keeping its own save
     * counter; a file that does not decrypt with the current key comes back as null. The given
     * session is left unchanged, so nothing changes until the caller has written the new set.
     */
    async rekey(
      session: KeyedSession,
      change: RekeyChange,
      others: Uint8Array[],
    ): Promise<{ session: KeyedSession; others: (Uint8Array | null)[]; recoveryKey: string | null }> {
      requireOpen(session);
      const dataKey = keep(sodium.crypto_aead_xchacha20poly1305_ietf_keygen());
      let pass: Awaited<ReturnType<typeof passphraseWrap>>;
      try {
        pass = await passphraseWrap(session.kind, change.passphrase, dataKey);
      } catch (error) {
        sodium.memzero(dataKey);
        throw error;
      }
      let recoveryKey: string | null = null;
      let recovery: RecoveryWrap;
      const current = session.header.recovery;
      if (change.newRecoveryKey || current.scheme === 1) {
        const fresh = newRecovery(dataKey);
        recovery = fresh.wrap;
        recoveryKey = fresh.recoveryKey;
      } else {
        recovery = { ...current, sealed: sodium.crypto_box_seal(dataKey, current.publicKey) };
      }
      const header: Header = { ...session.header, ...pass, recovery };
      const next: KeyedSession = { kind: session.kind, header, dataKey, closed: false };
      const rewritten = others.map((file) => {
        let parsed: ParsedFile;
        let plaintext: Uint8Array;
        try {
          parsed = parse(file);
          if (parsed.header.kind !== session.kind) return null;
          plaintext = decryptParsed(parsed, session.dataKey);
        } catch {
          return null;
        }
        const bytes = sealWithHeader(
          {
            ...header,
            saveCounter: parsed.header.saveCounter,
            contentNonce: randomBytesOf(AEAD_NONCE),
          },
          dataKey,
          plaintext,
        );
        plaintext.fill(0);
        return bytes;
      });
      return { session: next, others: rewritten, recoveryKey };
    },

    /** Check a passphrase against an open session without changing anything. */
    async verifyPassphrase(session: KeyedSession, passphrase: string): Promise<boolean> {
      requireOpen(session);
      const { header } = session;
      const key = unwrap(
        await passphraseKek(passphrase, header.salt, header.kdf),
        header.passNonce,
        header.passWrapped,
        keyBinding(session.kind, header.kdf, header.salt),
      );
      if (!key) return false;
      const same = sodium.memcmp(key, session.dataKey);
      sodium.memzero(key);
      return same;
    },

    /**
     * A small note beside a workbook, encrypted under a key derived from its data key (keyed
     * BLAKE2b) and bound to its id: the exports in progress. Only this data key opens it.
     */
    async sealNote(session: KeyedSession, plaintext: Uint8Array): Promise<Uint8Array> {
      requireOpen(session);
      const key = sodium.crypto_generichash(32, NOTE_LABEL, session.dataKey);
      const nonce = randomBytesOf(AEAD_NONCE);
      const sealed = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
        plaintext,
        concat(NOTE_LABEL, session.header.workbookId),
        null,
        nonce,
        key,
      );
      sodium.memzero(key);
      return concat(nonce, sealed);
    },

    /** Open a note sealed by `sealNote` with the same data key; null when it does not open. */
    async openNote(session: KeyedSession, note: Uint8Array): Promise<Uint8Array | null> {
      requireOpen(session);
      if (note.length < AEAD_NONCE + ABYTES || note.length > 1024 * 1024) return null;
      const key = sodium.crypto_generichash(32, NOTE_LABEL, session.dataKey);
      try {
        return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
          null,
          note.subarray(AEAD_NONCE),
          concat(NOTE_LABEL, session.header.workbookId),
          note.subarray(0, AEAD_NONCE),
          key,
        );
      } catch {
        return null;
      } finally {
        sodium.memzero(key);
      }
    },

    close(session: KeyedSession): void {
      if (session.closed) return;
      sodium.memzero(session.dataKey);
      delete session.sealed;
      session.closed = true;
    },

    async settled(): Promise<void> {},

    headerSize: HEADER_BYTES,
  };
  return vault satisfies Vault;
}

/** The length of the sealed file of `plaintextLength` bytes of content. */
export function sealedLength(plaintextLength: number): number {
  return HEADER_BYTES + plaintextLength + AEAD_ABYTES + CHECKSUM_BYTES;
}

/** The in-thread vault (its sessions carry their data key). */
export type InThreadVault = ReturnType<typeof createVault>;
