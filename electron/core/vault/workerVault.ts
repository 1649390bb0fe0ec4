/**
 * The vault the app and the command use: every key derivation, wrap, unwrap, seal and open runs
 * in a crypto worker (cryptoWorker.ts), so the main thread keeps turning while Argon2id runs and
 * data keys never live in its memory. Each file unlocked or created gets a worker of its own that
 * holds its key; closing the session wipes the key there and ends that worker.
 */
import type { Worker } from 'node:worker_threads';
import { checkStructure, HEADER_BYTES, MAX_FILE_BYTES, type FileKind, type Header, type KdfParams } from './format';
import { grownCapacity } from '../reusedBuffer';
import {
  DEFAULT_KDF,
  sealedLength,
  vaultKdfFloor,
  type SealOptions,
  type RekeyChange,
  type Secret,
  type Vault,
  type VaultOptions,
  type VaultSession,
} from './vault';
import {
  IN_PLACE_KDF_KIB,
  movable,
  reviveError,
  spawnCryptoWorker,
  type KdfWorkerStart,
  type KeysReply,
  type KeysRequest,
  type SessionInfo,
  type SharedSealBuffers,
} from './workerProtocol';

interface Holder {
  worker: Worker;
  pending: Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>;
  ended: Promise<void> | null;
  exited: boolean;
}

export interface WorkerVaultOptions extends VaultOptions {
  /** Told of every Argon2id derivation a worker ran (tests count the work a file can cause). */
  onDerivation?: (params: KdfParams) => void;
  /** Told how each derivation worker was started (tests check that an unlock's is started ahead). */
  onKdfWorker?: (start: KdfWorkerStart) => void;
}

/** The memory (KiB) of the derivation a request will run first, or null when it derives nothing. */
function firstDerivationKiB(request: KeysRequest, kdf: KdfParams): number | null {
  if (request.op === 'create') return kdf.memlimitKiB;
  if ((request.op === 'unlock' || request.op === 'open') && request.secret.method === 'passphrase') {
    const file = request.file;
    // The header's memory setting (checked again in the worker before anything is derived).
    return file.length >= 16 ? new DataView(file.buffer, file.byteOffset, file.byteLength).getUint32(12, true) : null;
  }
  return null;
}

export type WorkerVault = Vault & {
  /** How many key-holding workers are running now. */
  liveWorkers(): number;
  /** The buffer that carries a session's saves to its worker, if it has one (tests check it is zero between saves). */
  sharedContent(session: VaultSession): Uint8Array | null;
};

export function createWorkerVault(options: WorkerVaultOptions = {}): WorkerVault {
  const kdf = options.kdf ?? DEFAULT_KDF;
  const floor = vaultKdfFloor(options);
  const vaultOptions: VaultOptions = {
    kdf,
    ...(options.allowWeakKdf ? { allowWeakKdf: true } : {}),
    ...(options.libsodiumOnly ? { libsodiumOnly: true } : {}),
  };
  const handles = new WeakMap<VaultSession, { holder: Holder; handle: number }>();
  /** The buffers each session's saves share with its worker (see `seal`). */
  const sharedBuffers = new WeakMap<VaultSession, { plaintext: Uint8Array; sealed: Uint8Array; busy: boolean }>();
  const closing = new Set<Promise<void>>();
  let live = 0;
  let nextId = 1;

  function track(promise: Promise<void>): void {
    const done: Promise<void> = promise.catch(() => undefined).finally(() => closing.delete(done));
    closing.add(done);
  }

  function end(holder: Holder): void {
    if (holder.ended) return;
    holder.ended = holder.worker.terminate().then(() => undefined);
    track(holder.ended);
  }

  function spawnHolder(prestartKdf: boolean): Holder {
    const worker = spawnCryptoWorker({ role: 'keys', options: vaultOptions, prestartKdf });
    const holder: Holder = { worker, pending: new Map(), ended: null, exited: false };
    live++;
    const failAll = (error: Error) => {
      for (const call of holder.pending.values()) call.reject(error);
      holder.pending.clear();
    };
    worker.on('message', (reply: KeysReply) => {
      for (const params of reply.derivations) options.onDerivation?.(params);
      for (const start of reply.kdfWorkers) options.onKdfWorker?.(start);
      const call = holder.pending.get(reply.id);
      holder.pending.delete(reply.id);
      // An idle worker does not keep the process alive (the command exits when it is done).
      if (holder.pending.size === 0) worker.unref();
      if (!reply.holdsKeys) end(holder);
      if (!call) return;
      if (reply.ok) call.resolve(reply.value);
      else call.reject(reviveError(reply.error));
    });
    worker.on('error', failAll);
    worker.on('exit', () => {
      holder.exited = true;
      live--;
      failAll(new Error('The encryption worker stopped unexpectedly.'));
    });
    return holder;
  }

  function call<T>(holder: Holder, request: KeysRequest, transfer: ArrayBuffer[] = []): Promise<T> {
    if (holder.exited || holder.ended) return Promise.reject(new Error('This workbook is locked.'));
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      holder.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      holder.worker.ref();
      holder.worker.postMessage({ id, ...request }, transfer);
    });
  }

  function adopt(holder: Holder, info: SessionInfo): VaultSession {
    const session: VaultSession = { kind: info.kind, header: info.header, closed: false };
    handles.set(session, { holder, handle: info.handle });
    return session;
  }

  function open(session: VaultSession): { holder: Holder; handle: number } {
    const found = handles.get(session);
    if (session.closed || !found) throw new Error('This workbook is locked.');
    return found;
  }

  /** A new worker for a new key; ended again if the request does not leave it holding one. */
  async function withNewHolder<T>(request: KeysRequest, adoptResult: (holder: Holder, value: T) => void): Promise<void> {
    const kib = firstDerivationKiB(request, kdf);
    const holder = spawnHolder(kib !== null && kib > IN_PLACE_KDF_KIB);
    try {
      adoptResult(holder, await call<T>(holder, request));
    } catch (error) {
      end(holder);
      throw error;
    }
  }

  const vault: WorkerVault = {
    kdf,
    kdfFloor: floor,
    headerSize: HEADER_BYTES,

    checkStructure(head: Uint8Array, fileLength: number): void {
      checkStructure(head, fileLength, floor);
    },

    async create(kind: FileKind, passphrase: string) {
      let result: { session: VaultSession; recoveryKey: string } | null = null;
      await withNewHolder<{ session: SessionInfo; recoveryKey: string }>({ op: 'create', kind, passphrase }, (holder, value) => {
        result = { session: adopt(holder, value.session), recoveryKey: value.recoveryKey };
      });
      return result!;
    },

    async unlock(file: Uint8Array, secret: Secret) {
      let session: VaultSession | null = null;
      await withNewHolder<SessionInfo>({ op: 'unlock', file, secret }, (holder, value) => {
        session = adopt(holder, value);
      });
      return session!;
    },

    async open(file: Uint8Array, secret: Secret) {
      let result: { session: VaultSession; plaintext: Uint8Array } | null = null;
      await withNewHolder<{ session: SessionInfo; plaintext: Uint8Array }>({ op: 'open', file, secret }, (holder, value) => {
        result = { session: adopt(holder, value.session), plaintext: value.plaintext };
      });
      return result!;
    },

    async decrypt(session: VaultSession, file: Uint8Array) {
      const { holder, handle } = open(session);
      return call<{ header: Header; plaintext: Uint8Array }>(holder, { op: 'decrypt', handle, file });
    },

    /**
     * The plaintext's buffer moves to the worker (it is not copied, and the worker zeroes it once
     * sealed): afterwards `plaintext` is empty on this thread whenever it owned its whole buffer.
     * With `reuse` (a save) the content is copied into a buffer shared with the worker and zeroed
     * here at once; the worker seals it into a second shared buffer and zeroes the first: no
     * buffer of the workbook's size is made, moved or collected per save.
     */
    async seal(session: VaultSession, plaintext: Uint8Array, options: SealOptions = {}) {
      const { holder, handle } = open(session);
      const needed = sealedLength(plaintext.length);
      const current = sharedBuffers.get(session);
      // One reuse seal at a time shares the session's buffers; another one at the same time, a
      // file larger than any the app saves (refused by the worker), or a runtime without shared
      // memory (Node and Electron's main process have it; a renderer may not) goes the ordinary way.
      if (options.reuse && !current?.busy && needed <= MAX_FILE_BYTES && typeof SharedArrayBuffer === 'function') {
        let state = current;
        let buffers: SharedSealBuffers | undefined;
        if (!state || state.sealed.length < needed) {
          state?.plaintext.fill(0);
          const capacity = grownCapacity(state?.sealed.length ?? 0, needed);
          buffers = { plaintext: new SharedArrayBuffer(capacity), sealed: new SharedArrayBuffer(capacity) };
          state = { plaintext: new Uint8Array(buffers.plaintext), sealed: new Uint8Array(buffers.sealed), busy: false };
          sharedBuffers.set(session, state);
        }
        const length = plaintext.length;
        state.plaintext.set(plaintext);
        plaintext.fill(0);
        state.busy = true;
        try {
          const sealed = await call<{ length: number; header: Header }>(holder, {
            op: 'sealShared',
            handle,
            length,
            ...(buffers ? { buffers } : {}),
          });
          session.header = sealed.header;
          return state.sealed.subarray(0, sealed.length);
        } finally {
          state.busy = false;
        }
      }
      const sealed = await call<{ file: Uint8Array; header: Header }>(
        holder,
        { op: 'seal', handle, plaintext },
        movable([plaintext]),
      );
      session.header = sealed.header;
      return sealed.file;
    },

    async rekey(session: VaultSession, change: RekeyChange, others: Uint8Array[]) {
      const { holder, handle } = open(session);
      const result = await call<{ session: SessionInfo; others: (Uint8Array | null)[]; recoveryKey: string | null }>(holder, {
        op: 'rekey',
        handle,
        change,
        others,
      });
      return { session: adopt(holder, result.session), others: result.others, recoveryKey: result.recoveryKey };
    },

    async verifyPassphrase(session: VaultSession, passphrase: string) {
      const { holder, handle } = open(session);
      return call<boolean>(holder, { op: 'verifyPassphrase', handle, passphrase });
    },

    async sealNote(session: VaultSession, plaintext: Uint8Array) {
      const { holder, handle } = open(session);
      return call<Uint8Array>(holder, { op: 'sealNote', handle, plaintext }, movable([plaintext]));
    },

    async openNote(session: VaultSession, note: Uint8Array) {
      const { holder, handle } = open(session);
      return call<Uint8Array | null>(holder, { op: 'openNote', handle, note });
    },

    close(session: VaultSession): void {
      if (session.closed) return;
      session.closed = true;
      sharedBuffers.get(session)?.plaintext.fill(0);
      sharedBuffers.delete(session);
      const found = handles.get(session);
      if (!found) return;
      handles.delete(session);
      const { holder, handle } = found;
      // The worker wipes the key, answers, and is ended when it holds no other key.
      track(
        call(holder, { op: 'close', handle })
          .catch(() => undefined)
          .then(() => holder.ended ?? undefined),
      );
    },

    async settled(): Promise<void> {
      while (closing.size > 0) await Promise.all([...closing]);
    },

    liveWorkers: () => live,
    sharedContent: (session) => sharedBuffers.get(session)?.plaintext ?? null,
  };
  return vault;
}
