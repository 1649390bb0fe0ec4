import sodiumModule from 'libsodium-wrappers-sumo';

export type Sodium = typeof sodiumModule;

interface WasmModule {
  HEAPU8: Uint8Array;
  _malloc(size: number): number;
  _free(address: number): void;
}

let ready: Promise<Sodium> | null = null;

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
    if (address !== 0) sizes.set(address, size);
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
