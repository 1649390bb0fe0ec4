/**
 * Files opened with a one-time 16-digit code (the question packet, the therapist package): the
 * vault format with the data key wrapped by a key derived with Argon2id from the code; the
 * recovery slot holds a key that is thrown away at once, so the code is the only way in.
 * Sealing and opening are written here once; each file names its kind, its words and how its
 * content is read.
 */
import { normaliseReleaseCode, releaseCodeFromRandom } from '../../../shared/export/questionPacket';
import { DamagedFileError, type FileKind } from '../vault/format';
import type { Sodium } from '../vault/sodium';
import { WrongSecretError, type Vault } from '../vault/vault';

export type CodeFileKind = Extract<FileKind, 'packet' | 'package'>;

/** What can go wrong opening any code-sealed file; each file's error class names the last one its own way. */
export type CodeFileProblem = 'bad-code-format' | 'wrong-code' | 'damaged' | 'not-this-kind';

/** The base of each code-sealed file's error: a code the caller can act on and a message for people. */
export class CodeFileError<C extends string> extends Error {
  constructor(
    readonly code: C,
    message: string,
  ) {
    super(message);
  }
}

export interface CodeFileSpec<T> {
  kind: CodeFileKind;
  /** The messages for this kind of file. `notThisKind` gets the kind the file turned out to be. */
  words: {
    badCodeFormat: string;
    wrongCode: string;
    damaged: string;
    unreadable: string;
    notThisKind: (found: FileKind) => string;
  };
  /** This file's error for a problem. */
  fail: (problem: CodeFileProblem, message: string) => Error;
  /** Parsed JSON -> content; throws this file's error (damaged) when the content is not what it should be. */
  read: (raw: unknown) => T;
}

/** Seal JSON content under a new one-time code (shown to the person once). */
export async function sealWithCode(
  vault: Vault,
  sodium: Sodium,
  kind: CodeFileKind,
  content: unknown,
): Promise<{ bytes: Uint8Array; code: string }> {
  const code = releaseCodeFromRandom((n) => sodium.randombytes_buf(n));
  const { session } = await vault.create(kind, code);
  try {
    return { bytes: await vault.seal(session, new TextEncoder().encode(JSON.stringify(content))), code };
  } finally {
    vault.close(session);
  }
}

/** Open a code-sealed file of the spec's kind; every failure is the spec's error with a readable message. */
export async function openWithCode<T>(vault: Vault, bytes: Uint8Array, typedCode: string, spec: CodeFileSpec<T>): Promise<T> {
  const code = normaliseReleaseCode(typedCode);
  if (!code) throw spec.fail('bad-code-format', spec.words.badCodeFormat);
  let plaintext: Uint8Array;
  try {
    const opened = await vault.open(bytes, { method: 'passphrase', value: code });
    vault.close(opened.session);
    plaintext = opened.plaintext;
    if (opened.session.kind !== spec.kind) {
      plaintext.fill(0);
      throw spec.fail('not-this-kind', spec.words.notThisKind(opened.session.kind));
    }
  } catch (error) {
    if (error instanceof WrongSecretError) throw spec.fail('wrong-code', spec.words.wrongCode);
    if (error instanceof DamagedFileError) throw spec.fail('damaged', spec.words.damaged);
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext));
  } catch {
    throw spec.fail('damaged', spec.words.unreadable);
  } finally {
    plaintext.fill(0);
  }
  return spec.read(raw);
}
