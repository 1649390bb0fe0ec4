import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFormatOneFolder } from './__fixtures__/formatOne';
import { CHECKSUM_BYTES, DamagedFileError, HEADER_BYTES, parseFile, WEAK_KDF_FLOOR } from './format';
import { decodeRecoveryKey, encodeRecoveryKey } from './recoveryKey';
import { loadSodium } from './sodium';
import { createVault, TEST_KDF, WrongSecretError } from './vault';

const sodium = await loadSodium();
const vault = createVault(sodium, { kdf: TEST_KDF });
const text = (s: string) => new TextEncoder().encode(s);
const str = (b: Uint8Array) => new TextDecoder().decode(b);
const checksum = (data: Uint8Array) => sodium.crypto_generichash(CHECKSUM_BYTES, data, null);

async function sealed(content = '{"hello":"world"}') {
  const { session, recoveryKey } = await vault.create('partner', 'a long passphrase');
  return { file: await vault.seal(session, text(content)), recoveryKey, session };
}

describe('vault', () => {
  it('round-trips content with the passphrase and with the recovery key', async () => {
    const { file, recoveryKey } = await sealed();
    expect(str((await vault.open(file, { method: 'passphrase', value: 'a long passphrase' })).plaintext)).toBe(
      '{"hello":"world"}',
    );
    expect(str((await vault.open(file, { method: 'recoveryKey', value: recoveryKey })).plaintext)).toBe('{"hello":"world"}');
    // Recovery keys forgive case, spaces and look-alike letters.
    const sloppy = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    expect(str((await vault.open(file, { method: 'recoveryKey', value: sloppy })).plaintext)).toBe('{"hello":"world"}');
  });

  it('never writes the plaintext or the passphrase into the file', async () => {
    const { file } = await sealed('SENTINEL-never-on-disk');
    expect(Buffer.from(file).includes('SENTINEL')).toBe(false);
    expect(Buffer.from(file).includes('a long passphrase')).toBe(false);
  });

  it('uses a fresh nonce for every save', async () => {
    const { session } = await sealed();
    const a = await vault.seal(session, text('same'));
    const b = await vault.seal(session, text('same'));
    expect(Buffer.from(a.subarray(260, 284)).equals(Buffer.from(b.subarray(260, 284)))).toBe(false);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it.each([
    ['the runtime', vault],
    ['libsodium', createVault(sodium, { kdf: TEST_KDF, libsodiumOnly: true })],
  ])('seals saves into one buffer kept by the session when asked (reuse), each file whole (%s seals)', async (_, vault) => {
    const { session } = await vault.create('partner', 'correct horse battery');
    const contents = ['a', 'b'.repeat(70_000), 'c'.repeat(10)].map((c, i) => `${i}:${c}`);
    const files: Uint8Array[] = [];
    for (const content of contents) files.push(await vault.seal(session, text(content), { reuse: true }));
    // The 70 kB save outgrew the first buffer; the last fits in the grown one.
    expect(files[0]!.buffer).not.toBe(files[1]!.buffer);
    expect(files[2]!.buffer).toBe(files[1]!.buffer);
    const last = files[2]!.slice();
    const opened = await vault.unlock(last, { method: 'passphrase', value: 'correct horse battery' });
    expect(str((await vault.decrypt(opened, last)).plaintext)).toBe(contents[2]);
    expect(opened.header.saveCounter).toBe(3);
    // A save without reuse has a buffer of its own.
    const own = await vault.seal(session, text('own'));
    expect(own.buffer).not.toBe(files[2]!.buffer);
    expect(own.byteLength).toBe(own.buffer.byteLength);
  });

  it('rejects a wrong passphrase or recovery key with WrongSecretError', async () => {
    const { file } = await sealed();
    await expect(vault.open(file, { method: 'passphrase', value: 'not the passphrase' })).rejects.toThrow(WrongSecretError);
    await expect(vault.open(file, { method: 'recoveryKey', value: encodeRecoveryKey(new Uint8Array(20)) })).rejects.toThrow(
      WrongSecretError,
    );
    await expect(vault.open(file, { method: 'recoveryKey', value: 'not-a-key' })).rejects.toThrow(WrongSecretError);
  });

  it('rejects every single-byte change of a file as damaged (never a crash, never success)', async () => {
    const { file } = await sealed('{"a":1}');
    expect(file.length).toBe(HEADER_BYTES + 7 + 16 + CHECKSUM_BYTES);
    for (let i = 0; i < file.length; i++) {
      for (const flip of [0x01, 0x80, 0xff]) {
        const changed = file.slice();
        changed[i] = changed[i]! ^ flip;
        await expect(vault.open(changed, { method: 'passphrase', value: 'a long passphrase' }), `byte ${i}`).rejects.toThrow(
          DamagedFileError,
        );
      }
    }
  });

  it('rejects every truncation and any appended byte', async () => {
    const { file } = await sealed('{"a":1}');
    for (let n = 0; n < file.length; n++) {
      await expect(vault.open(file.subarray(0, n), { method: 'passphrase', value: 'a long passphrase' })).rejects.toThrow(
        DamagedFileError,
      );
    }
    const longer = new Uint8Array(file.length + 1);
    longer.set(file);
    await expect(vault.open(longer, { method: 'passphrase', value: 'a long passphrase' })).rejects.toThrow(DamagedFileError);
  });

  it('detects a header change even when the attacker recomputes the checksum', async () => {
    const { file } = await sealed();
    const tamper = (offset: number) => {
      const changed = file.slice();
      changed[offset] = changed[offset]! ^ 1;
      const body = changed.subarray(0, changed.length - CHECKSUM_BYTES);
      changed.set(sodium.crypto_generichash(CHECKSUM_BYTES, body, null), changed.length - CHECKSUM_BYTES);
      return changed;
    };
    // Lowering the KDF cost changes the derived key: the passphrase no longer opens it.
    await expect(vault.open(tamper(8), { method: 'passphrase', value: 'a long passphrase' })).rejects.toThrow();
    // A changed content nonce or ciphertext fails authentication.
    await expect(vault.open(tamper(270), { method: 'passphrase', value: 'a long passphrase' })).rejects.toThrow(DamagedFileError);
    await expect(vault.open(tamper(HEADER_BYTES + 2), { method: 'passphrase', value: 'a long passphrase' })).rejects.toThrow(
      DamagedFileError,
    );
  });

  it('zeroes the data key on close', async () => {
    const { session } = await vault.create('partner', 'a long passphrase');
    vault.close(session);
    expect(session.dataKey.every((b) => b === 0)).toBe(true);
    await expect(vault.seal(session, text('x'))).rejects.toThrow(/locked/);
  });
});

const PASS = 'a long passphrase';
const ONE = { method: 'passphrase' as const, value: PASS };

describe('format 2: workbook id and save counter', () => {
  it('carries a random workbook id and a counter that grows by one with every save, both authenticated', async () => {
    const { session } = await vault.create('partner', PASS);
    const first = await vault.seal(session, text('1'));
    const second = await vault.seal(session, text('2'));
    const a = parseFile(first, checksum, { floor: WEAK_KDF_FLOOR }).header;
    const b = parseFile(second, checksum, { floor: WEAK_KDF_FLOOR }).header;
    expect(a.workbookId).toHaveLength(16);
    expect(Buffer.from(a.workbookId).equals(Buffer.from(b.workbookId))).toBe(true);
    expect([a.saveCounter, b.saveCounter]).toEqual([1, 2]);
    const other = await vault.create('partner', PASS);
    expect(Buffer.from(other.session.header.workbookId).equals(Buffer.from(a.workbookId))).toBe(false);
    // Writing an older counter (or another id) into the header, checksum recomputed: fails authentication.
    for (const [offset, value] of [
      [48, 1],
      [32, 0],
    ] as const) {
      const edited = second.slice();
      edited[offset] = value;
      edited.set(checksum(edited.subarray(0, edited.length - CHECKSUM_BYTES)), edited.length - CHECKSUM_BYTES);
      await expect(vault.open(edited, ONE)).rejects.toThrow(DamagedFileError);
    }
  });
});

describe('re-key', () => {
  it('a passphrase change makes a new data key; the old passphrase and the old key open nothing; the recovery key stays', async () => {
    const { session, recoveryKey } = await vault.create('disclosing', PASS);
    const backup = await vault.seal(session, text('backup'));
    await vault.seal(session, text('current'));
    const oldKey = session.dataKey.slice();
    const result = await vault.rekey(session, { passphrase: 'second passphrase', newRecoveryKey: false }, [backup]);
    expect(result.recoveryKey).toBeNull();
    expect(Buffer.from(result.session.dataKey).equals(Buffer.from(oldKey))).toBe(false);
    const main = await vault.seal(result.session, text('current'));
    const rekeyedBackup = result.others[0]!;
    for (const file of [main, rekeyedBackup]) {
      await expect(vault.open(file, ONE)).rejects.toThrow(WrongSecretError);
      // A data key taken before the change no longer decrypts anything written after it.
      await expect(
        vault.decrypt({ kind: 'disclosing', header: session.header, dataKey: oldKey, closed: false }, file),
      ).rejects.toThrow(DamagedFileError);
      await vault.open(file, { method: 'passphrase', value: 'second passphrase' });
      await vault.open(file, { method: 'recoveryKey', value: recoveryKey });
    }
    expect(str((await vault.open(rekeyedBackup, { method: 'recoveryKey', value: recoveryKey })).plaintext)).toBe('backup');
    // The backup keeps its own place in the save order.
    expect(parseFile(rekeyedBackup, checksum, { floor: WEAK_KDF_FLOOR }).header.saveCounter).toBe(1);
    expect(parseFile(main, checksum, { floor: WEAK_KDF_FLOOR }).header.saveCounter).toBe(3);
  });

  it('a new recovery key: the old one opens nothing, backups included; a foreign file is left out (null)', async () => {
    const { session, recoveryKey } = await vault.create('partner', PASS);
    const backup = await vault.seal(session, text('backup'));
    const foreign = (await sealed()).file;
    const result = await vault.rekey(session, { passphrase: PASS, newRecoveryKey: true }, [backup, foreign]);
    expect(result.recoveryKey).toMatch(/^(\w{4}-){7}\w{4}$/);
    expect(result.recoveryKey).not.toBe(recoveryKey);
    expect(result.others[1]).toBeNull();
    const main = await vault.seal(result.session, text('current'));
    for (const file of [main, result.others[0]!]) {
      await expect(vault.open(file, { method: 'recoveryKey', value: recoveryKey })).rejects.toThrow(WrongSecretError);
      await vault.open(file, { method: 'recoveryKey', value: result.recoveryKey! });
      await vault.open(file, ONE);
    }
    // The session given to rekey is left as it was until the caller commits.
    expect(str((await vault.decrypt(session, backup)).plaintext)).toBe('backup');
  });
});

describe('format 1 files (written by the earlier version)', () => {
  const V1_PASS = 'version one passphrase';
  let dir = '';
  let V1_RECOVERY = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-v1-'));
    ({ recoveryKey: V1_RECOVERY } = await writeFormatOneFolder(sodium, dir, V1_PASS, TEST_KDF));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('open with the passphrase and the recovery key, and are written as format 2 on the next save', async () => {
    const file = new Uint8Array(await readFile(path.join(dir, 'partner.dwb')));
    expect(new DataView(file.buffer).getUint16(4, true)).toBe(1);
    const opened = await vault.open(file, { method: 'passphrase', value: V1_PASS });
    expect(str(opened.plaintext)).toContain('V1-FIXTURE-NEED second');
    expect(str((await vault.open(file, { method: 'recoveryKey', value: V1_RECOVERY })).plaintext)).toContain('V1-FIXTURE-NEED');
    const upgraded = await vault.seal(opened.session, opened.plaintext);
    expect(new DataView(upgraded.buffer).getUint16(4, true)).toBe(2);
    expect(parseFile(upgraded, checksum, { floor: WEAK_KDF_FLOOR }).header.saveCounter).toBe(1);
    expect(str((await vault.open(upgraded, { method: 'passphrase', value: V1_PASS })).plaintext)).toContain('second');
    expect(str((await vault.open(upgraded, { method: 'recoveryKey', value: V1_RECOVERY })).plaintext)).toContain('second');
    // Its backups are format 1 too and still open.
    for (const name of await readdir(path.join(dir, 'backups'))) {
      await vault.open(new Uint8Array(await readFile(path.join(dir, 'backups', name))), { method: 'passphrase', value: V1_PASS });
    }
  });

  it('a passphrase change on a format-1 file also makes a new recovery key (the old wrap cannot be re-sealed)', async () => {
    const file = new Uint8Array(await readFile(path.join(dir, 'partner.dwb')));
    const { session } = await vault.open(file, { method: 'passphrase', value: V1_PASS });
    const result = await vault.rekey(session, { passphrase: 'a new passphrase here', newRecoveryKey: false }, [file]);
    expect(result.recoveryKey).toMatch(/^(\w{4}-){7}\w{4}$/);
    for (const rewritten of [await vault.seal(result.session, text('{}')), result.others[0]!]) {
      await expect(vault.open(rewritten, { method: 'passphrase', value: V1_PASS })).rejects.toThrow(WrongSecretError);
      await expect(vault.open(rewritten, { method: 'recoveryKey', value: V1_RECOVERY })).rejects.toThrow(WrongSecretError);
      await vault.open(rewritten, { method: 'recoveryKey', value: result.recoveryKey! });
    }
  });
});

describe('recovery key encoding', () => {
  it('has at least 128 bits in eight readable groups and round-trips', async () => {
    const bytes = sodium.randombytes_buf(20);
    const key = encodeRecoveryKey(bytes);
    expect(key).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(Buffer.from(decodeRecoveryKey(key)!).equals(Buffer.from(bytes))).toBe(true);
    expect(decodeRecoveryKey('too short')).toBeNull();
  });
});
