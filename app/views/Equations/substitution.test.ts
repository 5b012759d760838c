import { describe, expect, test } from 'vitest';
import { fakeResult } from './fakeResult';
import type { Piece } from './pieces';
import { numbersLine, termValues } from './substitution';

/** A line as text, numbers in ⟨⟩ with their term when they have one. */
const show = (pieces: Piece[]) =>
  pieces.map((p) => (p.kind === 'number' ? `⟨${p.value}${p.term ? `:${p.term}` : ''}⟩` : p.tex)).join('');

// Step 2, unit 1: aIh/aHh row 1 starts at G·H; act/pre of block b at 4000 + 100b + 10 + 1.
describe('the numbers substituted for one unit', () => {
  test('a GRU gate shows σ(input path + (hidden path)) = σ(pre) = act, read from the trace', () => {
    expect(show(numbersLine(fakeResult('gru'), 'z', 2, 1, 'pytorch')))
      .toBe('z[1] = \\sigma(⟨1009⟩ + (⟨-2009⟩)) = \\sigma(⟨3111⟩) = ⟨4111:z⟩');
  });

  test('the GRU candidate with reset after multiplies r into the hidden path', () => {
    expect(show(numbersLine(fakeResult('gru'), 'n', 2, 1, 'pytorch')))
      .toBe('n[1] = \\tanh(⟨1011⟩ + ⟨4011:r⟩ \\cdot (⟨-2011⟩)) = \\tanh(⟨3211⟩) = ⟨4211:n⟩');
  });

  test('the GRU candidate with reset before adds the hidden path of r ⊙ h as it is', () => {
    expect(show(numbersLine(fakeResult('gru', 'before'), 'n', 2, 1, 'pytorch')))
      .toBe('n[1] = \\tanh(⟨1011⟩ + (⟨-2011⟩)) = \\tanh(⟨3211⟩) = ⟨4211:n⟩');
  });

  test('the GRU blend uses z, n and the previous h (h_1 at step 2, h0 at step 1)', () => {
    expect(show(numbersLine(fakeResult('gru'), 'h', 2, 1, 'pytorch')))
      .toBe('h[1] = (1 - ⟨4111:z⟩) \\cdot ⟨4211:n⟩ + ⟨4111:z⟩ \\cdot ⟨5001:hPrev⟩ = ⟨5011:h⟩');
    expect(show(numbersLine(fakeResult('gru'), 'h', 1, 0, 'pytorch')))
      .toBe('h[0] = (1 - ⟨4100:z⟩) \\cdot ⟨4200:n⟩ + ⟨4100:z⟩ \\cdot ⟨0.01:hPrev⟩ = ⟨5000:h⟩');
  });

  test("Chung's notation shows 1 − the engine's z, in the z line and in the blend", () => {
    const result = fakeResult('gru');
    expect(show(numbersLine(result, 'z', 2, 1, 'chung')))
      .toBe('z[1] = 1 - \\sigma(⟨1009⟩ + (⟨-2009⟩)) = 1 - \\sigma(⟨3111⟩) = 1 - ⟨4111⟩ = ⟨-4110:z⟩');
    expect(show(numbersLine(result, 'h', 2, 1, 'chung')))
      .toBe('h[1] = (⟨-4110:z⟩) \\cdot ⟨4211:n⟩ + (1 - (⟨-4110:z⟩)) \\cdot ⟨5001:hPrev⟩ = ⟨5011:h⟩');
  });

  test('a forced gate shows "forced = v" instead of σ(…)', () => {
    const result = fakeResult('gru', 'after', { z: 1 });
    expect(show(numbersLine(result, 'z', 2, 1, 'pytorch'))).toBe('z[1] = \\text{forced} = ⟨1:z⟩');
    expect(show(numbersLine(result, 'z', 2, 1, 'chung'))).toBe('z[1] = 1 - (\\text{forced}\\ ⟨4111⟩) = ⟨-4110:z⟩');
    // Only the forced unit and step: the others still show σ(…).
    expect(show(numbersLine(result, 'z', 2, 0, 'pytorch'))).toMatch(/^z\[0\] = \\sigma\(/);
  });

  test('the LSTM cell and hidden state use f, c_prev, i, g, o and tanh(c) from the trace', () => {
    const result = fakeResult('lstm');
    expect(show(numbersLine(result, 'c', 2, 1, 'pytorch')))
      .toBe('c[1] = ⟨4111:f⟩ \\cdot ⟨6001:cPrev⟩ + ⟨4011:i⟩ \\cdot ⟨4211:g⟩ = ⟨6011:c⟩');
    expect(show(numbersLine(result, 'h', 2, 1, 'pytorch')))
      .toBe('h[1] = ⟨4311:o⟩ \\cdot \\tanh(⟨6011:c⟩) = ⟨4311:o⟩ \\cdot ⟨7011⟩ = ⟨5011:h⟩');
    expect(show(numbersLine(result, 'g', 1, 0, 'pytorch')))
      .toBe('g[0] = \\tanh(⟨1004⟩ + (⟨-2004⟩)) = \\tanh(⟨3200⟩) = ⟨4200:g⟩');
    expect(show(numbersLine(result, 'c', 1, 0, 'pytorch'))).toContain('⟨0.03:cPrev⟩');
  });

  test('the RNN shows tanh(input path + hidden path) = h', () => {
    expect(show(numbersLine(fakeResult('rnn'), 'h', 2, 1, 'pytorch')))
      .toBe('h[1] = \\tanh(⟨1003⟩ + (⟨-2003⟩)) = \\tanh(⟨3011⟩) = ⟨4011:h⟩');
  });

  test('term values: each quantity and state of the unit, all of x, and Chung’s z relabelled', () => {
    expect(termValues(fakeResult('gru'), 2, 1, 'pytorch'))
      .toEqual({ x: [-0.25], hPrev: [5001], r: [4011], z: [4111], n: [4211], h: [5011] });
    expect(termValues(fakeResult('gru'), 2, 1, 'chung').z).toEqual([1 - 4111]);
    expect(termValues(fakeResult('lstm'), 1, 0, 'pytorch')).toMatchObject({ cPrev: [0.03], c: [6000], hPrev: [0.01] });
  });
});
