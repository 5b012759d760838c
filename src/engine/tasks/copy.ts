/**
 * The copy-memory problem (Hochreiter & Schmidhuber 1997; in the form of Arjovsky et al. 2016
 * and Bai et al. 2018). With delay T a sequence has T + 20 steps (0-based):
 *   steps 0..9          ten symbols drawn from 8          targets: blank
 *   steps 10..T+8       blanks (T − 1 of them)            targets: blank
 *   step  T+9           the delimiter: "recall now"       target:  blank
 *   steps T+10..T+19    blanks                            targets: the ten symbols, in order
 * So the delimiter takes the last of the T quiet steps, and symbol k is recalled T + 10 steps
 * after it was shown. Every step has a target; the loss is cross-entropy averaged over all.
 * Inputs are one-hot over 10 channels (8 symbols, blank, delimiter); outputs are 9 classes
 * (8 symbols, blank): the delimiter is never a target. Imports engine files only.
 */
import { LIMITS } from '../limits';
import { log } from '../portableMath';
import { createRng } from '../prng';
import { asClassification, checkOutputs, checkSpec } from './dataset';
import { meanCrossEntropy } from './metrics';
import type { ClassificationDataset, GenerateSpec, TaskSpec } from './task';

/** Symbols to remember per sequence. */
export const COPY_RECALL = 10;
/** Alphabet size of the remembered symbols (channels and classes 0..7). */
export const COPY_ALPHABET = 8;
/** Index of the blank: an input channel and an output class. */
export const COPY_BLANK = 8;
/** Index of the delimiter input channel. */
export const COPY_DELIMITER = 9;
/** "Solved" means a cross-entropy below this fraction of the baseline (LESSON.md, at T = 20). */
export const COPY_SOLVED_FRACTION = 0.1;

const INPUT_CHANNELS = COPY_ALPHABET + 2;
const CLASSES = COPY_ALPHABET + 1;
/** A logit this far below the others is a probability of e^−1000: zero in float64. */
const NEVER = -1000;

/**
 * The memoryless baseline: blank (cross-entropy 0) until the delimiter, then a uniform guess
 * over the 8 symbols (ln 8 each) at the 10 recall steps, averaged over all T + 20 steps.
 */
export function copyBaseline(T: number): number {
  return (COPY_RECALL * log(COPY_ALPHABET)) / (T + 2 * COPY_RECALL);
}

const shape = {
  kind: 'copy',
  minLength: 1,
  maxLength: LIMITS.maxSteps - 2 * COPY_RECALL,
  inputSize: INPUT_CHANNELS,
  stepsFor: (length: number) => length + 2 * COPY_RECALL,
} as const;

/** N copy sequences; per sequence the generator draws the ten symbols in order. */
export function generateCopy(spec: GenerateSpec): ClassificationDataset {
  checkSpec(shape, spec);
  const { length: T, count: N } = spec;
  const steps = shape.stepsFor(T);
  const I = INPUT_CHANNELS;
  const rng = createRng(spec.seed);
  const inputs = new Float64Array(N * steps * I); // (N, T + 20, I)
  const labels = new Float64Array(N * steps).fill(COPY_BLANK); // (N, T + 20)
  const delimiterStep = T + COPY_RECALL - 1;
  for (let n = 0; n < N; n++) {
    const base = n * steps;
    for (let t = 0; t < steps; t++) {
      let channel = COPY_BLANK;
      if (t < COPY_RECALL) {
        channel = rng.int(COPY_ALPHABET);
        labels[base + delimiterStep + 1 + t] = channel;
      } else if (t === delimiterStep) {
        channel = COPY_DELIMITER;
      }
      inputs[(base + t) * I + channel] = 1;
    }
  }
  return {
    task: 'copy', length: T, count: N, steps, inputSize: I,
    inputs, targetsAt: 'every', outputSize: CLASSES, loss: 'cross-entropy', labels,
  };
}

/** The copy-memory problem's row of the task table. */
export const copy: TaskSpec = {
  ...shape,
  title: 'Copy memory',
  lengthMeaning: 'delay T: steps from the last symbol to the first recall (sequence length T + 20)',
  defaultLength: 20,
  outputSize: CLASSES,
  loss: 'cross-entropy',
  targetsAt: 'every',
  metric: {
    name: 'cross-entropy',
    higherIsBetter: false,
    solvedWhen: `cross-entropy < ${COPY_SOLVED_FRACTION} × baseline (10·ln 8 / (T + 20))`,
  },
  generate: generateCopy,
  baseline: (T) => ({
    loss: copyBaseline(T),
    metric: copyBaseline(T),
    description: 'blank until the delimiter, then a uniform guess over the 8 symbols',
  }),
  baselineOutputs(data) {
    const { count: N, steps } = asClassification(data);
    const recallFrom = steps - COPY_RECALL;
    const out = new Float64Array(N * steps * CLASSES); // (N, T + 20, 9) logits
    for (let row = 0; row < N * steps; row++) {
      const isRecall = row % steps >= recallFrom;
      for (let c = 0; c < CLASSES; c++) out[row * CLASSES + c] = (c === COPY_BLANK) === isRecall ? NEVER : 0;
    }
    return out;
  },
  score(data, outputs) {
    const { labels } = asClassification(data);
    checkOutputs(data, outputs);
    const loss = meanCrossEntropy(outputs, labels, CLASSES);
    const baseline = copyBaseline(data.length);
    return { loss, metric: loss, baseline, solved: loss < COPY_SOLVED_FRACTION * baseline };
  },
};
