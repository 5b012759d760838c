/**
 * The hidden path W_hh h_{t−1} + b_hh of every forward step, computed by a WebAssembly SIMD
 * kernel (wasm/hiddenPathModule.ts) with the same bits as linalg.ts's affineRows, or by
 * affineRows itself where WebAssembly SIMD is unavailable or may not be compiled (a
 * Content-Security-Policy without 'wasm-unsafe-eval'). Imports engine files only.
 *
 * Use: forwardInto loads the weights once (loadHiddenWeights), the cells call affineHiddenRows
 * at every step, and forwardInto releases them (releaseHiddenWeights). One module instance and
 * one loaded weight set per thread: forwardInto is synchronous and never re-entered, so nothing
 * else can load weights between its steps. affineHiddenRows falls back to affineRows for any
 * matrix that is not the loaded one, so a call outside forwardInto is still correct. The same
 * module holds the LSTM's per-unit step; lstmSteps.ts runs it next to the kernel (loadedKernel).
 *
 * Why: the hidden path is a matrix–vector product per step, and V8's scalar typed-array code
 * spends about seven instructions per load on it (see linalg.ts). Two lanes per instruction,
 * loads addressed by constant offsets and no bounds checks made it 2.2–3.6× as fast, copies
 * included (best samples at hidden 32–512: 0.25–0.46 ns per multiply-add against 0.7–1.2).
 */
import { affineRows } from './linalg';
import { TABLES_END, writeActivationTables } from './wasm/activationInstructions';
import { hiddenPathModuleBytes } from './wasm/hiddenPathModule';

/** Which kernel computes the hidden path on this thread. */
export type HiddenPathKernel = 'wasm-simd' | 'js';

/**
 * The part of the WebAssembly JavaScript API used here, declared locally: the engine compiles
 * without the DOM and Node type libraries, where WebAssembly is declared.
 */
export interface WebAssemblyApi {
  validate(bytes: Uint8Array<ArrayBuffer>): boolean;
  Module: new (bytes: Uint8Array<ArrayBuffer>) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

interface WasmMemory {
  buffer: ArrayBuffer;
  /** Grows by `pages` 64 KiB pages; throws a RangeError when it cannot. */
  grow(pages: number): number;
}

type AffinePairs = (w: number, b: number, v: number, out: number, pairs: number, n: number) => void;
type LstmUnits = (aIh: number, aHh: number, out: number, cPrev: number, v: number, n: number, stride: number) => number;

interface Kernel {
  affinePairs: AffinePairs;
  /** wasm/lstmStepModule.ts; lstmSteps.ts calls it. */
  lstmUnits: LstmUnits;
  memory: WasmMemory;
  /** The whole memory as f64; made again whenever the memory grows. */
  f64: Float64Array;
}

const PAGE_BYTES = 65536;

/** undefined: not tried yet; null: WebAssembly SIMD is unavailable here, affineRows is used. */
let kernel: Kernel | null | undefined;
let isJsForced = false;
let webAssembly: WebAssemblyApi | undefined = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
let lastKernel: HiddenPathKernel = 'js';

// The loaded weight set (null: none). Offsets are in f64 elements of kernel.f64.
let loadedW: Float64Array | null = null;
let loadedB: Float64Array | null = null;
let loadedN = 0;
let vAt = 0; // (n, 2) the vector, each number twice
let outAt = 0; // (rows rounded up to even) the results
let bAt = 0; // (rows rounded up to even) the biases
let wAt = 0; // (pairs, n, 2) the weights, row pairs interleaved by column
let endAt = 0; // the first element after them

/** Compiles and instantiates the module, or returns null if this runtime cannot. */
function compile(): Kernel | null {
  const api = webAssembly;
  if (api === undefined) return null;
  try {
    const bytes = hiddenPathModuleBytes();
    if (!api.validate(bytes)) return null; // no SIMD
    // Synchronous: the module is under 1 KB, far below the 4 KB Chromium allows a main thread.
    const { exports } = new api.Instance(new api.Module(bytes), {});
    const memory = exports.memory as WasmMemory;
    const f64 = new Float64Array(memory.buffer); // one page: room for the tables
    writeActivationTables(f64);
    return { affinePairs: exports.affinePairs as AffinePairs, lstmUnits: exports.lstmUnits as LstmUnits, memory, f64 };
  } catch {
    return null; // e.g. a Content-Security-Policy that forbids compiling WebAssembly
  }
}

function activeKernel(): Kernel | null {
  if (isJsForced) return null;
  if (kernel === undefined) kernel = compile();
  return kernel;
}

/** The kernel this thread uses for the hidden path (compiling it on first call). */
export function hiddenPathKernel(): HiddenPathKernel {
  return activeKernel() === null ? 'js' : 'wasm-simd';
}

/** The kernel the latest loadHiddenWeights chose ('js' before any). */
export function lastHiddenPathKernel(): HiddenPathKernel {
  return lastKernel;
}

/** Grows the memory to at least `bytes`; false if it cannot. */
function reserve(k: Kernel, bytes: number): boolean {
  const have = k.memory.buffer.byteLength;
  if (bytes <= have) return true;
  try {
    k.memory.grow(Math.ceil((bytes - have) / PAGE_BYTES));
  } catch {
    return false;
  }
  k.f64 = new Float64Array(k.memory.buffer); // growing detaches the old buffer
  return true;
}

/**
 * Packs W (rows, n) and b (rows) into the kernel's memory for the affineHiddenRows calls that
 * follow, until releaseHiddenWeights. Returns the kernel that will be used.
 */
export function loadHiddenWeights(W: Float64Array, rows: number, n: number, b: Float64Array): HiddenPathKernel {
  loadedW = loadedB = null;
  const k = activeKernel();
  const pairs = (rows + 1) >> 1;
  // Element offsets after the kernel's 64 bytes of scratch and the σ/tanh tables; every region
  // is a whole number of 16-byte pairs (an even element count), so every v128 access is aligned.
  vAt = TABLES_END;
  outAt = vAt + 2 * n;
  bAt = outAt + 2 * pairs;
  wAt = bAt + 2 * pairs;
  endAt = wAt + 2 * pairs * n;
  if (k === null || !reserve(k, endAt * 8)) return (lastKernel = 'js');
  const f64 = k.f64;
  for (let r = 0; r < 2 * pairs; r++) f64[bAt + r] = r < rows ? b[r] : 0;
  for (let p = 0; p < pairs; p++) {
    const even = 2 * p * n, odd = even + n, hasOdd = 2 * p + 1 < rows;
    for (let c = 0, a = wAt + 2 * p * n; c < n; c++, a += 2) {
      f64[a] = W[even + c];
      f64[a + 1] = hasOdd ? W[odd + c] : 0;
    }
  }
  loadedW = W; loadedB = b; loadedN = n;
  return (lastKernel = 'wasm-simd');
}

/** Forgets the loaded weights: later calls use affineRows until the next load. */
export function releaseHiddenWeights(): void {
  loadedW = loadedB = null;
}

/**
 * out[o + r − r0] = b[r] + Σ_k W[r, k] · v[vo + k] for rows r0 ≤ r < r1, exactly as affineRows
 * (same arguments, same bits). With W and b the loaded weights and r0 even, the WebAssembly
 * kernel computes it: v is copied in (each number twice), the pairs from r0/2 run (a range ending on an odd row
 * computes one lane too many, not copied out), the results are copied back. Allocates nothing.
 */
export function affineHiddenRows(
  W: Float64Array, n: number, r0: number, r1: number,
  v: Float64Array, vo: number, b: Float64Array,
  out: Float64Array, o: number,
): void {
  if (W !== loadedW || b !== loadedB || n !== loadedN || (r0 & 1) !== 0 || kernel == null) {
    affineRows(W, n, r0, r1, v, vo, b, out, o);
    return;
  }
  // The module state the loops need, read once.
  const f64 = kernel.f64, vBase = vAt, outBase = outAt;
  for (let k = 0, a = vBase; k < n; k++, a += 2) {
    const x = v[vo + k];
    f64[a] = x;
    f64[a + 1] = x;
  }
  kernel.affinePairs(8 * (wAt + r0 * n), 8 * (bAt + r0), 8 * vBase, 8 * outBase, (r1 - r0 + 1) >> 1, n);
  for (let q = 0, m = r1 - r0; q < m; q++) out[o + q] = f64[outBase + q];
}

/** The loaded kernel and where its regions are (f64 elements), for lstmSteps.ts. */
export interface LoadedKernel {
  affinePairs: AffinePairs;
  lstmUnits: LstmUnits;
  vAt: number;
  bAt: number;
  wAt: number;
  /** The first element after the weights: free for the caller's regions. */
  freeAt: number;
}

/** The kernel if W and b are its loaded weights (n columns), else null. */
export function loadedKernel(W: Float64Array, n: number, b: Float64Array): LoadedKernel | null {
  if (W !== loadedW || b !== loadedB || n !== loadedN || kernel == null) return null;
  const { affinePairs, lstmUnits } = kernel;
  return { affinePairs, lstmUnits, vAt, bAt, wAt, freeAt: endAt };
}

/** The kernel's memory as f64, grown to at least `elements` (null if it cannot grow or is not loaded). */
export function kernelMemory(elements: number): Float64Array | null {
  if (kernel == null || !reserve(kernel, 8 * elements)) return null;
  return kernel.f64;
}

/**
 * Test support. `forceJs`: use affineRows even where the kernel compiles (true), or choose
 * again (false). `webAssembly`: the API the next compile uses (undefined: none, as in a runtime
 * without WebAssembly). Either resets the compiled kernel and the loaded weights.
 */
export function configureHiddenPath(options: { forceJs?: boolean; webAssembly?: WebAssemblyApi }): void {
  if (options.forceJs !== undefined) isJsForced = options.forceJs;
  if ('webAssembly' in options) webAssembly = options.webAssembly;
  kernel = undefined;
  loadedW = loadedB = null;
}
