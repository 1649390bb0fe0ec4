/**
 * The crypto worker (worker_threads; plain Node, never Electron). Two roles:
 *
 * - 'keys': started by the main thread for each file it unlocks or creates. It holds that file's
 *   data key (and a re-key's new one) and does every wrap, unwrap, seal and open with it; keys
 *   never reach the main thread. When it holds no key any more it says so and the main thread
 *   ends it, which returns its memory, WebAssembly heap included, to the system.
 * - 'kdf': started by a 'keys' worker for one Argon2id derivation (up to 512 MiB of WebAssembly
 *   memory) and ended right after, so that memory is not kept while a workbook stays open.
 */
import { parentPort, workerData, type Worker } from 'node:worker_threads';
import type { KdfParams } from './format';
import { loadSodium } from './sodium';
import { createVault, sodiumKek, type KeyedSession } from './vault';
import {
  describeError,
  IN_PLACE_KDF_KIB,
  movable,
  spawnCryptoWorker,
  type CryptoWorkerData,
  type KdfReply,
  type KdfRequest,
  type KdfWorkerStart,
  type KeysReply,
  type KeysRequest,
  type SessionInfo,
} from './workerProtocol';

const port = parentPort;
if (!port) throw new Error('cryptoWorker runs only as a worker thread');
const data = workerData as CryptoWorkerData;
/**
 * A 'keys' worker started to derive a key (create, or unlock with a passphrase) starts that
 * derivation's worker now, so both start up side by side instead of one after the other. It
 * never holds a data key (it returns the wrapping key and is ended), and when the first request
 * did not use it, it is ended right after that request.
 */
let spareKdf: Worker | null = data.role === 'keys' && data.prestartKdf ? spawnCryptoWorker({ role: 'kdf' }) : null;
if (spareKdf) {
  // One that fails before it is used is simply not used: the derivation starts its own.
  const spare = spareKdf;
  spare.once('error', () => undefined);
  spare.once('exit', () => {
    if (spareKdf === spare) spareKdf = null;
  });
}
const kdfWorkers: KdfWorkerStart[] = [];
const sodium = loadSodium();

/** One derivation in a worker of its own, ended as soon as it has answered. */
async function deriveInWorker(passphrase: string, salt: Uint8Array, params: KdfParams): Promise<Uint8Array> {
  const worker = spareKdf ?? spawnCryptoWorker({ role: 'kdf' });
  kdfWorkers.push(spareKdf ? 'prestarted' : 'on demand');
  spareKdf = null;
  try {
    const reply = await new Promise<KdfReply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', () => reject(new Error('The key derivation stopped before it finished.')));
      worker.postMessage({ passphrase, salt, params } satisfies KdfRequest);
    });
    if (!reply.ok) throw new Error(reply.error.name === 'Error' ? reply.error.message : reply.error.name);
    return reply.kek;
  } finally {
    await worker.terminate();
  }
}

if (data.role === 'kdf') {
  port.once('message', (request: KdfRequest) => {
    void (async () => {
      try {
        const derived = await sodiumKek(await sodium)(request.passphrase, request.salt, request.params);
        // Its own buffer, moved (not copied) to the worker that asked; the libsodium copy is wiped.
        const kek = new Uint8Array(new ArrayBuffer(derived.length));
        kek.set(derived);
        (await sodium).memzero(derived);
        port.postMessage({ ok: true, kek } satisfies KdfReply, [kek.buffer]);
      } catch (error) {
        port.postMessage({ ok: false, error: describeError(error) } satisfies KdfReply);
      }
    })();
  });
} else {
  const derivations: KdfParams[] = [];
  const here = sodiumKek(await sodium);
  const vault = createVault(await sodium, {
    ...data.options,
    derive: (passphrase, salt, params) => {
      derivations.push({ ...params });
      // A small derivation (tests' settings) costs less than starting a worker and leaves this
      // worker's heap about as it is; a real one (64-512 MiB) gets a worker of its own.
      return params.memlimitKiB <= IN_PLACE_KDF_KIB ? here(passphrase, salt, params) : deriveInWorker(passphrase, salt, params);
    },
  });
  const sessions = new Map<number, KeyedSession>();
  let nextHandle = 1;
  const adopt = (session: KeyedSession): SessionInfo => {
    const handle = nextHandle++;
    sessions.set(handle, session);
    return { handle, kind: session.kind, header: session.header };
  };
  /** Each session's shared save buffers (see SharedSealBuffers). */
  const shared = new Map<number, { plaintext: Uint8Array; sealed: Uint8Array }>();
  const session = (handle: number): KeyedSession => {
    const found = sessions.get(handle);
    if (!found) throw new Error('This workbook is locked.');
    return found;
  };

  /** One request; returns its value and the buffers that move with it. */
  async function handle(request: KeysRequest): Promise<[unknown, ArrayBuffer[]]> {
    switch (request.op) {
      case 'create': {
        const created = await vault.create(request.kind, request.passphrase);
        return [{ session: adopt(created.session), recoveryKey: created.recoveryKey }, []];
      }
      case 'unlock':
        return [adopt(await vault.unlock(request.file, request.secret)), []];
      case 'open': {
        const opened = await vault.open(request.file, request.secret);
        return [{ session: adopt(opened.session), plaintext: opened.plaintext }, movable([opened.plaintext])];
      }
      case 'decrypt': {
        const { header, plaintext } = await vault.decrypt(session(request.handle), request.file);
        return [{ header, plaintext }, movable([plaintext])];
      }
      case 'seal': {
        const s = session(request.handle);
        try {
          const file = await vault.seal(s, request.plaintext);
          return [{ file, header: s.header }, movable([file])];
        } finally {
          request.plaintext.fill(0);
        }
      }
      case 'sealShared': {
        const s = session(request.handle);
        if (request.buffers) {
          shared.get(request.handle)?.plaintext.fill(0);
          shared.set(request.handle, {
            plaintext: new Uint8Array(request.buffers.plaintext),
            sealed: new Uint8Array(request.buffers.sealed),
          });
        }
        const buffers = shared.get(request.handle);
        if (!buffers) throw new Error('The workbook could not be encrypted.');
        const plaintext = buffers.plaintext.subarray(0, request.length);
        try {
          // Sealed straight into the shared buffer (the main thread made it large enough).
          s.sealed = buffers.sealed;
          const file = await vault.seal(s, plaintext, { reuse: true });
          if (file.buffer !== buffers.sealed.buffer) buffers.sealed.set(file);
          return [{ length: file.length, header: s.header }, []];
        } finally {
          plaintext.fill(0);
        }
      }
      case 'rekey': {
        const result = await vault.rekey(session(request.handle), request.change, request.others);
        return [
          { session: adopt(result.session), others: result.others, recoveryKey: result.recoveryKey },
          movable(result.others),
        ];
      }
      case 'verifyPassphrase':
        return [await vault.verifyPassphrase(session(request.handle), request.passphrase), []];
      case 'sealNote': {
        try {
          const note = await vault.sealNote(session(request.handle), request.plaintext);
          return [note, movable([note])];
        } finally {
          request.plaintext.fill(0);
        }
      }
      case 'openNote': {
        const note = await vault.openNote(session(request.handle), request.note);
        return [note, movable([note])];
      }
      case 'close': {
        const s = sessions.get(request.handle);
        if (s) vault.close(s);
        sessions.delete(request.handle);
        shared.get(request.handle)?.plaintext.fill(0);
        shared.delete(request.handle);
        return [null, []];
      }
    }
  }

  // One request at a time, in the order sent.
  let queue = Promise.resolve();
  port.on('message', (request: KeysRequest & { id: number }) => {
    queue = queue.then(async () => {
      let reply: KeysReply;
      let moved: ArrayBuffer[] = [];
      try {
        const [value, buffers] = await handle(request);
        moved = buffers;
        reply = {
          id: request.id,
          ok: true,
          value,
          derivations: derivations.splice(0),
          kdfWorkers: kdfWorkers.splice(0),
          holdsKeys: sessions.size > 0,
        };
      } catch (error) {
        reply = {
          id: request.id,
          ok: false,
          error: describeError(error),
          derivations: derivations.splice(0),
          kdfWorkers: kdfWorkers.splice(0),
          holdsKeys: sessions.size > 0,
        };
      }
      // A derivation worker started ahead and not used by the first request is not kept.
      if (spareKdf) {
        void spareKdf.terminate();
        spareKdf = null;
      }
      port.postMessage(reply, moved);
    });
  });
}
