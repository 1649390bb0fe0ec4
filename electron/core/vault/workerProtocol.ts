/**
 * The crypto worker's messages and how a worker is started, shared by the main thread (which
 * starts the worker holding a workbook's keys) and that worker (which starts one more, briefly,
 * for each Argon2id derivation). Plain Node: the app, the command and the tests use this same code.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DamagedFileError, type FileKind, type Header, type KdfParams } from './format';
import { WrongSecretError, type RekeyChange, type Secret, type VaultOptions } from './vault';

/**
 * 'keys': holds the data keys of the sessions it opened; 'kdf': one Argon2id derivation, then ended.
 * `prestartKdf`: the first request will derive a key in a worker of its own (a passphrase, a
 * derivation above IN_PLACE_KDF_KIB), so that worker is started at once, beside this one's own start.
 */
export type CryptoWorkerData = { role: 'keys'; options: VaultOptions; prestartKdf?: boolean } | { role: 'kdf' };

/** Derivations up to this much memory run in the 'keys' worker itself; larger ones in a 'kdf' worker. */
export const IN_PLACE_KDF_KIB = 16 * 1024;

/** How a derivation's 'kdf' worker came to be: started with its 'keys' worker, or when the derivation began. */
export type KdfWorkerStart = 'prestarted' | 'on demand';

/** A session as the main thread knows it: a number in the worker that holds its key. */
export interface SessionInfo {
  handle: number;
  kind: FileKind;
  header: Header;
}

export type KeysRequest =
  | { op: 'create'; kind: FileKind; passphrase: string }
  | { op: 'unlock'; file: Uint8Array; secret: Secret }
  | { op: 'open'; file: Uint8Array; secret: Secret }
  | { op: 'decrypt'; handle: number; file: Uint8Array }
  | { op: 'seal'; handle: number; plaintext: Uint8Array }
  | { op: 'sealShared'; handle: number; length: number; buffers?: SharedSealBuffers }
  | { op: 'rekey'; handle: number; change: RekeyChange; others: Uint8Array[] }
  | { op: 'verifyPassphrase'; handle: number; passphrase: string }
  | { op: 'sealNote'; handle: number; plaintext: Uint8Array }
  | { op: 'openNote'; handle: number; note: Uint8Array }
  | { op: 'close'; handle: number };

/**
 * The two buffers a session's saves share with its worker (see WorkerVault's `seal` with `reuse`):
 * the content to seal (zeroed by the worker once sealed, and by both threads at close) and the
 * sealed file. Sent with the first save and again only when the workbook outgrows them.
 */
export interface SharedSealBuffers {
  plaintext: SharedArrayBuffer;
  sealed: SharedArrayBuffer;
}

export type WorkerError =
  | { name: 'WrongSecretError'; method: Secret['method'] }
  | { name: 'DamagedFileError'; detail: string }
  | { name: 'Error'; message: string };

export type KeysReply = { id: number; derivations: KdfParams[]; kdfWorkers: KdfWorkerStart[]; holdsKeys: boolean } & (
  { ok: true; value: unknown } | { ok: false; error: WorkerError }
);

export interface KdfRequest {
  passphrase: string;
  salt: Uint8Array;
  params: KdfParams;
}
export type KdfReply = { ok: true; kek: Uint8Array } | { ok: false; error: WorkerError };

export function describeError(error: unknown): WorkerError {
  if (error instanceof WrongSecretError) return { name: 'WrongSecretError', method: error.method };
  if (error instanceof DamagedFileError) return { name: 'DamagedFileError', detail: error.detail };
  return { name: 'Error', message: error instanceof Error ? error.message : String(error) };
}

export function reviveError(error: WorkerError): Error {
  if (error.name === 'WrongSecretError') return new WrongSecretError(error.method);
  if (error.name === 'DamagedFileError') return new DamagedFileError(error.detail);
  return new Error(error.message);
}

/**
 * The buffers of `arrays` that can move to the other thread instead of being copied (a copy
 * would leave content in freed memory): only arrays that own their whole buffer.
 */
export function movable(arrays: (Uint8Array | null | undefined)[]): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const a of arrays) {
    if (a && a.buffer instanceof ArrayBuffer && a.byteOffset === 0 && a.byteLength === a.buffer.byteLength) out.add(a.buffer);
  }
  return [...out];
}

/**
 * Start a crypto worker. From the TypeScript sources (tests, `npm run bench`, the command before
 * it is built) the worker runs cryptoWorker.ts through tsx; from a bundle (dist-electron/,
 * dist-cli/) it runs cryptoWorker.mjs, built beside the bundle as an entry point of its own.
 */
export function spawnCryptoWorker(workerData: CryptoWorkerData): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return new Worker(new URL('./cryptoWorker.dev.mjs', here), { workerData });
  // A bundle file or one of its chunks (dist-cli/chunks/): the worker is beside the bundle. Paths,
  // not URLs: Electron reads files inside app.asar only when given a path string.
  for (const candidate of ['./cryptoWorker.mjs', '../cryptoWorker.mjs']) {
    const file = fileURLToPath(new URL(candidate, here));
    if (existsSync(file)) return new Worker(file, { workerData });
  }
  throw new Error('The crypto worker is missing from this build. Please reinstall the app.');
}
