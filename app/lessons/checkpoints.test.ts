import { describe, expect, test } from 'vitest';
import type { Trace } from '../../src/engine/types';
import type { CellResult } from '../../src/worker/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../store/settingsSlice';
import { checkCheckpoint, CHECKPOINTS, forgetProducts, stepList } from './checkpoints';
import { LESSON } from './lesson';
import { slideState, tryPatch } from './slideState';
import { resultsFor } from './traces.testing';
import type { Slide } from './types';

const byId = (id: string) => LESSON.find((s) => s.id === id)!;
const stateOf = (slide: Slide) => slideState(slide, DEFAULT_SETTINGS).settings;
const tried = (slide: Slide, label: string, settings = stateOf(slide)): Settings => {
  const tryIt = slide.tries!.find((t) => t.label.startsWith(label))!;
  return { ...settings, ...tryPatch(tryIt, settings) };
};

/** A hand-made LSTM result over T steps of one unit: only h, c and f matter to the checks. */
function lstmResult(h: number[], c: number[], f: number[] = h.map(() => 0.5)): CellResult {
  const trace = {
    config: { kind: 'lstm', inputSize: 1, hiddenSize: 1 }, steps: h.length,
    h0: new Float64Array(1), c0: new Float64Array(1),
    h: Float64Array.from(h), c: Float64Array.from(c), act: { f: Float64Array.from(f) },
  } as unknown as Trace;
  return { trace, weights: {} as CellResult['weights'] };
}

describe('stepList', () => {
  test('joins runs of consecutive steps with a dash and the rest with commas', () => {
    expect(stepList([3])).toBe('3');
    expect(stepList([4, 5, 6, 7])).toBe('4–7');
    expect(stepList([1, 3, 4, 5, 9])).toBe('1, 3–5 and 9');
  });
});

describe('the GRU no-op checkpoint (slide 2)', () => {
  const slide = byId('gru-gates');

  test('is not reached with the gates free, and says how close the nearest step came', () => {
    const status = checkCheckpoint('gru-no-op', resultsFor(stateOf(slide)))!;
    expect(status.isReached).toBe(false);
    expect(status.text).toMatch(/smallest change is \S+, at step \d+\)\. Force z = 1\.$/);
  });

  test('is reached at every step once z = 1 copies h', () => {
    const status = checkCheckpoint('gru-no-op', resultsFor(tried(slide, 'z = 1')))!;
    expect(status).toEqual({ isReached: true, text: expect.stringContaining('at steps 1–12') });
  });

  test('is reached at just the step where z is forced to 1', () => {
    const settings = stateOf(slide);
    const status = checkCheckpoint('gru-no-op', resultsFor({ ...settings, overrides: { ...settings.overrides, gru: [{ gate: 'z', value: 1, t: 5 }] } }))!;
    expect(status.isReached).toBe(true);
    expect(status.text).toContain('at step 5:');
  });

  test('the plain-RNN and ignore-the-past cases are not no-ops', () => {
    expect(checkCheckpoint('gru-no-op', resultsFor(tried(slide, 'r = 1, z = 0')))!.isReached).toBe(false);
    expect(checkCheckpoint('gru-no-op', resultsFor(tried(slide, 'r = 0, z = 0')))!.isReached).toBe(false);
  });

  test('has nothing to say while no GRU is shown', () => {
    expect(checkCheckpoint('gru-no-op', resultsFor({ ...DEFAULT_SETTINGS, cells: ['lstm'] }))).toBeNull();
  });
});

describe('the LSTM store, hide and reveal checkpoints (slide 3)', () => {
  const slide = byId('lstm-gates');

  test('the engine keeps c from step 4 to the end and hides it until step 20', () => {
    const results = resultsFor(stateOf(slide));
    const keeps = checkCheckpoint('lstm-keeps', results)!;
    const hides = checkCheckpoint('lstm-hides', results)!;
    expect(keeps).toEqual({ isReached: true, text: expect.stringContaining('cₜ = cₜ₋₁ at steps 4–24') });
    expect(hides).toEqual({ isReached: true, text: expect.stringMatching(/^At steps 3–19, h = 0 in every unit while c holds .*c is not h\. At step 20 the output gate opens/) });
  });

  test('opening the output gate everywhere shows the cell, so nothing is hidden', () => {
    const results = resultsFor(tried(slide, 'Open o'));
    expect(checkCheckpoint('lstm-hides', results)!.isReached).toBe(false);
    expect(checkCheckpoint('lstm-keeps', results)!.isReached).toBe(true);
  });

  test('with the gates free the cell neither stays put nor hides', () => {
    const settings = stateOf(slide);
    const results = resultsFor({ ...settings, overrides: { ...settings.overrides, lstm: [] } });
    expect(checkCheckpoint('lstm-keeps', results)!.isReached).toBe(false);
    expect(checkCheckpoint('lstm-hides', results)!.isReached).toBe(false);
  });

  test('a cell that keeps or hides only zeros does not count', () => {
    const empty = lstmResult([0, 0, 0], [0, 0, 0]);
    expect(CHECKPOINTS['lstm-keeps'].check(empty).isReached).toBe(false);
    expect(CHECKPOINTS['lstm-hides'].check(empty).isReached).toBe(false);
    const hidden = lstmResult([0, 0, 0.4], [0.7, 0.7, 0.7]);
    expect(CHECKPOINTS['lstm-hides'].check(hidden).text).toBe('At steps 1–2, h = 0 in every unit while c holds 0.7 (unit 0): c is not h. At step 3 the output gate opens: h = 0.4.');
  });
});

describe('the growing cell checkpoint (slide 4)', () => {
  const slide = byId('where-gates-act');

  test('f = 1 and i = 1 let c pass 1 while h stays inside (−1, 1)', () => {
    const status = checkCheckpoint('lstm-grows', resultsFor(stateOf(slide)))!;
    expect(status.isReached).toBe(true);
    expect(status.text).toMatch(/^c passes 1 at step \d+ .* stays within ±0\.\d+\.$/);
  });

  test('with the LSTM’s gates free, |c| stays at most 1', () => {
    const status = checkCheckpoint('lstm-grows', resultsFor(tried(slide, 'All gates free')))!;
    expect(status.isReached).toBe(false);
  });

  test('exactly 1 is not past 1', () => {
    expect(CHECKPOINTS['lstm-grows'].check(lstmResult([0.5, 0.7], [0.5, 1])).isReached).toBe(false);
    expect(CHECKPOINTS['lstm-grows'].check(lstmResult([0.5, 0.7], [0.5, -1.01])).isReached).toBe(true);
  });
});

describe('the cell-path gradient checkpoint (slide 6)', () => {
  const slide = byId('additive-highway');

  test('∏ fₜ is the product of the trace’s forget gates, unit by unit', () => {
    expect(forgetProducts(lstmResult([0, 0, 0], [0, 0, 0], [0.5, 0.8, 0.25]))).toEqual([0.1]);
  });

  test('forget bias 1 keeps far less than 1 % over 50 steps; forget bias 3 keeps more in every unit', () => {
    expect(checkCheckpoint('cell-path-keeps', resultsFor(tried(slide, 'Forget bias 1')))!.isReached).toBe(false);
    expect(checkCheckpoint('cell-path-keeps', resultsFor(tried(slide, 'Forget bias 2')))!.isReached).toBe(false);
    const status = checkCheckpoint('cell-path-keeps', resultsFor(tried(slide, 'Forget bias 3')))!;
    expect(status).toEqual({ isReached: true, text: expect.stringMatching(/^∏ fₜ over 50 steps is \S+ % to \S+ % across the units: every unit keeps/) });
  });
});
