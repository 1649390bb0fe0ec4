import {
  CHECKSUM_BYTES,
  DamagedFileError,
  encodeHeader,
  HEADER_BYTES,
  kdfBinding,
  parseFile,
  type FileKind,
  type Header,
  type KdfParams,
} from './format';
import { decodeRecoveryKey, encodeRecoveryKey, RECOVERY_KEY_BYTES } from './recoveryKey';
import type { Sodium } from './sodium';

/**
 * Default Argon2id cost: 256 MiB, 3 passes. Measured at about 0.7 s on the 2-core CI
 * machines, so roughly 0.5-1 s on a typical laptop. Stored in each file's header.
 */
export const DEFAULT_KDF: KdfParams = { opslimit: 3, memlimitKiB: 256 * 1024 };
/** Cheap settings for tests only (still Argon2id, still real crypto). */
export const TEST_KDF: KdfParams = { opslimit: 1, memlimitKiB: 8 * 1024 };

export class WrongSecretError extends Error {
  override name = 'WrongSecretError';
  constructor(method: Secret['method']) {
    super(
      method === 'passphrase'
        ? 'That passphrase did not open this workbook. Please check it and try again.'
        : 'That recovery key did not open this workbook. Please check it and try again.',
    );
  }
}

export type Secret = { method: 'passphrase'; value: string } | { method: 'recoveryKey'; value: string };

/** An unlocked file: the data key and the header fields needed to save again. */
export interface VaultSession {
  readonly kind: FileKind;
  header: Header;
  dataKey: Uint8Array;
  closed: boolean;
}

const WRAP_LABEL = new TextEncoder().encode('dwb/wrap/v1');
const RECOVERY_LABEL = new TextEncoder().encode('dwb/recovery/v1');

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function createVault(sodium: Sodium, options: { kdf?: KdfParams } = {}) {
  const kdf = options.kdf ?? DEFAULT_KDF;
  const AEAD_NONCE = sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;

  const checksum = (data: Uint8Array) => sodium.crypto_generichash(CHECKSUM_BYTES, data, null);

  function passphraseKek(passphrase: string, salt: Uint8Array, params: KdfParams): Uint8Array {
    return sodium.crypto_pwhash(
      32,
      new TextEncoder().encode(passphrase.normalize('NFC')),
      salt,
      params.opslimit,
      params.memlimitKiB * 1024,
      sodium.crypto_pwhash_ALG_ARGON2ID13,
    );
  }

  function recoveryKek(recovery: Uint8Array, salt: Uint8Array): Uint8Array {
    // The recovery key is 160 random bits, so a fast keyed hash is enough here.
    return sodium.crypto_generichash(32, concat(RECOVERY_LABEL, salt), recovery);
  }

  function wrap(kek: Uint8Array, dataKey: Uint8Array, binding: Uint8Array) {
    const nonce = sodium.randombytes_buf(AEAD_NONCE);
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

  /** The first 32 header bytes (kind, KDF, salt) as they will be written. */
  function bindingFor(kind: FileKind, params: KdfParams, salt: Uint8Array): Uint8Array {
    const draft: Header = {
      kind,
      kdf: params,
      salt,
      passNonce: new Uint8Array(24),
      passWrapped: new Uint8Array(48),
      recoverySalt: new Uint8Array(16),
      recoveryNonce: new Uint8Array(24),
      recoveryWrapped: new Uint8Array(48),
      contentNonce: new Uint8Array(24),
    };
    return kdfBinding(encodeHeader(draft, 0)).slice();
  }

  /**
   * The recovery wrap is bound to magic, version, kind and its own salt, but not to the
   * passphrase salt and KDF fields, so a passphrase change leaves the recovery key valid.
   */
  function recoveryBinding(binding: Uint8Array, recoverySalt: Uint8Array): Uint8Array {
    return concat(binding.subarray(0, 7), recoverySalt);
  }

  function seal(session: VaultSession, plaintext: Uint8Array): Uint8Array {
    if (session.closed) throw new Error('This workbook is locked.');
    session.header.contentNonce = sodium.randombytes_buf(AEAD_NONCE);
    const ciphertextLength = plaintext.length + sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES;
    const headerBytes = encodeHeader(session.header, ciphertextLength);
    const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      plaintext,
      headerBytes,
      null,
      session.header.contentNonce,
      session.dataKey,
    );
    // One allocation for the whole file: large workbooks are saved every few seconds.
    const file = new Uint8Array(headerBytes.length + ciphertext.length + CHECKSUM_BYTES);
    file.set(headerBytes, 0);
    file.set(ciphertext, headerBytes.length);
    const bodyLength = headerBytes.length + ciphertext.length;
    file.set(checksum(file.subarray(0, bodyLength)), bodyLength);
    return file;
  }

  return {
    kdf,

    /** A new file's keys. Returns the session and the recovery key, shown to the person once. */
    create(kind: FileKind, passphrase: string): { session: VaultSession; recoveryKey: string } {
      const dataKey = sodium.crypto_aead_xchacha20poly1305_ietf_keygen();
      const salt = sodium.randombytes_buf(16);
      const binding = bindingFor(kind, kdf, salt);
      const pass = wrap(passphraseKek(passphrase, salt, kdf), dataKey, binding);
      const recoveryBytes = sodium.randombytes_buf(RECOVERY_KEY_BYTES);
      const recoverySalt = sodium.randombytes_buf(16);
      const rec = wrap(recoveryKek(recoveryBytes, recoverySalt), dataKey, recoveryBinding(binding, recoverySalt));
      const recoveryKey = encodeRecoveryKey(recoveryBytes);
      sodium.memzero(recoveryBytes);
      const header: Header = {
        kind,
        kdf,
        salt,
        passNonce: pass.nonce,
        passWrapped: pass.wrapped,
        recoverySalt,
        recoveryNonce: rec.nonce,
        recoveryWrapped: rec.wrapped,
        contentNonce: new Uint8Array(AEAD_NONCE),
      };
      return { session: { kind, header, dataKey, closed: false }, recoveryKey };
    },

    /** Check structure first (cheap), then derive the key, then decrypt and authenticate. */
    open(file: Uint8Array, secret: Secret): { session: VaultSession; plaintext: Uint8Array } {
      const parsed = parseFile(file, checksum);
      const { header } = parsed;
      const binding = kdfBinding(parsed.headerBytes);
      let dataKey: Uint8Array | null;
      if (secret.method === 'passphrase') {
        dataKey = unwrap(passphraseKek(secret.value, header.salt, header.kdf), header.passNonce, header.passWrapped, binding);
      } else {
        const bytes = decodeRecoveryKey(secret.value);
        if (!bytes) throw new WrongSecretError('recoveryKey');
        dataKey = unwrap(
          recoveryKek(bytes, header.recoverySalt),
          header.recoveryNonce,
          header.recoveryWrapped,
          recoveryBinding(binding, header.recoverySalt),
        );
        sodium.memzero(bytes);
      }
      if (!dataKey) throw new WrongSecretError(secret.method);
      let plaintext: Uint8Array;
      try {
        plaintext = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
          null,
          parsed.ciphertext,
          parsed.headerBytes,
          header.contentNonce,
          dataKey,
        );
      } catch {
        sodium.memzero(dataKey);
        throw new DamagedFileError('content failed authentication');
      }
      return { session: { kind: header.kind, header, dataKey, closed: false }, plaintext };
    },

    seal,

    /** Re-wrap the same data key under a new passphrase (new salt, current KDF settings). */
    changePassphrase(session: VaultSession, newPassphrase: string): void {
      if (session.closed) throw new Error('This workbook is locked.');
      const salt = sodium.randombytes_buf(16);
      const binding = bindingFor(session.kind, kdf, salt);
      const pass = wrap(passphraseKek(newPassphrase, salt, kdf), session.dataKey, binding);
      session.header = {
        ...session.header,
        kdf,
        salt,
        passNonce: pass.nonce,
        passWrapped: pass.wrapped,
      };
    },

    /** Check a passphrase against an open session without changing anything. */
    verifyPassphrase(session: VaultSession, passphrase: string): boolean {
      const binding = bindingFor(session.kind, session.header.kdf, session.header.salt);
      const key = unwrap(
        passphraseKek(passphrase, session.header.salt, session.header.kdf),
        session.header.passNonce,
        session.header.passWrapped,
        binding,
      );
      if (!key) return false;
      const same = sodium.memcmp(key, session.dataKey);
      sodium.memzero(key);
      return same;
    },

    close(session: VaultSession): void {
      if (session.closed) return;
      sodium.memzero(session.dataKey);
      session.closed = true;
    },

    headerSize: HEADER_BYTES,
  };
}

export type Vault = ReturnType<typeof createVault>;
