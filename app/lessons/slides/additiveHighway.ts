/**
 * Slide 6: the additive highway, honestly — the cell path's gradient is ∏ fₜ, which the forget
 * bias decides at init. Imports lesson files.
 */
import { FORGET_BIAS_AT_INIT, SOURCES } from '../facts';
import type { Slide } from '../types';

export const additiveHighway: Slide = {
  id: 'additive-highway',
  title: 'The additive highway, honestly',
  claim: 5,
  body: [
    'Along the LSTM’s cell path, the gradient from step 50 back to step 1 is the product of the forget gates, ∏ fₜ. Adding instead of multiplying helps only while f stays near 1.',
    'At initialisation f ≈ σ(b_f): with b_f = 1 that is 0.73, and 0.73⁵⁰ ≈ 1.6e−7. The gates must learn f → 1 or start near it, so gating mitigates vanishing gradients; it does not prevent them.',
  ],
  notes: {
    say: 'The checkpoint multiplies this trace’s own forget gates over the 50 steps, unit by unit. The table does the same for f = σ(b_f) exactly. Click through the forget biases.',
    ask: 'Which forget bias keeps at least 1 % of the gradient after 50 steps at init?',
    answer: 'b_f = 3: 0.953⁵⁰ ≈ 8.8 %. b_f = 2 keeps 0.18 % and b_f = 1 keeps 1.6e−7. The GRU’s copy path ∏ zₜ has no such offset at init (z ≈ 0.5).',
  },
  apply: { cells: ['gru', 'lstm'], steps: 50, forgetBias: 1, input: { kind: 'preset', preset: 'remember' }, isParallel: true },
  walk: [1, 50],
  highlight: { cell: 'lstm', term: 'f' },
  checkpoints: ['cell-path-keeps'],
  tries: [0, 1, 2, 3].map((forgetBias) => ({ label: `Forget bias ${forgetBias}`, settings: { forgetBias } })),
  needs: 'gradient-meter',
  labForm: 'lt=adding&ll=100&lk=1',
  figure: {
    kind: 'table',
    caption: 'The forget gate at init and what 50 steps of it keep',
    head: ['forget bias b_f', 'f = σ(b_f)', 'f⁵⁰'],
    rows: FORGET_BIAS_AT_INIT.map(([bias, gate, after]) => [String(bias), gate, bias === 3 ? { text: after, isStrong: true } : after]),
    source: SOURCES.lesson,
  },
};
