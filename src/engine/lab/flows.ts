/**
 * Gradient flow for the lab's screens: one held-out sequence of a spec's task, and its flow
 * through a model at initialisation (any forget bias, without training anything) or after a
 * run. Imports engine files only.
 */
import type { Model } from '../model';
import { splitSeeds, toSamples } from '../tasks/dataset';
import { TASKS } from '../tasks/registry';
import type { Sample } from '../train';
import { gradientFlow, type GradientFlow } from './gradflow';
import { createLabModel } from './run';
import { resolveLabSpec, type LabSpec } from './spec';

/**
 * Test sequence n of the spec's run, generated on its own: the generators draw sequence after
 * sequence, so the first n + 1 of the test seed's stream are the run's test set's first n + 1.
 */
export function labTestSample(spec: LabSpec, n = 0): Sample {
  const s = resolveLabSpec(spec);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`test sequence: expected a whole number ≥ 0, got ${n}`);
  const data = TASKS[s.task].generate({ length: s.length, count: n + 1, seed: splitSeeds(s.seed).test });
  return toSamples(data)[n];
}

/**
 * The flow of test sequence n through `model`, or through the spec's freshly initialised model
 * (what the forget-bias slider of slide 6 shows) when no model is given.
 */
export function labGradientFlow(spec: LabSpec, model: Model = createLabModel(spec), n = 0): GradientFlow {
  return gradientFlow(model, labTestSample(spec, n), TASKS[spec.task].loss);
}
