/**
 * `npm run bench`: how fast the engine runs on this machine. Prints Markdown tables (ready to
 * paste into a README): the forward pass with a full trace, in µs per step and GFLOP/s, and
 * training throughput in sequences per second. Every number is a median over several timed
 * samples taken after a warm-up. Time is the process's CPU time (process.cpuUsage), not the
 * wall clock, so other work on a shared machine does not count against the engine; on an idle
 * machine the two agree. Imports Node and src/engine only.
 */
import { cpus, loadavg } from 'node:os';
import { gateCount } from '../engine/cells';
import { initWeights } from '../engine/init';
import { createModel } from '../engine/model';
import { createRng } from '../engine/prng';
import { createTrainer, trainStep, type Sample } from '../engine/train';
import type { CellKind } from '../engine/types';
import { createTrace, forwardInto } from '../engine/unroll';

/** Timed samples per case; the median is reported. */
const SAMPLES = 21;
/** A sample repeats the work until it has run this long, so timer resolution does not matter. */
const SAMPLE_MS = 40;
const WARMUP_MS = 300;

/** Milliseconds of CPU time this process has used (user + system). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

interface Timing {
  /** Seconds per call: the median sample (the headline number). */
  median: number;
  /** Seconds per call in the fastest sample: on a busy machine, the closest to its idle speed. */
  best: number;
}

/** Seconds per call of `work` over SAMPLES samples, after WARMUP_MS of warm-up. */
function secondsPerCall(work: () => void): Timing {
  const until = cpuMs() + WARMUP_MS;
  do work(); while (cpuMs() < until);
  const samples: number[] = [];
  for (let s = 0; s < SAMPLES; s++) {
    let calls = 0;
    const start = cpuMs();
    let now = start;
    do {
      work();
      calls++;
      now = cpuMs();
    } while (now - start < SAMPLE_MS);
    samples.push((now - start) / 1000 / calls);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[SAMPLES >> 1], best: samples[0] };
}

function randomArray(n: number, seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => rng.uniform(-1, 1));
}

interface ForwardRow { kind: CellKind; I: number; H: number; T: number; usPerStep: number; gflops: number; bestGflops: number }

/** forwardInto a preallocated trace; flops per step 2·G·H·(I + H) (the two matrix products). */
function benchForward(kind: CellKind, I: number, H: number, T: number): ForwardRow {
  const config = { kind, inputSize: I, hiddenSize: H };
  const weights = initWeights(config, 1);
  const x = randomArray(T * I, 2); // (T, I)
  const trace = createTrace(config, T);
  const { median, best } = secondsPerCall(() => forwardInto(trace, weights, x));
  const flops = 2 * gateCount(kind) * H * (I + H) * T;
  return { kind, I, H, T, usPerStep: (median / T) * 1e6, gflops: flops / median / 1e9, bestGflops: flops / best / 1e9 };
}

interface TrainRow { kind: CellKind; I: number; H: number; T: number; O: number; perSecond: number; bestPerSecond: number }

/** trainStep on batches of one sequence: forward, readout at every step, MSE, full BPTT, Adam. */
function benchTraining(kind: CellKind, I: number, H: number, T: number, O: number): TrainRow {
  const model = createModel({ kind, inputSize: I, hiddenSize: H }, { outputSize: O, readoutAt: 'every', seed: 1 });
  const trainer = createTrainer(model, { loss: 'mse', optimizer: { kind: 'adam', lr: 1e-3 }, clipNorm: 1 });
  const batches: Sample[][] = Array.from({ length: 32 }, (_, k) => [
    { x: randomArray(T * I, 10 + k), target: randomArray(T * O, 100 + k) },
  ]);
  let next = 0;
  const { median, best } = secondsPerCall(() => {
    trainStep(trainer, batches[next]);
    next = (next + 1) % batches.length;
  });
  return { kind, I, H, T, O, perSecond: 1 / median, bestPerSecond: 1 / best };
}

const fmt = (v: number, digits: number) => v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function main(): void {
  const shapes: [number, number, number][] = [[1, 8, 100], [8, 32, 200], [32, 128, 500], [64, 512, 200]];
  const lines = [
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, float64;`
      + ` load average ${loadavg()[0].toFixed(1)} at the start.`,
    '',
    '| cell | input | hidden | length | forward µs/step | forward GFLOP/s | best sample GFLOP/s |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  for (const kind of ['gru', 'lstm'] as CellKind[]) {
    for (const [I, H, T] of shapes) {
      const r = benchForward(kind, I, H, T);
      process.stdout.write(`| ${kind} | ${I} | ${H} | ${T} | ${fmt(r.usPerStep, 2)} | ${fmt(r.gflops, 2)} | ${fmt(r.bestGflops, 2)} |\n`);
    }
  }
  process.stdout.write([
    '',
    'Training: batch of 1, dense readout at every step, MSE, full backward, global-norm clip, Adam.',
    '',
    '| cell | input | hidden | length | outputs | sequences/s | µs/step | best sample sequences/s |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ].join('\n') + '\n');
  for (const kind of ['gru', 'lstm'] as CellKind[]) {
    const r = benchTraining(kind, 8, 32, 50, 8);
    process.stdout.write(`| ${kind} | ${r.I} | ${r.H} | ${r.T} | ${r.O} | ${fmt(r.perSecond, 0)} | ${fmt(1e6 / r.perSecond / r.T, 2)} | ${fmt(r.bestPerSecond, 0)} |\n`);
  }
  process.stdout.write([
    '',
    'FLOPs counted per forward step: 2·G·H·(I + H), G = 3 (gru) or 4 (lstm).',
    `Medians of ${SAMPLES} samples of ≥ ${SAMPLE_MS} ms of process CPU time, after ${WARMUP_MS} ms of warm-up;`,
    'the best sample is shown too, since other load on the machine slows every sample down.',
  ].join('\n') + '\n');
}

main();
