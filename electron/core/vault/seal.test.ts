import { afterAll, describe, expect, it } from 'vitest';
import { SEALED_BEFORE_ONE_PASS, sealedBeforeOnePassContent } from './__fixtures__/sealedBeforeOnePass';
import { heapBytesAllocated, loadSodium } from './sodium';
import { createVault, TEST_KDF, type Vault } from './vault';
import { createWorkerVault } from './workerVault';

/**
 * The save's seal: one copy into libsodium's heap, encryption in place, one copy out, and the
 * plaintext moved (not copied) to the crypto worker. Counted, never timed; the format is the one
 * files were written in before.
 */
const sodium = await loadSodium();
const vault = createVault(sodium, { kdf: TEST_KDF });
const workerVault = createWorkerVault({ kdf: TEST_KDF });
const before = Buffer.from(SEALED_BEFORE_ONE_PASS.file, 'base64');
const str = (b: Uint8Array) => new TextDecoder().decode(b);

afterAll(() => workerVault.settled());

/** Plaintext of `size` bytes that is not all one value (every block of the stream is checked). */
function plaintextOf(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
  return bytes;
}

describe('the one-pass seal', () => {
  it('opens a file written by the previous seal, with its passphrase and its recovery key, in this thread and in the worker', async () => {
    const content = sealedBeforeOnePassContent();
    expect(new TextEncoder().encode(content).length).toBe(SEALED_BEFORE_ONE_PASS.plaintextBytes);
    for (const v of [vault, workerVault] as Vault[]) {
      for (const secret of [
        { method: 'passphrase', value: SEALED_BEFORE_ONE_PASS.passphrase },
        { method: 'recoveryKey', value: SEALED_BEFORE_ONE_PASS.recoveryKey },
      ] as const) {
        const opened = await v.open(new Uint8Array(before), secret);
        expect(str(opened.plaintext)).toBe(content);
        expect(opened.session.header.saveCounter).toBe(SEALED_BEFORE_ONE_PASS.saveCounter);
        // Saved again by today's seal, it opens again (counter one higher).
        const again = await v.seal(opened.session, new TextEncoder().encode(content));
        const reopened = await v.open(again, { method: 'passphrase', value: SEALED_BEFORE_ONE_PASS.passphrase });
        expect(str(reopened.plaintext)).toBe(content);
        expect(reopened.session.header.saveCounter).toBe(SEALED_BEFORE_ONE_PASS.saveCounter + 1);
        v.close(opened.session);
        v.close(reopened.session);
      }
    }
  });

  // Byte-for-byte parity with encrypt-then-checksum, for each engine that seals: sealEngines.test.ts.

  it('copies the plaintext into libsodium once (the previous seal allocated it three times over)', async () => {
    const { session } = await vault.create('disclosing', 'a passphrase for the copy count');
    const size = 400_000;
    const plaintext = plaintextOf(size);
    await vault.seal(session, plaintext); // the heap has grown to fit once
    const start = heapBytesAllocated();
    await vault.seal(session, plaintext);
    const allocated = heapBytesAllocated() - start;
    // The file itself (header, content, tag, checksum), the key and the nonce; nothing twice.
    expect(allocated).toBeGreaterThanOrEqual(size);
    expect(allocated).toBeLessThan(size + 1024);
    vault.close(session);
  });

  it('moves the plaintext to the crypto worker instead of copying it: empty on this thread afterwards', async () => {
    const { session } = await workerVault.create('partner', 'a passphrase for the transfer');
    const plaintext = plaintextOf(100_000);
    const expected = Buffer.from(plaintext);
    const file = await workerVault.seal(session, plaintext);
    expect(plaintext.byteLength).toBe(0);
    expect(Buffer.from((await workerVault.decrypt(session, file)).plaintext).equals(expected)).toBe(true);
    const note = new TextEncoder().encode('["/tmp/x.docx.0123456789abcdef.tmp"]');
    const sealedNote = await workerVault.sealNote(session, note);
    expect(note.byteLength).toBe(0);
    expect(str((await workerVault.openNote(session, sealedNote))!)).toBe('["/tmp/x.docx.0123456789abcdef.tmp"]');
    workerVault.close(session);
  });
});
