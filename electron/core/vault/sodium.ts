import sodiumModule from 'libsodium-wrappers-sumo';

export type Sodium = typeof sodiumModule;

interface WasmModule {
  HEAPU8: Uint8Array;
  _malloc(size: number): number;
  _free(address: number): void;
}

/**
 * libsodium's WebAssembly functions themselves, for work on bytes already in its heap (the seal:
 * one copy in, encrypt in place, checksum, one copy out). Lengths are 64-bit in C: each is passed
 * as its low and high 32 bits.
 */
export interface SodiumHeap extends WasmModule {
  _crypto_aead_xchacha20poly1305_ietf_encrypt(
    c: number,
    clenP: number,
    m: number,
    mlenLow: number,
    mlenHigh: number,
    ad: number,
    adlenLow: number,
    adlenHigh: number,
    nsec: number,
    npub: number,
    k: number,
  ): number;
  _crypto_generichash(
    out: number,
    outlen: number,
    input: number,
    inlenLow: number,
    inlenHigh: number,
    key: number,
    keylen: number,
  ): number;
  _crypto_core_hchacha20(out: number, input: number, k: number, c: number): number;
}

let ready: Promise<Sodium> | null = null;
/** Bytes allocated in this thread's libsodium heap so far (tests count the copies a seal makes). */
let allocatedBytes = 0;

/** The WebAssembly module behind a loaded libsodium (its allocations are wiped on free, see below). */
export function sodiumHeap(sodium: Sodium): SodiumHeap {
  return (sodium as unknown as { libsodium: SodiumHeap }).libsodium;
}

/** How many bytes this thread's libsodium has allocated since it was loaded. */
export function heapBytesAllocated(): number {
  return allocatedBytes;
}

/**
 * libsodium's JavaScript wrappers copy every argument (keys, passphrases, content) into the
 * WebAssembly heap and every result out of it, then free those blocks without wiping them, so a
 * data key stayed readable in the process's memory after lock. Every block the wrappers allocate
 * is remembered with its size and zeroed when it is freed. (The heap never shrinks; what is in
 * use while a workbook is open is, of course, still there.)
 */
function wipeBlocksOnFree(module: WasmModule): void {
  const sizes = new Map<number, number>();
  const malloc = module._malloc.bind(module);
  const free = module._free.bind(module);
  module._malloc = (size: number) => {
    const address = malloc(size);
    if (address !== 0) {
      sizes.set(address, size);
      allocatedBytes += size;
    }
    return address;
  };
  module._free = (address: number) => {
    const size = sizes.get(address);
    if (size !== undefined) {
      module.HEAPU8.fill(0, address, address + size);
      sizes.delete(address);
    }
    free(address);
  };
}

/** libsodium (WebAssembly): Argon2id, XChaCha20-Poly1305 and BLAKE2b, with no native module. */
export function loadSodium(): Promise<Sodium> {
  ready ??= sodiumModule.ready.then(() => {
    wipeBlocksOnFree((sodiumModule as unknown as { libsodium: WasmModule }).libsodium);
    return sodiumModule;
  });
  return ready;
}
