import { describe, expect, it } from 'vitest';
import { CHECKSUM_BYTES, DamagedFileError, HEADER_BYTES } from './format';
import { decodeRecoveryKey, encodeRecoveryKey } from './recoveryKey';
import { loadSodium } from './sodium';
import { createVault, TEST_KDF, WrongSecretError } from './vault';

const sodium = await loadSodium();
const vault = createVault(sodium, { kdf: TEST_KDF });
const text = (s: string) => new TextEncoder().encode(s);
const str = (b: Uint8Array) => new TextDecoder().decode(b);

function sealed(content = '{"hello":"world"}') {
  const { session, recoveryKey } = vault.create('partner', 'a long passphrase');
  return { file: vault.seal(session, text(content)), recoveryKey, session };
}

describe('vault', () => {
  it('round-trips content with the passphrase and with the recovery key', () => {
    const { file, recoveryKey } = sealed();
    expect(str(vault.open(file, { method: 'passphrase', value: 'a long passphrase' }).plaintext)).toBe('{"hello":"world"}');
    expect(str(vault.open(file, { method: 'recoveryKey', value: recoveryKey }).plaintext)).toBe('{"hello":"world"}');
    // Recovery keys forgive case, spaces and look-alike letters.
    const sloppy = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    expect(str(vault.open(file, { method: 'recoveryKey', value: sloppy }).plaintext)).toBe('{"hello":"world"}');
  });

  it('never writes the plaintext or the passphrase into the file', () => {
    const { file } = sealed('SENTINEL-never-on-disk');
    expect(Buffer.from(file).includes('SENTINEL')).toBe(false);
    expect(Buffer.from(file).includes('a long passphrase')).toBe(false);
  });

  it('uses a fresh nonce for every save', () => {
    const { session } = sealed();
    const a = vault.seal(session, text('same'));
    const b = vault.seal(session, text('same'));
    expect(Buffer.from(a.subarray(192, 216)).equals(Buffer.from(b.subarray(192, 216)))).toBe(false);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('rejects a wrong passphrase or recovery key with WrongSecretError', () => {
    const { file } = sealed();
    expect(() => vault.open(file, { method: 'passphrase', value: 'not the passphrase' })).toThrow(WrongSecretError);
    expect(() => vault.open(file, { method: 'recoveryKey', value: encodeRecoveryKey(new Uint8Array(20)) })).toThrow(
      WrongSecretError,
    );
    expect(() => vault.open(file, { method: 'recoveryKey', value: 'not-a-key' })).toThrow(WrongSecretError);
  });

  it('changes the passphrase by re-wrapping the same data key; the recovery key still works', () => {
    const { session, recoveryKey } = vault.create('disclosing', 'first passphrase');
    const before = Buffer.from(session.dataKey);
    vault.changePassphrase(session, 'second passphrase');
    expect(Buffer.from(session.dataKey).equals(before)).toBe(true);
    const file = vault.seal(session, text('x'));
    expect(() => vault.open(file, { method: 'passphrase', value: 'first passphrase' })).toThrow(WrongSecretError);
    expect(str(vault.open(file, { method: 'passphrase', value: 'second passphrase' }).plaintext)).toBe('x');
    expect(str(vault.open(file, { method: 'recoveryKey', value: recoveryKey }).plaintext)).toBe('x');
  });

  it('rejects every single-byte change of a file as damaged (never a crash, never success)', () => {
    const { file } = sealed('{"a":1}');
    expect(file.length).toBe(HEADER_BYTES + 7 + 16 + CHECKSUM_BYTES);
    for (let i = 0; i < file.length; i++) {
      for (const flip of [0x01, 0x80, 0xff]) {
        const changed = file.slice();
        changed[i] = changed[i]! ^ flip;
        expect(() => vault.open(changed, { method: 'passphrase', value: 'a long passphrase' }), `byte ${i}`).toThrow(
          DamagedFileError,
        );
      }
    }
  });

  it('rejects every truncation and any appended byte', () => {
    const { file } = sealed('{"a":1}');
    for (let n = 0; n < file.length; n++) {
      expect(() => vault.open(file.subarray(0, n), { method: 'passphrase', value: 'a long passphrase' })).toThrow(
        DamagedFileError,
      );
    }
    const longer = new Uint8Array(file.length + 1);
    longer.set(file);
    expect(() => vault.open(longer, { method: 'passphrase', value: 'a long passphrase' })).toThrow(DamagedFileError);
  });

  it('detects a header change even when the attacker recomputes the checksum', () => {
    const { file } = sealed();
    const tamper = (offset: number) => {
      const changed = file.slice();
      changed[offset] = changed[offset]! ^ 1;
      const body = changed.subarray(0, changed.length - CHECKSUM_BYTES);
      changed.set(sodium.crypto_generichash(CHECKSUM_BYTES, body, null), changed.length - CHECKSUM_BYTES);
      return changed;
    };
    // Lowering the KDF cost changes the derived key: the passphrase no longer opens it.
    expect(() => vault.open(tamper(8), { method: 'passphrase', value: 'a long passphrase' })).toThrow();
    // A changed content nonce or ciphertext fails authentication.
    expect(() => vault.open(tamper(200), { method: 'passphrase', value: 'a long passphrase' })).toThrow(DamagedFileError);
    expect(() => vault.open(tamper(HEADER_BYTES + 2), { method: 'passphrase', value: 'a long passphrase' })).toThrow(
      DamagedFileError,
    );
  });

  it('zeroes the data key on close', () => {
    const { session } = vault.create('partner', 'a long passphrase');
    vault.close(session);
    expect(session.dataKey.every((b) => b === 0)).toBe(true);
    expect(() => vault.seal(session, text('x'))).toThrow(/locked/);
  });
});

describe('recovery key encoding', () => {
  it('has at least 128 bits in eight readable groups and round-trips', () => {
    const bytes = sodium.randombytes_buf(20);
    const key = encodeRecoveryKey(bytes);
    expect(key).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(Buffer.from(decodeRecoveryKey(key)!).equals(Buffer.from(bytes))).toBe(true);
    expect(decodeRecoveryKey('too short')).toBeNull();
  });
});
