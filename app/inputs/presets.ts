/**
 * Input sequences the learner can start from. Pure functions of (preset, size, length, seed);
 * this is data generation, not cell maths. Imports the engine's PRNG only.
 */
import { createRng } from '../../src/engine/prng';

export const INPUT_PRESETS = ['impulse', 'step', 'sine', 'square', 'noise', 'remember', 'count'] as const;
export type InputPreset = (typeof INPUT_PRESETS)[number];

export const PRESET_LABELS: Record<InputPreset, string> = {
  impulse: 'Impulse',
  step: 'Step',
  sine: 'Sine',
  square: 'Square wave',
  noise: 'Noise',
  remember: 'Remember the first value',
  count: 'Counting',
};

/** Channel c of step t (0-based) for a preset; other channels are shifted copies. */
function value(preset: InputPreset, t: number, c: number, T: number, noise: () => number): number {
  const phase = c * 0.25; // each extra channel is a quarter period later
  switch (preset) {
    case 'impulse':
      return t === c ? 1 : 0;
    case 'step':
      return t >= Math.floor(T / 3) + c ? 1 : 0;
    case 'sine':
      return Math.round(Math.sin(2 * Math.PI * (t / 8 - phase)) * 1000) / 1000;
    case 'square':
      return Math.floor(t / 4 + c * 2) % 2 === 0 ? 1 : -1;
    case 'noise':
      return Math.round(noise() * 1000) / 1000;
    case 'remember':
      // A value at t = 1 on channel 0, then silence; channel 1 (if any) cues the recall at the end.
      return c === 0 ? (t === 0 ? 0.8 : 0) : t === T - 1 ? 1 : 0;
    case 'count':
      return c === 0 ? 1 : Math.round(((t + 1) / T) * 1000) / 1000;
  }
}

/** A (T, I) sequence for the preset, rounded to 3 decimals so it reads well and fits a URL. */
export function presetInputs(preset: InputPreset, inputSize: number, steps: number, seed: number): Float64Array {
  const x = new Float64Array(steps * inputSize); // (T, I)
  const rng = createRng(seed ^ 0x5eed);
  const noise = () => rng.uniform(-1, 1);
  for (let t = 0; t < steps; t++) {
    for (let c = 0; c < inputSize; c++) x[t * inputSize + c] = value(preset, t, c, steps, noise);
  }
  return x;
}
