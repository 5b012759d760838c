import { describe, expect, test } from 'vitest';
import type { CellKind } from '../../../src/engine/types';
import { MICRO_STEPS } from '../../store/microSteps';
import { TERM_TEX, type Piece } from './pieces';
import { texToSpoken } from './plainTex';
import { cellEquations, conventionNotes, type EquationVariant } from './symbolic';

const tex = (pieces: Piece[]) => pieces.map((p) => (p.kind === 'number' ? String(p.value) : p.tex)).join('');
const texOf = (cell: CellKind, variant: EquationVariant) =>
  Object.fromEntries(cellEquations(cell, variant).map((eq) => [eq.quantity, tex(eq.pieces)]));
const pytorchAfter: EquationVariant = { reset: 'after', notation: 'pytorch' };

describe('the symbolic equations', () => {
  test('the GRU in PyTorch notation with the reset after the matmul', () => {
    expect(texOf('gru', pytorchAfter)).toEqual({
      r: 'r_t = \\sigma(W_{ir} x_t + b_{ir} + W_{hr} h_{t-1} + b_{hr})',
      z: 'z_t = \\sigma(W_{iz} x_t + b_{iz} + W_{hz} h_{t-1} + b_{hz})',
      n: 'n_t = \\tanh(W_{in} x_t + b_{in} + r_t \\odot (W_{hn} h_{t-1} + b_{hn}))',
      h: 'h_t = (1 - z_t) \\odot n_t + z_t \\odot h_{t-1}',
    });
  });

  test('reset before the matmul moves r inside W_hn', () => {
    expect(texOf('gru', { reset: 'before', notation: 'pytorch' }).n)
      .toBe('n_t = \\tanh(W_{in} x_t + b_{in} + W_{hn} (r_t \\odot h_{t-1}) + b_{hn})');
  });

  test("Chung et al.'s notation swaps z and 1 − z in the blend and writes z as 1 − σ(…)", () => {
    const chung = texOf('gru', { reset: 'after', notation: 'chung' });
    expect(chung.h).toBe('h_t = z_t \\odot n_t + (1 - z_t) \\odot h_{t-1}');
    expect(chung.z).toBe('z_t = 1 - \\sigma(W_{iz} x_t + b_{iz} + W_{hz} h_{t-1} + b_{hz})');
    expect(chung.r).toBe(texOf('gru', pytorchAfter).r);
  });

  test('the LSTM and the RNN', () => {
    expect(texOf('lstm', pytorchAfter)).toEqual({
      f: 'f_t = \\sigma(W_{if} x_t + b_{if} + W_{hf} h_{t-1} + b_{hf})',
      i: 'i_t = \\sigma(W_{ii} x_t + b_{ii} + W_{hi} h_{t-1} + b_{hi})',
      g: 'g_t = \\tanh(W_{ig} x_t + b_{ig} + W_{hg} h_{t-1} + b_{hg})',
      c: 'c_t = f_t \\odot c_{t-1} + i_t \\odot g_t',
      o: 'o_t = \\sigma(W_{io} x_t + b_{io} + W_{ho} h_{t-1} + b_{ho})',
      h: 'h_t = o_t \\odot \\tanh(c_t)',
    });
    expect(texOf('rnn', pytorchAfter)).toEqual({ h: 'h_t = \\tanh(W_{ih} x_t + b_{ih} + W_{hh} h_{t-1} + b_{hh})' });
  });

  test('equations come in micro-step order and every symbol of a term is a term piece', () => {
    for (const cell of ['gru', 'lstm', 'rnn'] as const) {
      const equations = cellEquations(cell, pytorchAfter);
      expect(equations.map((eq) => eq.quantity)).toEqual(MICRO_STEPS[cell].map((s) => s.quantity));
      for (const eq of equations) {
        expect(eq.pieces[0]).toEqual({ kind: 'term', term: eq.quantity, tex: TERM_TEX[eq.quantity] });
        for (const p of eq.pieces) if (p.kind === 'tex') expect(p.tex).not.toMatch(/[a-z]_t|_\{t-1\}|@/);
      }
    }
  });

  test('every equation reads as plain text with no TeX left over', () => {
    for (const cell of ['gru', 'lstm', 'rnn'] as const) {
      for (const reset of ['after', 'before'] as const) {
        for (const notation of ['pytorch', 'chung'] as const) {
          for (const eq of cellEquations(cell, { reset, notation })) {
            expect(texToSpoken(tex(eq.pieces))).not.toMatch(/[\\{}@]/);
          }
        }
      }
    }
  });

  test('the notes name the GRU convention and the notation', () => {
    expect(conventionNotes('gru', pytorchAfter).join(' ')).toMatch(/reset after the matmul \(PyTorch, cuDNN, Keras reset_after=True\).*z ≈ 1 keeps the old state/);
    expect(conventionNotes('gru', { reset: 'before', notation: 'chung' }).join(' '))
      .toMatch(/before the matmul \(Cho et al\. 2014.*their z is PyTorch’s 1 − z.*1 − the engine’s z/);
  });
});
