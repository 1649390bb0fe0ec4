import { describe, expect, it } from 'vitest';
import { CHECKSUM_BYTES, parseFile, WEAK_KDF_FLOOR } from './format';
import { loadSodium } from './sodium';
import { createVault, TEST_KDF } from './vault';

/**
 * The two ways the seal encrypts content: the runtime's own ChaCha20-Poly1305 (Node's OpenSSL) and
 * libsodium's. Each writes byte for byte what libsodium's XChaCha20-Poly1305 and the checksum
 * write, and each opens the other's files. Counted, never timed.
 */
const sodium = await loadSodium();
const checksum = (data: Uint8Array) => sodium.crypto_generichash(CHECKSUM_BYTES, data, null);

function patterned(size: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed + (i >> 8)) & 0xff;
  return bytes;
}

describe('the seal with the runtime’s ChaCha20-Poly1305 and with libsodium’s', () => {
  const runtime = createVault(sodium, { kdf: TEST_KDF });
  const libsodium = createVault(sodium, { kdf: TEST_KDF, libsodiumOnly: true });

  it('uses the runtime’s cipher where Node has it, and libsodium when asked', () => {
    expect(runtime.sealEngine).toBe('runtime');
    expect(libsodium.sealEngine).toBe('libsodium');
  });

  it.each([0, 1, 15, 16, 17, 63, 64, 65, 255, 256, 257, 6035, 300_000, 868_123])(
    'both write byte for byte what libsodium’s XChaCha20-Poly1305 and the checksum write, and each opens the other’s file: %i bytes',
    async (size) => {
      for (const [sealer, opener] of [
        [runtime, libsodium],
        [libsodium, runtime],
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

  it('a changed byte anywhere in a runtime-sealed file is refused by libsodium’s opening', async () => {
    const { session } = await runtime.create('partner', 'a passphrase for the tamper test');
    const file = await runtime.seal(session, patterned(5_000, 3));
    for (const at of [10, 300, 2_000, file.length - 40]) {
      const bad = Uint8Array.from(file);
      bad[at] = (bad[at] ?? 0) ^ 1;
      await expect(libsodium.decrypt({ ...session, closed: false }, bad)).rejects.toThrow();
    }
    runtime.close(session);
  });
});
