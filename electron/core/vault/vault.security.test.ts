import { describe, expect, it } from 'vitest';
import { CHECKSUM_BYTES, DamagedFileError, KDF_LIMITS, parseFile, WEAK_KDF_FLOOR } from './format';
import { countingSodium } from './__fixtures__/countingSodium';
import { loadSodium } from './sodium';
import { createVault, DEFAULT_KDF, TEST_KDF, WrongSecretError } from './vault';

/**
 * Brute force: the Argon2id cost is stored in the header, so an attacker with the file could
 * try to lower it to make guessing cheaper. These tests prove that a file whose KDF fields
 * were edited never opens, with or without the attacker recomputing the trailing checksum,
 * whichever secret is used.
 */
const sodium = await loadSodium();
const counted = countingSodium(sodium);
const PASS = 'a long passphrase for the kdf test';
// A little above the minimum, so that lowering is possible in the test.
const vault = createVault(counted.sodium, { kdf: { opslimit: 2, memlimitKiB: 16 * 1024 } });
const { session, recoveryKey } = await vault.create('disclosing', PASS);
const file = await vault.seal(session, new TextEncoder().encode('{"secret":"kdf"}'));

const OPS_OFFSET = 8;
const MEM_OFFSET = 12;

function edit(offset: number, value: number, recomputeChecksum: boolean): Uint8Array {
  const changed = file.slice();
  new DataView(changed.buffer).setUint32(offset, value, true);
  if (recomputeChecksum) {
    const body = changed.subarray(0, changed.length - CHECKSUM_BYTES);
    changed.set(sodium.crypto_generichash(CHECKSUM_BYTES, body, null), changed.length - CHECKSUM_BYTES);
  }
  return changed;
}

const checksum = (data: Uint8Array) => sodium.crypto_generichash(CHECKSUM_BYTES, data, null);

describe('the KDF settings in the header cannot be lowered', () => {
  it('the untouched file opens and reports the settings it was made with', async () => {
    expect(parseFile(file, checksum, { floor: WEAK_KDF_FLOOR }).header.kdf).toEqual({ opslimit: 2, memlimitKiB: 16 * 1024 });
    expect(new TextDecoder().decode((await vault.open(file, { method: 'passphrase', value: PASS })).plaintext)).toBe(
      '{"secret":"kdf"}',
    );
  });

  for (const [field, offset, lowered] of [
    ['opslimit', OPS_OFFSET, 1],
    ['memlimit', MEM_OFFSET, 8 * 1024],
  ] as const) {
    it(`lowering ${field} without fixing the checksum is reported as damaged before any key is derived`, async () => {
      const changed = edit(offset, lowered, false);
      await expect(vault.open(changed, { method: 'passphrase', value: PASS })).rejects.toThrow(DamagedFileError);
      await expect(vault.open(changed, { method: 'recoveryKey', value: recoveryKey })).rejects.toThrow(DamagedFileError);
    });

    it(`lowering ${field} with a recomputed checksum: the passphrase no longer unwraps the key`, async () => {
      const changed = edit(offset, lowered, true);
      // The structure is valid now, so this really reaches the key derivation...
      expect(parseFile(changed, checksum, { floor: WEAK_KDF_FLOOR }).header.kdf).not.toEqual({
        opslimit: 2,
        memlimitKiB: 16 * 1024,
      });
      // ...and the cheaper key is a different key: the wrapped data key fails to authenticate.
      await expect(vault.open(changed, { method: 'passphrase', value: PASS })).rejects.toThrow(WrongSecretError);
    });

    it(`lowering ${field} with a recomputed checksum: the recovery key unwraps but the content fails authentication`, async () => {
      const changed = edit(offset, lowered, true);
      // The whole header is the content's associated data, so no header edit goes unnoticed.
      await expect(vault.open(changed, { method: 'recoveryKey', value: recoveryKey })).rejects.toThrow(DamagedFileError);
    });

    it(`raising ${field} with a recomputed checksum does not open either`, async () => {
      const raised = field === 'opslimit' ? 3 : 32 * 1024;
      const changed = edit(offset, raised, true);
      await expect(vault.open(changed, { method: 'passphrase', value: PASS })).rejects.toThrow(WrongSecretError);
    });
  }

  it('refuses settings outside the accepted bounds before deriving any key (no freeze, no crash)', async () => {
    const cases: [number, number][] = [
      [OPS_OFFSET, 0],
      [OPS_OFFSET, KDF_LIMITS.maxOps + 1],
      [OPS_OFFSET, 0xffffffff],
      [MEM_OFFSET, 0],
      [MEM_OFFSET, WEAK_KDF_FLOOR.minMemKiB - 1],
      [MEM_OFFSET, KDF_LIMITS.maxMemKiB + 1],
      [MEM_OFFSET, 0xffffffff],
    ];
    for (const [offset, value] of cases) {
      for (const recompute of [false, true]) {
        const changed = edit(offset, value, recompute);
        const before = counted.derivations.length;
        await expect(vault.open(changed, { method: 'passphrase', value: PASS }), `${offset}=${value}`).rejects.toThrow(
          DamagedFileError,
        );
        // Refused by the parser before any Argon2id run (counted, not timed: CI is a busy machine).
        expect(counted.derivations.length).toBe(before);
      }
    }
    // Each field within bounds but the total work far above the default: refused too.
    const both = edit(OPS_OFFSET, KDF_LIMITS.maxOps, false);
    new DataView(both.buffer).setUint32(MEM_OFFSET, KDF_LIMITS.maxMemKiB, true);
    both.set(checksum(both.subarray(0, both.length - CHECKSUM_BYTES)), both.length - CHECKSUM_BYTES);
    await expect(vault.open(both, { method: 'passphrase', value: PASS })).rejects.toThrow(/out of range/);
  });

  it('accepts the settings the app itself writes', async () => {
    for (const kdf of [DEFAULT_KDF, TEST_KDF]) {
      expect(kdf.opslimit * kdf.memlimitKiB).toBeLessThanOrEqual(KDF_LIMITS.maxCostKiB);
      expect(kdf.memlimitKiB).toBeLessThanOrEqual(KDF_LIMITS.maxMemKiB);
      expect(kdf.opslimit).toBeLessThanOrEqual(KDF_LIMITS.maxOps);
    }
  });

  it('a re-key derives with the current settings and a fresh salt', async () => {
    const weak = createVault(sodium, { kdf: TEST_KDF });
    const created = await weak.create('partner', PASS);
    const stronger = createVault(sodium, { kdf: { opslimit: 2, memlimitKiB: 16 * 1024 } });
    const saltBefore = Buffer.from(created.session.header.salt);
    const { session: next } = await stronger.rekey(
      created.session,
      { passphrase: 'another long passphrase', newRecoveryKey: false },
      [],
    );
    expect(next.header.kdf).toEqual({ opslimit: 2, memlimitKiB: 16 * 1024 });
    expect(Buffer.from(next.header.salt).equals(saltBefore)).toBe(false);
    const saved = await stronger.seal(next, new TextEncoder().encode('x'));
    expect(parseFile(saved, checksum, { floor: WEAK_KDF_FLOOR }).header.kdf.opslimit).toBe(2);
  });

  it('the shipped vault (default settings) refuses a file with weak test settings before deriving anything', async () => {
    const shipped = createVault(sodium);
    const weak = createVault(sodium, { kdf: TEST_KDF });
    const created = await weak.create('partner', PASS);
    const weakFile = await weak.seal(created.session, new TextEncoder().encode('{}'));
    await expect(shipped.open(weakFile, { method: 'passphrase', value: PASS })).rejects.toThrow(/out of range/);
    await expect(shipped.open(weakFile, { method: 'recoveryKey', value: created.recoveryKey })).rejects.toThrow(/out of range/);
  });

  it('the worst header still accepted costs at most 3x the default work and 512 MiB', () => {
    expect(KDF_LIMITS.maxMemKiB).toBeLessThanOrEqual(512 * 1024);
    expect(KDF_LIMITS.maxCostKiB).toBeLessThanOrEqual(3 * DEFAULT_KDF.opslimit * DEFAULT_KDF.memlimitKiB);
  });
});
