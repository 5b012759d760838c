/**
 * The standard LSTM's forward steps on WebAssembly: the hidden-path kernel and the per-unit step
 * (wasm/lstmStepModule.ts) run back to back on the module's memory, and JavaScript copies the
 * results into the trace once per chunk of steps. The same bits as lstm.ts's step, which it
 * falls back to. Imports engine files only.
 *
 * Why: at hidden 32 the per-unit loop with its five σ/tanh calls was half of lstm.ts's step (V8
 * inlines only some of the calls) and copying h in and the hidden path out another 8 %. Here
 * h_t stays in memory as the kernel's next vector, and the trace is filled by TypedArray.set.
 *
 * Used only without ablation and forced gates; otherwise (or without the kernel) it returns
 * false and unroll.ts runs lstm.ts's step. A step where some σ argument is beyond ±708 (the
 * activations' far tail, portableMath.exp) is run by lstm.ts's step too, in the middle of a pass.
 */
import { atStep, type StepContext } from './cell';
import { kernelMemory, loadedKernel } from './hiddenPath';

let isOff = false;

/** Test support: `isOff` makes forwardLstmSteps decline, so every step runs in JavaScript. */
export function configureLstmSteps(options: { isOff: boolean }): void {
  isOff = options.isOff;
}

/** Memory regions of T × H numbers, in the order lstmUnits writes them (S elements apart). */
const OUTPUTS = 11; // pre i f g o, act i f g o, c, tanh c, h
/** A chunk's regions take at most about this many f64 elements (2 MB), however long the sequence. */
const CHUNK_ELEMENTS = 1 << 18;

/**
 * Runs every step of trace's forward pass (input path already in trace.aIh, hidden weights
 * loaded) and returns true, or returns false having written nothing. `step` is lstm.ts's step.
 */
export function forwardLstmSteps(ctx: StepContext, step: (ctx: StepContext, t: number) => void): boolean {
  const { trace, weights } = ctx;
  const { hiddenSize: H, ablation } = trace.config;
  const { forced } = trace;
  if (isOff || ablation !== 'none' || forced.i !== undefined || forced.f !== undefined
    || forced.g !== undefined || forced.o !== undefined) return false;
  const k = loadedKernel(weights.wHh, H, weights.bHh);
  if (k === null) return false;
  const T = trace.steps, G4 = 4 * H;
  const chunk = Math.max(1, Math.min(T, Math.floor(CHUNK_ELEMENTS / ((2 * 4 + OUTPUTS) * H))));
  const S = chunk * H; // region stride
  // Element offsets; every region has an even size, so aHh rows stay 16-byte aligned.
  const c0At = k.freeAt; // (H) c_{t−1} at a chunk's first step
  const aIhAt = c0At + H + (H & 1); // (chunk, 4H)
  const aHhAt = aIhAt + chunk * G4; // (chunk, 4H)
  const outAt = aHhAt + chunk * G4; // OUTPUTS × (chunk, H)
  const f64 = kernelMemory(outAt + OUTPUTS * S);
  if (f64 === null) return false;
  const { affinePairs, lstmUnits, vAt, wAt, bAt } = k;
  const p = trace.pre, a = trace.act;
  const outputs = [p.i!, p.f!, p.g!, p.o!, a.i!, a.f!, a.g!, a.o!, trace.c, trace.tanhC, trace.h];

  let t = 0;
  while (t < T) {
    // A chunk starts at t: h_{t−1} (twice) into the kernel's vector, c_{t−1}, its input path.
    atStep(ctx, t);
    const { hPrev, hPrevOffset: hp, cPrev, cPrevOffset: cp } = ctx;
    for (let j = 0; j < H; j++) {
      const h = hPrev[hp + j];
      f64[vAt + 2 * j] = h; f64[vAt + 2 * j + 1] = h;
      f64[c0At + j] = cPrev[cp + j];
    }
    const rows = Math.min(chunk, T - t);
    f64.set(trace.aIh.subarray(t * G4, (t + rows) * G4), aIhAt);
    let done = 0, isTail = false;
    for (; done < rows; done++) {
      const aHh = aHhAt + done * G4, out = outAt + done * H;
      affinePairs(8 * wAt, 8 * bAt, 8 * vAt, 8 * aHh, 2 * H, H);
      const cAt = done === 0 ? c0At : out - H + 8 * S; // row done − 1 of the c region
      if (lstmUnits(8 * (aIhAt + done * G4), 8 * aHh, 8 * out, 8 * cAt, 8 * vAt, H, 8 * S) !== 0) {
        isTail = true;
        break;
      }
    }
    // The chunk's finished rows into the trace.
    for (let q = 0; q < OUTPUTS; q++) outputs[q].set(f64.subarray(outAt + q * S, outAt + q * S + done * H), t * H);
    trace.aHh.set(f64.subarray(aHhAt, aHhAt + done * G4), t * G4);
    t += done;
    if (isTail) {
      atStep(ctx, t);
      step(ctx, t); // the next chunk starts after it
      t++;
    }
  }
  return true;
}
