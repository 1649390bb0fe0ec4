/**
 * ChaCha20 (the IETF variant: 32-bit block counter, 96-bit nonce) four blocks at a time with
 * WebAssembly SIMD, for the seal of a workbook. libsodium's WebAssembly build does ChaCha20 one
 * block at a time with scalar instructions; it was the largest part of a save's CPU (about 2.5 ms
 * of a 870 kB workbook's seal). Only the keystream is done here: HChaCha20, Poly1305 and BLAKE2b
 * stay libsodium's, and the bytes written are the ones libsodium's XChaCha20-Poly1305 writes
 * (vault.ts composes them as libsodium does; seal.test.ts and chachaSimd.test.ts compare them).
 *
 * The module is a few hundred bytes built here, at run time, from the instructions below (no
 * binary in the repository, no build step). It is used only when the engine runs WebAssembly
 * SIMD and a known-answer check against libsodium's own ChaCha20 passes when it is loaded;
 * otherwise the vault seals with libsodium alone, as before.
 *
 * Its memory holds a key and plaintext while a seal runs; both are zeroed before `xor` returns.
 */
import type { Sodium } from './sodium';

// --- A minimal WebAssembly encoder (only what the function below needs) ---

function u32(value: number): number[] {
  const out: number[] = [];
  let v = value >>> 0;
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    out.push(byte);
  } while (v !== 0);
  return out;
}

function s32(value: number): number[] {
  const out: number[] = [];
  let v = value | 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

const section = (id: number, body: number[]) => [id, ...u32(body.length), ...body];
const vec = (items: number[][]) => [...u32(items.length), ...items.flat()];
const name = (text: string) => vec(Array.from(new TextEncoder().encode(text), (byte) => [byte]));

const I32 = 0x7f;
const V128 = 0x7b;
const op = {
  localGet: (i: number) => [0x20, ...u32(i)],
  localSet: (i: number) => [0x21, ...u32(i)],
  localTee: (i: number) => [0x22, ...u32(i)],
  i32Const: (v: number) => [0x41, ...s32(v)],
  i32Load: (offset: number) => [0x28, 2, ...u32(offset)],
  i32Add: [0x6a],
  i32Sub: [0x6b],
  i32LtU: [0x49],
  loop: [0x03, 0x40],
  brIf: (depth: number) => [0x0d, ...u32(depth)],
  end: [0x0b],
  v128Load: (offset: number) => [0xfd, ...u32(0x00), 0, ...u32(offset)],
  v128Store: (offset: number) => [0xfd, ...u32(0x0b), 0, ...u32(offset)],
  v128Const: (lanes: number[]) => [
    0xfd,
    ...u32(0x0c),
    ...lanes.flatMap((l) => [l & 0xff, (l >>> 8) & 0xff, (l >>> 16) & 0xff, l >>> 24]),
  ],
  shuffle: (bytes: number[]) => [0xfd, ...u32(0x0d), ...bytes],
  i32x4Splat: [0xfd, ...u32(0x11)],
  v128Or: [0xfd, ...u32(0x50)],
  v128Xor: [0xfd, ...u32(0x51)],
  i32x4Shl: [0xfd, ...u32(0xab)],
  i32x4ShrU: [0xfd, ...u32(0xad)],
  i32x4Add: [0xfd, ...u32(0xae)],
};

/** Byte lanes of an i8x16.shuffle that picks 32-bit lanes (0-3 of the first operand, 4-7 of the second). */
const words = (lanes: number[]) => lanes.flatMap((l) => [4 * l, 4 * l + 1, 4 * l + 2, 4 * l + 3]);
/** Each 32-bit lane rotated left by 16 and by 8 bits: byte moves within the lane. */
const ROTL16 = [0, 1, 2, 3].flatMap((l) => [2, 3, 0, 1].map((b) => 4 * l + b));
const ROTL8 = [0, 1, 2, 3].flatMap((l) => [3, 0, 1, 2].map((b) => 4 * l + b));

/**
 * `chacha(data, length, state)`: XOR `length` bytes at `data` (a multiple of 256) with the
 * ChaCha20 keystream of the 16-word state at `state` (its word 12, the block counter, is the
 * first block's). Four blocks per step: vector i holds word i of four consecutive blocks.
 */
function chachaFunction(): number[] {
  // Locals: 0 data, 1 length, 2 state (parameters); 3 offset, 4 rounds, 5 address (i32);
  // 6-21 the initial state s0-s15, 22-37 the working state x0-x15, 38-41 transposition (v128).
  const DATA = 0;
  const LENGTH = 1;
  const STATE = 2;
  const OFFSET = 3;
  const ROUNDS = 4;
  const ADDRESS = 5;
  const s = (i: number) => 6 + i;
  const x = (i: number) => 22 + i;
  const t = (i: number) => 38 + i;
  const code: number[] = [];
  const emit = (...parts: number[][]) => {
    for (const part of parts) code.push(...part);
  };

  for (let i = 0; i < 16; i++) {
    emit(op.localGet(STATE), op.i32Load(4 * i), op.i32x4Splat);
    if (i === 12) emit(op.v128Const([0, 1, 2, 3]), op.i32x4Add);
    emit(op.localSet(s(i)));
  }
  emit(op.i32Const(0), op.localSet(OFFSET));

  const rotate = (v: number, bits: number) => {
    if (bits === 16 || bits === 8) {
      emit(op.localGet(v), op.localGet(v), op.shuffle(bits === 16 ? ROTL16 : ROTL8), op.localSet(v));
    } else {
      emit(op.localGet(v), op.i32Const(bits), op.i32x4Shl);
      emit(op.localGet(v), op.i32Const(32 - bits), op.i32x4ShrU, op.v128Or, op.localSet(v));
    }
  };
  const add = (a: number, b: number) => emit(op.localGet(a), op.localGet(b), op.i32x4Add, op.localSet(a));
  const xor = (a: number, b: number) => emit(op.localGet(a), op.localGet(b), op.v128Xor, op.localSet(a));
  const quarter = (a: number, b: number, c: number, d: number) => {
    add(x(a), x(b));
    xor(x(d), x(a));
    rotate(x(d), 16);
    add(x(c), x(d));
    xor(x(b), x(c));
    rotate(x(b), 12);
    add(x(a), x(b));
    xor(x(d), x(a));
    rotate(x(d), 8);
    add(x(c), x(d));
    xor(x(b), x(c));
    rotate(x(b), 7);
  };

  emit(op.loop); // each step: four blocks
  for (let i = 0; i < 16; i++) emit(op.localGet(s(i)), op.localSet(x(i)));
  emit(op.i32Const(10), op.localSet(ROUNDS));
  emit(op.loop); // ten double rounds
  quarter(0, 4, 8, 12);
  quarter(1, 5, 9, 13);
  quarter(2, 6, 10, 14);
  quarter(3, 7, 11, 15);
  quarter(0, 5, 10, 15);
  quarter(1, 6, 11, 12);
  quarter(2, 7, 8, 13);
  quarter(3, 4, 9, 14);
  emit(op.localGet(ROUNDS), op.i32Const(1), op.i32Sub, op.localTee(ROUNDS), op.brIf(0), op.end);
  for (let i = 0; i < 16; i++) add(x(i), s(i));

  // Transpose each group of four words back into blocks and XOR them into the data.
  emit(op.localGet(DATA), op.localGet(OFFSET), op.i32Add, op.localSet(ADDRESS));
  for (let g = 0; g < 4; g++) {
    const [a, b, c, d] = [x(4 * g), x(4 * g + 1), x(4 * g + 2), x(4 * g + 3)];
    emit(op.localGet(a), op.localGet(b), op.shuffle(words([0, 4, 1, 5])), op.localSet(t(0)));
    emit(op.localGet(c), op.localGet(d), op.shuffle(words([0, 4, 1, 5])), op.localSet(t(1)));
    emit(op.localGet(a), op.localGet(b), op.shuffle(words([2, 6, 3, 7])), op.localSet(t(2)));
    emit(op.localGet(c), op.localGet(d), op.shuffle(words([2, 6, 3, 7])), op.localSet(t(3)));
    const blocks: [number, number, number[]][] = [
      [t(0), t(1), words([0, 1, 4, 5])],
      [t(0), t(1), words([2, 3, 6, 7])],
      [t(2), t(3), words([0, 1, 4, 5])],
      [t(2), t(3), words([2, 3, 6, 7])],
    ];
    blocks.forEach(([p, q, lanes], block) => {
      const at = 64 * block + 16 * g;
      emit(op.localGet(ADDRESS), op.localGet(ADDRESS), op.v128Load(at));
      emit(op.localGet(p), op.localGet(q), op.shuffle(lanes), op.v128Xor, op.v128Store(at));
    });
  }
  emit(op.localGet(s(12)), op.v128Const([4, 4, 4, 4]), op.i32x4Add, op.localSet(s(12)));
  emit(op.localGet(OFFSET), op.i32Const(256), op.i32Add, op.localTee(OFFSET), op.localGet(LENGTH), op.i32LtU, op.brIf(0));
  emit(op.end); // loop
  emit(op.end); // function

  const locals = vec([
    [3, I32],
    [36, V128],
  ]);
  const body = [...locals, ...code];
  return [...u32(body.length), ...body];
}

/** The module: one function `chacha`, one exported memory. */
export function chachaModuleBytes(): Uint8Array {
  const bytes = [
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vec([[0x60, ...vec([[I32], [I32], [I32]]), ...vec([])]])),
    ...section(3, vec([[0]])),
    ...section(5, vec([[0x00, ...u32(1)]])),
    ...section(
      7,
      vec([
        [...name('chacha'), 0x00, 0],
        [...name('memory'), 0x02, 0],
      ]),
    ),
    ...section(10, vec([chachaFunction()])),
  ];
  return new Uint8Array(bytes);
}

// --- The keystream ---

const PAGE = 65536;
/** Where the state sits and where the data starts in the module's memory. */
const STATE_AT = 0;
const DATA_AT = 256;
const BLOCK = 64;
const SIGMA = new TextEncoder().encode('expand 32-byte k');

export interface ChachaSimd {
  /**
   * `out` = `input` XOR the ChaCha20 keystream of (`key`, `nonce`) from block 1 on, and `block0`
   * (64 bytes) = the keystream's block 0: what ChaCha20-Poly1305 needs (its one-time Poly1305
   * key is the first half of block 0, its ciphertext starts at block 1). `out` may be a view
   * into another WebAssembly heap; the module's memory is zeroed before this returns.
   */
  xor(key: Uint8Array, nonce: Uint8Array, input: Uint8Array, out: Uint8Array, block0: Uint8Array): void;
  /** How many bytes of keystream it has made (tests check that the seal uses it). */
  readonly bytes: number;
  /** A copy of the module's whole memory (tests check that nothing is left in it). */
  memorySnapshot(): Uint8Array;
}

/** The part of the WebAssembly API used here (this project's Node types do not declare it). */
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

function instantiate(): ChachaSimd | null {
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  const bytes = chachaModuleBytes();
  if (!wasm?.validate(bytes)) return null;
  const instance = new wasm.Instance(new wasm.Module(bytes));
  const memory = instance.exports['memory'] as WasmMemory;
  const chacha = instance.exports['chacha'] as (data: number, length: number, state: number) => void;
  let made = 0;
  return {
    get bytes() {
      return made;
    },
    memorySnapshot: () => new Uint8Array(memory.buffer).slice(),
    xor(key, nonce, input, out, block0) {
      if (key.length !== 32 || nonce.length !== 12 || block0.length !== BLOCK || out.length !== input.length) {
        throw new Error('ChaCha20: wrong key, nonce or buffer sizes.');
      }
      // Block 0 (zeros in, keystream out) then the input, padded to whole steps of four blocks.
      const padded = Math.ceil((BLOCK + input.length) / 256) * 256;
      const needed = DATA_AT + padded;
      if (needed > memory.buffer.byteLength) memory.grow(Math.ceil((needed - memory.buffer.byteLength) / PAGE));
      const heap = new Uint8Array(memory.buffer);
      try {
        heap.set(SIGMA, STATE_AT);
        heap.set(key, STATE_AT + 16);
        heap.fill(0, STATE_AT + 48, STATE_AT + 52); // the block counter starts at 0
        heap.set(nonce, STATE_AT + 52);
        heap.fill(0, DATA_AT, DATA_AT + BLOCK);
        heap.set(input, DATA_AT + BLOCK);
        heap.fill(0, DATA_AT + BLOCK + input.length, needed);
        chacha(DATA_AT, padded, STATE_AT);
        made += padded;
        block0.set(heap.subarray(DATA_AT, DATA_AT + BLOCK));
        out.set(heap.subarray(DATA_AT + BLOCK, DATA_AT + BLOCK + input.length));
      } finally {
        heap.fill(0, 0, needed);
      }
    },
  };
}

/** libsodium's ChaCha20 (IETF) from block 0, for the known-answer check. */
function sodiumKeystream(sodium: Sodium, key: Uint8Array, nonce: Uint8Array, input: Uint8Array): Uint8Array {
  const padded = new Uint8Array(BLOCK + input.length);
  padded.set(input, BLOCK);
  return sodium.crypto_stream_chacha20_ietf_xor_ic(padded, nonce, 0, key);
}

/**
 * Whether the module gives libsodium's bytes: lengths around every step and block boundary,
 * under a key, nonce and counter wrap that use every byte of the state.
 */
export function selfTest(sodium: Sodium, simd: ChachaSimd): boolean {
  const key = Uint8Array.from({ length: 32 }, (_, i) => (i * 73 + 11) & 0xff);
  const nonce = Uint8Array.from({ length: 12 }, (_, i) => (i * 151 + 7) & 0xff);
  for (const length of [0, 1, 63, 64, 65, 191, 192, 193, 255, 256, 257, 1000, 4096 + 17]) {
    const input = Uint8Array.from({ length }, (_, i) => (i * 31 + (i >> 8)) & 0xff);
    const out = new Uint8Array(length);
    const block0 = new Uint8Array(BLOCK);
    simd.xor(key, nonce, input, out, block0);
    const expected = sodiumKeystream(sodium, key, nonce, input);
    for (let i = 0; i < BLOCK; i++) if (block0[i] !== expected[i]) return false;
    for (let i = 0; i < length; i++) if (out[i] !== expected[BLOCK + i]) return false;
  }
  return true;
}

let loaded: ChachaSimd | null | undefined;

/**
 * The SIMD ChaCha20 of this thread, or null when this engine has no WebAssembly SIMD or the
 * module does not give libsodium's bytes (the vault then uses libsodium's AEAD alone).
 */
export function chachaSimd(sodium: Sodium): ChachaSimd | null {
  if (loaded === undefined) {
    let simd: ChachaSimd | null = null;
    try {
      simd = instantiate();
      if (simd && !selfTest(sodium, simd)) simd = null;
    } catch {
      simd = null;
    }
    loaded = simd;
  }
  return loaded;
}
