import { describe, expect, it } from 'vitest';
import { chachaModuleBytes, chachaSimd, selfTest } from './chachaSimd';
import { CHECKSUM_BYTES, parseFile, WEAK_KDF_FLOOR } from './format';
import { loadSodium } from './sodium';
import { createVault, TEST_KDF } from './vault';

/**
 * The SIMD ChaCha20 the seal uses (chachaSimd.ts): the same keystream as libsodium's, and seals
 * byte for byte what libsodium's XChaCha20-Poly1305 writes, with and without it. Counted, never timed.
 */
const sodium = await loadSodium();
const checksum = (data: Uint8Array) => sodium.crypto_generichash(CHECKSUM_BYTES, data, null);

function patterned(size: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed + (i >> 8)) & 0xff;
  return bytes;
}

describe('the SIMD ChaCha20', () => {
  const simd = chachaSimd(sodium);

  it('loads here (Node and Electron both run WebAssembly SIMD) and passes its known-answer check', () => {
    expect(
      (globalThis as unknown as { WebAssembly: { validate(b: Uint8Array): boolean } }).WebAssembly.validate(chachaModuleBytes()),
    ).toBe(true);
    expect(simd).not.toBeNull();
    expect(selfTest(sodium, simd!)).toBe(true);
  });

  it.each([0, 1, 15, 16, 63, 64, 65, 191, 192, 193, 255, 256, 257, 511, 4096 + 17, 300_001])(
    'gives libsodium’s ChaCha20 (IETF) keystream, block 0 apart, for %i bytes under random keys and nonces',
    (size) => {
      for (let round = 0; round < 3; round++) {
        const key = sodium.randombytes_buf(32);
        const nonce = sodium.randombytes_buf(12);
        const input = patterned(size, round);
        const out = new Uint8Array(size);
        const block0 = new Uint8Array(64);
        simd!.xor(key, nonce, input, out, block0);
        const withBlock0 = new Uint8Array(64 + size);
        withBlock0.set(input, 64);
        const expected = sodium.crypto_stream_chacha20_ietf_xor_ic(withBlock0, nonce, 0, key);
        expect(Buffer.from(block0).equals(Buffer.from(expected.subarray(0, 64)))).toBe(true);
        expect(Buffer.from(out).equals(Buffer.from(expected.subarray(64)))).toBe(true);
      }
    },
  );

  it('leaves no key or plaintext in its memory after a call', () => {
    const key = sodium.randombytes_buf(32);
    const input = patterned(70_000, 9);
    simd!.xor(key, sodium.randombytes_buf(12), input, new Uint8Array(input.length), new Uint8Array(64));
    const memory = simd!.memorySnapshot();
    expect(memory.length).toBeGreaterThan(70_000);
    expect(memory.every((b) => b === 0)).toBe(true);
  });

  it('refuses wrong sizes instead of reading past a buffer', () => {
    const ok = new Uint8Array(10);
    expect(() => simd!.xor(new Uint8Array(31), new Uint8Array(12), ok, new Uint8Array(10), new Uint8Array(64))).toThrow();
    expect(() => simd!.xor(new Uint8Array(32), new Uint8Array(8), ok, new Uint8Array(10), new Uint8Array(64))).toThrow();
    expect(() => simd!.xor(new Uint8Array(32), new Uint8Array(12), ok, new Uint8Array(9), new Uint8Array(64))).toThrow();
  });
});

describe('the seal with and without SIMD', () => {
  const withSimd = createVault(sodium, { kdf: TEST_KDF });
  const without = createVault(sodium, { kdf: TEST_KDF, noSimd: true });

  it('makes the seal’s keystream with the SIMD module (a seal of n bytes: n bytes and block 0 there)', async () => {
    const simd = chachaSimd(sodium)!;
    const { session } = await withSimd.create('disclosing', 'a passphrase for the SIMD count');
    const before = simd.bytes;
    await withSimd.seal(session, patterned(100_000, 1));
    expect(simd.bytes - before).toBeGreaterThanOrEqual(100_000 + 64);
    expect(simd.bytes - before).toBeLessThan(100_000 + 64 + 256);
    const unchanged = simd.bytes;
    const { session: other } = await without.create('partner', 'a passphrase for the libsodium seal');
    await without.seal(other, patterned(100_000, 2));
    expect(simd.bytes).toBe(unchanged);
    withSimd.close(session);
    without.close(other);
  });

  it.each([0, 1, 15, 16, 17, 255, 256, 257, 6035, 300_000])(
    'both write byte for byte what libsodium’s XChaCha20-Poly1305 and the checksum write, and each opens the other’s file: %i bytes',
    async (size) => {
      for (const [sealer, opener] of [
        [withSimd, without],
        [without, withSimd],
      ] as const) {
        const { session } = await sealer.create('disclosing', 'a passphrase for the parity test');
        const plaintext = patterned(size, size);
        const file = await sealer.seal(session, plaintext);
        const parsed = parseFile(file, checksum, { floor: WEAK_KDF_FLOOR });
        const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
          plaintext,
          parsed.headerBytes,
          null,
          parsed.header.contentNonce,
          session.dataKey,
        );
        const body = Buffer.concat([parsed.headerBytes, ciphertext]);
        expect(Buffer.from(file).equals(Buffer.concat([body, checksum(body)]))).toBe(true);
        const opened = await opener.decrypt({ ...session, closed: false }, file);
        expect(Buffer.from(opened.plaintext).equals(Buffer.from(plaintext))).toBe(true);
        sealer.close(session);
      }
    },
  );
});
