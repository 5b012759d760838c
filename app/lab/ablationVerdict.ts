/**
 * The ablation view's judgement (LESSON.md slide 12): the five LSTM ablations with what each
 * removes, the published verdict of Greff et al. 2017 ("LSTM: A Search Space Odyssey"), how much
 * an ablation hurt in the learner's own runs, and how a prediction compares with the paper.
 * Pure functions (tested). Imports engine types and the task table.
 */
import type { TaskSpec } from '../../src/engine/tasks/task';
import type { LstmAblation } from '../../src/engine/types';

export type Ablation = Exclude<LstmAblation, 'none'>;

/** How much removing a part hurts, from the learner's three choices. */
export type Effect = 'a lot' | 'a little' | 'not at all';
export const EFFECTS: readonly Effect[] = ['a lot', 'a little', 'not at all'];

export const ABLATIONS: readonly Ablation[] = ['no-input-gate', 'no-forget-gate', 'no-output-gate', 'coupled', 'no-output-activation'];

export const ABLATION_TEXT: Record<Ablation, { name: string; change: string }> = {
  'no-input-gate': { name: 'No input gate', change: 'i = 1: every candidate is written in full' },
  'no-forget-gate': { name: 'No forget gate', change: 'f = 1: the cell never forgets, it only adds' },
  'no-output-gate': { name: 'No output gate', change: 'o = 1: the whole cell is exposed, h = tanh(c)' },
  coupled: { name: 'Input and forget coupled', change: 'i = 1 − f: write only as much as is forgotten (as the GRU does)' },
  'no-output-activation': { name: 'No output activation', change: 'h = o ⊙ c: no tanh to bound what leaves the cell' },
};

/**
 * Greff et al. 2017 (eight LSTM variants on speech (TIMIT), handwriting (IAM Online) and music
 * (JSB Chorales), hundreds of random-search runs each). Their summary: the forget gate and the
 * output activation are the critical parts (removing either hurt on all three data sets);
 * removing the input or the output gate hurt on speech and handwriting but not on music;
 * coupling the input and forget gates did not hurt significantly.
 */
export const PUBLISHED: Record<Ablation, { effect: Effect; why: string }> = {
  'no-forget-gate': { effect: 'a lot', why: 'critical: significantly worse on all three data sets' },
  'no-output-activation': { effect: 'a lot', why: 'critical: significantly worse on all three data sets (the cell state is unbounded)' },
  'no-input-gate': { effect: 'a little', why: 'worse on speech and handwriting, no significant change on music' },
  'no-output-gate': { effect: 'a little', why: 'worse on speech and handwriting, no significant change on music' },
  coupled: { effect: 'not at all', why: 'no significant change on any data set: a simpler LSTM for free' },
};

/** How a prediction stands against the paper: the same, one step off, or the opposite end. */
export type Agreement = 'matches' | 'close' | 'differs';

export function compareWithPublished(prediction: Effect, ablation: Ablation): Agreement {
  const gap = Math.abs(EFFECTS.indexOf(prediction) - EFFECTS.indexOf(PUBLISHED[ablation].effect));
  return gap === 0 ? 'matches' : gap === 1 ? 'close' : 'differs';
}

/** Predictions that match the paper exactly, out of those made. */
export function countMatches(predictions: Partial<Record<Ablation, Effect>>): { matches: number; made: number } {
  let matches = 0, made = 0;
  for (const ablation of ABLATIONS) {
    const p = predictions[ablation];
    if (!p) continue;
    made += 1;
    if (compareWithPublished(p, ablation) === 'matches') matches += 1;
  }
  return { matches, made };
}

/** Share of the full LSTM's progress over the baseline an ablation must lose to count as hurting. */
export const HURT_THRESHOLDS = { aLot: 0.5, aLittle: 0.15 } as const;

export type Measured =
  | { kind: 'effect'; effect: Effect; lost: number }
  /** The full LSTM did no better than the baseline: nothing to lose, so no comparison. */
  | { kind: 'no-reference'; why: string };

/**
 * How much an ablation hurt in these runs: the share of the full LSTM's progress from the
 * baseline that it lost. Loss-like metrics (MSE, cross-entropy) span decades, so they are
 * compared on a log scale: from 0.167 to 0.0005 is the progress, and 0.01 has lost about half
 * of it. Accuracy is compared on a linear scale. A metric that is not a finite number lost everything.
 */
export function measureEffect(metric: TaskSpec['metric'], baseline: number, full: number, ablated: number): Measured {
  const scale = metric.higherIsBetter ? (v: number) => v : (v: number) => -Math.log(Math.max(v, Number.MIN_VALUE));
  const progress = scale(full) - scale(baseline);
  // Twice better than the baseline (log scale) or 0.1 above it (accuracy): some learning to lose.
  const minProgress = metric.higherIsBetter ? 0.1 : Math.LN2;
  if (!Number.isFinite(full) || !(progress >= minProgress)) {
    return { kind: 'no-reference', why: 'the full LSTM did not beat the baseline in these steps; train longer to compare' };
  }
  const lost = Number.isFinite(ablated) ? (scale(full) - scale(ablated)) / progress : Infinity;
  const effect: Effect = lost >= HURT_THRESHOLDS.aLot ? 'a lot' : lost >= HURT_THRESHOLDS.aLittle ? 'a little' : 'not at all';
  return { kind: 'effect', effect, lost };
}

/** A finished run's test metric by its ablation ('none' is the full LSTM). */
export type MetricsByAblation = Partial<Record<LstmAblation, number>>;

/** measureEffect for every ablation whose run and the full LSTM's have finished (null otherwise). */
export function measureAll(metric: TaskSpec['metric'], baseline: number, metrics: MetricsByAblation): Record<Ablation, Measured | null> {
  const full = metrics.none;
  return Object.fromEntries(ABLATIONS.map((a) => {
    const ablated = metrics[a];
    return [a, full !== undefined && ablated !== undefined ? measureEffect(metric, baseline, full, ablated) : null];
  })) as Record<Ablation, Measured | null>;
}

/** The ablations whose measured effect here differs from the paper's verdict. */
export function disagreementsWithPublished(measured: Record<Ablation, Measured | null>): Ablation[] {
  return ABLATIONS.filter((a) => {
    const m = measured[a];
    return m?.kind === 'effect' && m.effect !== PUBLISHED[a].effect;
  });
}
