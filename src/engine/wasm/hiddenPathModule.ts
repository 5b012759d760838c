/**
 * The WebAssembly module of the hidden-path kernel: one function, `affinePairs`, that computes
 * b + W v for pairs of rows with 128-bit vectors (two f64 lanes, one row each), in exactly the
 * order of linalg.ts's affineRows, so the two give the same bits. Imports the emitter.
 *
 * Memory layout (byte offsets of the regions after the tables are chosen by hiddenPath.ts):
 *   0..63  scratch: four 16-byte slots (see "Why the stores" below).
 *   the σ/tanh tables (activationInstructions.ts), used by lstmUnits.
 *   W  pair p of rows holds [W[2p, k], W[2p+1, k]] for k = 0..n−1, 16 bytes per column:
 *      the rows interleaved by column, so one v128.load fetches a column of both rows.
 *      An odd row count ends with a zero pad row.
 *   b  [b[2p], b[2p+1]] per pair (b in order, padded with a zero).
 *   v  [v[k], v[k]] per column: each number twice, so one v128.load fills both lanes.
 *   out  [out[2p], out[2p+1]] per pair.
 *
 * For each pair (both lanes at once), the arithmetic of affineRows for one row:
 *   acc = b[r]
 *   for each block of 16 columns k..k+15:  acc = acc + tree16
 *     tree16 = (((p0+p1)+(p2+p3))+((p4+p5)+(p6+p7))) + (((p8+p9)+(p10+p11))+((p12+p13)+(p14+p15)))
 *     p_i = W[r, k+i] · v[k+i]
 *   then, if 8 or more columns are left, one block of 8:  acc = acc + tree8 (the left half above)
 *   then each remaining column:  acc = acc + W[r, k] · v[k]
 * IEEE addition and multiplication are commutative and WebAssembly never fuses a multiply and
 * an add, so each lane's result has the bits of the scalar one.
 *
 * Why the stores: V8's optimising compiler keeps memory accesses in program order but moves
 * arithmetic down to where its result is first needed, so a block's 32 loads would all issue
 * before its first multiply, and 32 vectors do not fit in 16 registers. Storing each sum of four
 * products to a scratch slot (never read back) pins that arithmetic before the next loads: the
 * kernel ran 1.4–1.9× as fast with them. Why v twice rather than v128.load64_splat: V8 (Node 20)
 * did not fold the splat's constant offsets into its addressing but kept sixteen addresses in
 * registers, spilling them (1.2–1.45× slower).
 */
import { assembleModule, I32, Instructions, V128 } from './emit';
import { lstmUnitsFunction } from './lstmStepModule';

// Parameters (i32 byte offsets and counts), then locals.
const W = 0, B = 1, V = 2, OUT = 3, PAIRS = 4, N = 5;
const VP = 6; // i32: the current column's [v, v]
const COUNT = 7; // i32: blocks or columns left
const ACC = 8; // v128: the pair's two sums
const GROUP = 9; // v128: the latest sum of four products

/**
 * Pushes the sum of products i0..i0+count−1 of the current block (count a power of two) as
 * a balanced tree: the left half's sum, the right half's, then their sum, as affineRows
 * writes it. Product i is W[r, k+i]·v[k+i], both lanes: the pair's column at w + 16i times
 * [v, v] at vp + 16i, addressed through the loads' constant offsets. A sum of four is also
 * stored to scratch slot i0/4 (see "Why the stores").
 */
function pushTree(code: Instructions, i0: number, count: number): void {
  if (count === 1) {
    code.localGet(W).v128Load(16 * i0).localGet(VP).v128Load(16 * i0).f64x2Mul();
  } else if (count === 4) {
    code.i32Const(0); // the store's address
    pushTree(code, i0, 2);
    pushTree(code, i0 + 2, 2);
    code.f64x2Add().localTee(GROUP).v128Store(16 * (i0 / 4)).localGet(GROUP);
  } else {
    pushTree(code, i0, count / 2);
    pushTree(code, i0 + count / 2, count / 2);
    code.f64x2Add();
  }
}

/** acc = acc + (tree of `width` columns); then w and vp move past those columns. */
function addBlock(code: Instructions, width: number): void {
  code.localGet(ACC);
  pushTree(code, 0, width);
  code.f64x2Add().localSet(ACC);
  code.localGet(W).i32Const(16 * width).i32Add().localSet(W);
  code.localGet(VP).i32Const(16 * width).i32Add().localSet(VP);
}

/** Runs `body` `COUNT` times (COUNT already set; nothing when it is 0). */
function repeat(code: Instructions, body: () => void): void {
  code.block().localGet(COUNT).i32Eqz().brIf(0);
  code.loop();
  body();
  code.localGet(COUNT).i32Const(1).i32Sub().localTee(COUNT).brIf(0);
  code.end().end();
}

/** affinePairs(w, b, v, out, pairs, n): the rows of `pairs` pairs, starting at w, b and out. */
function affinePairsBody(): Instructions {
  const code = new Instructions();
  code.block().localGet(PAIRS).i32Eqz().brIf(0);
  code.loop();
  {
    // acc = (b[2p], b[2p+1]); vp = v
    code.localGet(B).v128Load(0).localSet(ACC);
    code.localGet(B).i32Const(16).i32Add().localSet(B);
    code.localGet(V).localSet(VP);
    // Blocks of 16 columns: n >> 4 of them.
    code.localGet(N).i32Const(4).i32ShrU().localSet(COUNT);
    repeat(code, () => addBlock(code, 16));
    // At most one block of 8.
    code.localGet(N).i32Const(8).i32And().if();
    addBlock(code, 8);
    code.end();
    // The last n & 7 columns, one at a time.
    code.localGet(N).i32Const(7).i32And().localSet(COUNT);
    repeat(code, () => addBlock(code, 1));
    // out pair = acc
    code.localGet(OUT).localGet(ACC).v128Store(0);
    code.localGet(OUT).i32Const(16).i32Add().localSet(OUT);
  }
  code.localGet(PAIRS).i32Const(1).i32Sub().localTee(PAIRS).brIf(0);
  code.end().end();
  return code;
}

/**
 * The module's bytes: `affinePairs`, `lstmUnits` (lstmStepModule.ts: the LSTM step that reads
 * affinePairs' results where they are) and a memory of one page (hiddenPath.ts grows it).
 */
export function hiddenPathModuleBytes(): Uint8Array<ArrayBuffer> {
  return assembleModule([
    { name: 'affinePairs', paramCount: 6, locals: [I32, I32, V128, V128], body: affinePairsBody() },
    lstmUnitsFunction(),
  ], 1);
}
