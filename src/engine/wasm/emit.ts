/**
 * A tiny WebAssembly binary emitter: LEB128 numbers, the module's sections, and the few
 * instructions the engine's kernels use. With it a kernel is assembled from TypeScript at run
 * time: no toolchain, no .wasm file, no dependency. Imports nothing.
 *
 * The binary format (WebAssembly core spec, chapter 5): the magic bytes "\0asm" and version 1,
 * then sections in increasing id order, each `id, byte length, contents`. A vector (of types,
 * functions, exports, function bodies) is its length followed by its items. Integers in the
 * format are LEB128: 7 bits per byte, low bits first, the top bit set on every byte but the last.
 */

/** Value types. */
export const I32 = 0x7f;
export const F64 = 0x7c;
export const V128 = 0x7b;

/** Unsigned LEB128 of a non-negative integer below 2^32. */
export function unsignedLeb(value: number): number[] {
  const bytes: number[] = [];
  let rest = value >>> 0;
  do {
    const low = rest & 0x7f;
    rest >>>= 7;
    bytes.push(rest === 0 ? low : low | 0x80);
  } while (rest !== 0);
  return bytes;
}

/** Signed LEB128 of an int32: the last byte's bit 6 carries the sign. */
export function signedLeb(value: number): number[] {
  const bytes: number[] = [];
  let rest = value | 0;
  for (;;) {
    const low = rest & 0x7f;
    rest >>= 7; // arithmetic shift: a negative number stays negative
    const isDone = (rest === 0 && (low & 0x40) === 0) || (rest === -1 && (low & 0x40) !== 0);
    bytes.push(isDone ? low : low | 0x80);
    if (isDone) return bytes;
  }
}

/** A vector: its item count, then the items' bytes. */
function vector(items: readonly number[][]): number[] {
  return [...unsignedLeb(items.length), ...items.flat()];
}

/** A section: its id, its byte length, its contents. */
function section(id: number, contents: number[]): number[] {
  return [id, ...unsignedLeb(contents.length), ...contents];
}

/**
 * A function body's instructions, written in the order a stack machine runs them: operands
 * first, then the operator (`local.get a; local.get b; i32.add` is a + b). Each method appends
 * one instruction, named as in the text format, and returns the builder so calls chain.
 * A memory access takes the address from the stack and adds the constant `offset` (bytes); its
 * alignment hint is the access's natural one.
 */
export class Instructions {
  readonly bytes: number[] = [];

  private op(...bytes: number[]): this {
    this.bytes.push(...bytes);
    return this;
  }

  /** A vector instruction: the 0xfd prefix, then its number as an unsigned LEB128. */
  private simd(code: number, ...immediates: number[]): this {
    return this.op(0xfd, ...unsignedLeb(code), ...immediates);
  }

  /** memarg: log2 of the alignment, then the offset. */
  private static memarg(log2Align: number, offset: number): number[] {
    return [...unsignedLeb(log2Align), ...unsignedLeb(offset)];
  }

  // Control. A block's type 0x40 means it takes and leaves nothing on the stack. `br n` and
  // `br_if n` jump to the n-th enclosing label: past the end of a block or `if`, to the start of
  // a loop.
  block(): this { return this.op(0x02, 0x40); }
  loop(): this { return this.op(0x03, 0x40); }
  if(): this { return this.op(0x04, 0x40); }
  end(): this { return this.op(0x0b); }
  brIf(depth: number): this { return this.op(0x0d, ...unsignedLeb(depth)); }
  /** Pops c, b, a; pushes a if c ≠ 0, else b (a JavaScript `c ? a : b` without a branch). */
  select(): this { return this.op(0x1b); }

  // Locals (parameters first, then declared locals).
  localGet(index: number): this { return this.op(0x20, ...unsignedLeb(index)); }
  localSet(index: number): this { return this.op(0x21, ...unsignedLeb(index)); }
  localTee(index: number): this { return this.op(0x22, ...unsignedLeb(index)); }

  // 32-bit integers.
  i32Const(value: number): this { return this.op(0x41, ...signedLeb(value)); }
  i32Eqz(): this { return this.op(0x45); }
  i32Add(): this { return this.op(0x6a); }
  i32Sub(): this { return this.op(0x6b); }
  i32And(): this { return this.op(0x71); }
  i32Or(): this { return this.op(0x72); }
  i32Shl(): this { return this.op(0x74); }
  i32ShrS(): this { return this.op(0x75); }
  i32ShrU(): this { return this.op(0x76); }
  /** f64 → i32 rounding toward zero; NaN gives 0 and out-of-range values saturate (no trap). */
  i32TruncSatF64S(): this { return this.op(0xfc, 0x02); }

  // 64-bit floats: IEEE 754 operations, each rounded once (WebAssembly never fuses them).
  /** The constant's eight bytes, little-endian: exactly the bits of `value`. */
  f64Const(value: number): this {
    const bytes = new Uint8Array(new Float64Array([value]).buffer);
    if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) bytes.reverse(); // a big-endian host
    return this.op(0x44, ...bytes);
  }
  f64Load(offset: number): this { return this.op(0x2b, ...Instructions.memarg(3, offset)); }
  f64Store(offset: number): this { return this.op(0x39, ...Instructions.memarg(3, offset)); }
  f64Abs(): this { return this.op(0x99); }
  f64Neg(): this { return this.op(0x9a); }
  f64Add(): this { return this.op(0xa0); }
  f64Sub(): this { return this.op(0xa1); }
  f64Mul(): this { return this.op(0xa2); }
  f64Div(): this { return this.op(0xa3); }
  f64Lt(): this { return this.op(0x63); }
  f64Gt(): this { return this.op(0x64); }
  f64Ge(): this { return this.op(0x66); }

  // 128-bit vectors.
  v128Load(offset: number): this { return this.simd(0, ...Instructions.memarg(4, offset)); }
  v128Store(offset: number): this { return this.simd(11, ...Instructions.memarg(4, offset)); }
  f64x2Add(): this { return this.simd(240); }
  f64x2Mul(): this { return this.simd(242); }
}

/** A function of i32 parameters and no result (or one i32), exported under `name`. */
export interface FunctionDef {
  name: string;
  paramCount: number;
  /** True: the function returns the i32 its body leaves on the stack. */
  hasResult?: boolean;
  /** Declared locals after the parameters, in index order. */
  locals: readonly number[];
  body: Instructions;
}

/**
 * A module of the given functions (function i has type i) and one memory of `pages` 64 KiB
 * pages, exported as "memory" so JavaScript can write inputs and read results.
 */
export function assembleModule(functions: readonly FunctionDef[], pages: number): Uint8Array<ArrayBuffer> {
  const types = functions.map((f) => [0x60, ...vector(Array.from({ length: f.paramCount }, () => [I32])), ...vector(f.hasResult === true ? [[I32]] : [])]);
  const bodies = functions.map((f) => {
    // Locals are declared as runs (count, type); one run per local keeps this simple.
    const code = [...vector(f.locals.map((type) => [1, type])), ...f.body.bytes, 0x0b];
    return [...unsignedLeb(code.length), ...code];
  });
  const name = (text: string) => vector([...text].map((c) => [c.charCodeAt(0)]));
  const exports = [
    ...functions.map((f, k) => [...name(f.name), 0x00, ...unsignedLeb(k)]),
    [...name('memory'), 0x02, 0],
  ];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
    ...section(1, vector(types)),
    ...section(3, vector(functions.map((_, k) => unsignedLeb(k)))),
    ...section(5, vector([[0x00, ...unsignedLeb(pages)]])), // limits: a minimum, no maximum
    ...section(7, vector(exports)),
    ...section(10, vector(bodies)),
  ]);
}
