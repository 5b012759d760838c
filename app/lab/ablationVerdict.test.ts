import { describe, expect, test } from 'vitest';
import { TASKS } from '../../src/engine/tasks/registry';
import { LAB_ABLATIONS } from '../../src/engine/lab/spec';
import { ABLATIONS, compareWithPublished, countMatches, disagreementsWithPublished, measureAll, measureEffect, PUBLISHED } from './ablationVerdict';

describe('ablation verdict', () => {
  test('the view covers every ablation the engine has, and nothing else', () => {
    expect([...ABLATIONS].sort()).toEqual(LAB_ABLATIONS.filter((a) => a !== 'none').sort());
  });

  test('Greff et al.: forget gate and output activation critical, coupling harmless', () => {
    expect(PUBLISHED['no-forget-gate'].effect).toBe('a lot');
    expect(PUBLISHED['no-output-activation'].effect).toBe('a lot');
    expect(PUBLISHED.coupled.effect).toBe('not at all');
  });

  test('a prediction matches, is one step off, or is at the other end', () => {
    expect(compareWithPublished('a lot', 'no-forget-gate')).toBe('matches');
    expect(compareWithPublished('a little', 'no-forget-gate')).toBe('close');
    expect(compareWithPublished('not at all', 'no-forget-gate')).toBe('differs');
    expect(compareWithPublished('a lot', 'coupled')).toBe('differs');
    expect(countMatches({ coupled: 'not at all', 'no-forget-gate': 'a little', 'no-input-gate': 'a little' })).toEqual({ matches: 2, made: 3 });
    expect(countMatches({})).toEqual({ matches: 0, made: 0 });
  });

  test('MSE is compared on a log scale between the full LSTM and the baseline', () => {
    const { metric } = TASKS.adding;
    const baseline = 1 / 6, full = 5e-4;
    // Half the decades from 5e-4 up to 1/6: about 9.1e-3.
    const half = Math.sqrt(baseline * full);
    expect(measureEffect(metric, baseline, full, half * 1.01)).toMatchObject({ kind: 'effect', effect: 'a lot' });
    expect(measureEffect(metric, baseline, full, half * 0.99)).toMatchObject({ kind: 'effect', effect: 'a little' });
    expect(measureEffect(metric, baseline, full, 6e-4)).toMatchObject({ kind: 'effect', effect: 'not at all' });
    // Better than the full LSTM: lost nothing.
    expect(measureEffect(metric, baseline, full, 1e-4)).toMatchObject({ kind: 'effect', effect: 'not at all' });
    // A diverged run lost everything.
    expect(measureEffect(metric, baseline, full, NaN)).toMatchObject({ kind: 'effect', effect: 'a lot', lost: Infinity });
    const lost = measureEffect(metric, baseline, full, baseline);
    expect(lost.kind === 'effect' && lost.lost).toBeCloseTo(1, 12);
  });

  test('accuracy is compared on a linear scale', () => {
    const { metric } = TASKS.order;
    expect(measureEffect(metric, 0.25, 1, 0.6)).toMatchObject({ kind: 'effect', effect: 'a lot' }); // lost 0.4 / 0.75
    expect(measureEffect(metric, 0.25, 1, 0.85)).toMatchObject({ kind: 'effect', effect: 'a little' }); // 0.2
    expect(measureEffect(metric, 0.25, 1, 0.95)).toMatchObject({ kind: 'effect', effect: 'not at all' });
  });

  test('no verdict when the full LSTM has not learned anything yet', () => {
    expect(measureEffect(TASKS.adding.metric, 1 / 6, 0.12, 0.5).kind).toBe('no-reference');
    expect(measureEffect(TASKS.order.metric, 0.25, 0.3, 0.2).kind).toBe('no-reference');
    expect(measureEffect(TASKS.adding.metric, 1 / 6, NaN, 0.01).kind).toBe('no-reference');
  });
});

describe('ablation runs against the paper', () => {
  const { metric } = TASKS.adding;
  test('every finished ablation is measured against the full LSTM; unfinished ones are null', () => {
    const measured = measureAll(metric, 1 / 6, { none: 1e-3, 'no-forget-gate': 0.15, coupled: 1.1e-3 });
    expect(measured['no-forget-gate']).toMatchObject({ kind: 'effect', effect: 'a lot' });
    expect(measured.coupled).toMatchObject({ kind: 'effect', effect: 'not at all' });
    expect(measured['no-input-gate']).toBeNull();
    expect(measureAll(metric, 1 / 6, { coupled: 1e-3 }).coupled).toBeNull(); // no full LSTM yet
  });

  test('disagreements list the ablations whose measured effect is not the published one', () => {
    // The forget gate removed and no worse: the paper says it hurts a lot.
    const measured = measureAll(metric, 1 / 6, { none: 1e-3, 'no-forget-gate': 9e-4, coupled: 1e-3, 'no-output-activation': 0.16 });
    expect(disagreementsWithPublished(measured)).toEqual(['no-forget-gate']);
    expect(disagreementsWithPublished(measureAll(metric, 1 / 6, { none: 0.16, coupled: 0.16 }))).toEqual([]); // no reference: no verdict
  });
});
