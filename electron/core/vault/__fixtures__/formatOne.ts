import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { serializeWorkbook } from '../../../../shared/workbook/content';
import { emptyWorkbook } from '../../../../shared/workbook/schema';
import { CHECKSUM_BYTES, HEADER_BYTES_V1, keyBinding, type KdfParams } from '../format';
import { encodeRecoveryKey, RECOVERY_KEY_BYTES } from '../recoveryKey';
import type { Sodium } from '../sodium';

/**
 * Writes workbook files in format 1 (the 220-byte header of the first release, described in
 * format.ts), so the upgrade tests need no stored binary files. It follows format 1 byte for
 * byte: one data key wrapped by the Argon2id passphrase key and by a key hashed from the
 * recovery key (scheme 1), the content sealed with the header as associated data, and the
 * trailing BLAKE2b checksum.
 */
const text = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

export function formatOneWriter(sodium: Sodium, passphrase: string, kdf: KdfParams) {
  const kind = 'partner' as const;
  const salt = sodium.randombytes_buf(16);
  const recoverySalt = sodium.randombytes_buf(16);
  const recovery = sodium.randombytes_buf(RECOVERY_KEY_BYTES);
  const dataKey = sodium.crypto_aead_xchacha20poly1305_ietf_keygen();
  const binding = keyBinding(kind, kdf, salt);
  const wrap = (kek: Uint8Array, bound: Uint8Array) => {
    const nonce = sodium.randombytes_buf(24);
    const wrapped = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      dataKey,
      concat(text('dwb/wrap/v1'), bound),
      null,
      nonce,
      kek,
    );
    return { nonce, wrapped };
  };
  const passKek = sodium.crypto_pwhash(
    32,
    text(passphrase.normalize('NFC')),
    salt,
    kdf.opslimit,
    kdf.memlimitKiB * 1024,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  );
  const pass = wrap(passKek, binding);
  const recoveryKek = sodium.crypto_generichash(32, concat(text('dwb/recovery/v1'), recoverySalt), recovery);
  const rec = wrap(recoveryKek, concat(keyBinding(kind, kdf, new Uint8Array(16)).subarray(0, 7), recoverySalt));

  /** One format-1 file holding this plaintext. */
  function file(plaintext: Uint8Array): Uint8Array {
    const header = new Uint8Array(HEADER_BYTES_V1);
    header.set(binding, 0); // magic, version 1, kind, KDF id and settings, salt: bytes 0-31
    header.set(pass.nonce, 32);
    header.set(pass.wrapped, 56);
    header.set(recoverySalt, 104);
    header.set(rec.nonce, 120);
    header.set(rec.wrapped, 144);
    const contentNonce = sodium.randombytes_buf(24);
    header.set(contentNonce, 192);
    new DataView(header.buffer).setUint32(216, plaintext.length + 16, true);
    const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, header, null, contentNonce, dataKey);
    const body = concat(header, ciphertext);
    return concat(body, sodium.crypto_generichash(CHECKSUM_BYTES, body, null));
  }
  return { file, recoveryKey: encodeRecoveryKey(recovery) };
}

/** The partner workbook with one boundary whose need is `need`, as format-1 bytes. */
export function formatOneWorkbook(writer: ReturnType<typeof formatOneWriter>, need: string): Uint8Array {
  const workbook = emptyWorkbook('partner', 'Sam', new Date('2026-01-05T10:00:00Z'));
  if (workbook.role !== 'partner') throw new Error('role');
  workbook.sections.boundaries.items = [{ id: 'b1', need, ifNotRespected: '', discussWithTherapist: false }];
  return writer.file(text(serializeWorkbook(workbook)));
}

/**
 * A folder as the first release left it: `partner.dwb` with the need "V1-FIXTURE-NEED second"
 * and two backups (no boundary, then "V1-FIXTURE-NEED first").
 */
export async function writeFormatOneFolder(sodium: Sodium, dir: string, passphrase: string, kdf: KdfParams) {
  const writer = formatOneWriter(sodium, passphrase, kdf);
  await mkdir(path.join(dir, 'backups'), { recursive: true });
  const empty = emptyWorkbook('partner', 'Sam', new Date('2026-01-05T10:00:00Z'));
  await writeFile(path.join(dir, 'backups', 'partner.20260105-100000000-000.dwb'), writer.file(text(serializeWorkbook(empty))));
  await writeFile(
    path.join(dir, 'backups', 'partner.20260105-100100000-001.dwb'),
    formatOneWorkbook(writer, 'V1-FIXTURE-NEED first'),
  );
  await writeFile(path.join(dir, 'partner.dwb'), formatOneWorkbook(writer, 'V1-FIXTURE-NEED second'));
  return { recoveryKey: writer.recoveryKey };
}
