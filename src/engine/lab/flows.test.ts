import { describe, expect, it } from 'vitest';
import { toSamples } from '../tasks/dataset';
import { labGradientFlow, labTestSample } from './flows';
import { createLabRun } from './run';
import type { LabSpec } from './spec';

const SPEC: LabSpec = { task: 'adding', length: 20, cell: 'lstm', seed: 3, preset: '350', steps: 4, trainCount: 32, testCount: 10 };

describe('lab gradient flow', () => {
  it('labTestSample is the run’s own test sequence', () => {
    const run = createLabRun(SPEC);
    const samples = toSamples(run.test);
    for (const n of [0, 4]) {
      expect(labTestSample(SPEC, n).x).toEqual(samples[n].x);
      expect(labTestSample(SPEC, n).target).toEqual(samples[n].target);
    }
  });

  it('at init, a larger forget bias keeps more of the lstm cell path over the sequence', () => {
    const kept = [0, 1, 2, 3].map((forgetBias) => labGradientFlow({ ...SPEC, forgetBias }).highway!.mean[0]);
    for (let k = 1; k < kept.length; k++) expect(kept[k]).toBeGreaterThan(kept[k - 1]);
  });

  it('after training, the flow is of the trained weights, not the initial ones', () => {
    const run = createLabRun(SPEC);
    run.step(4);
    const trained = labGradientFlow(SPEC, run.model);
    const initial = labGradientFlow(SPEC, run.initialModel);
    expect(initial.dLdh).toEqual(labGradientFlow(SPEC).dLdh);
    expect(trained.dLdh).not.toEqual(initial.dLdh);
  });
});
