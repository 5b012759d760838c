import { describe, expect, test } from 'vitest';
import { MICRO_STEPS } from '../../store/microSteps';
import { diagramLabel, nodeLabel, termName, valuesInWords } from './nodeLabels';

describe('the words of a cell diagram', () => {
  test('each term is named for its cell', () => {
    expect(termName('gru', 'z')).toBe('update gate z');
    expect(termName('lstm', 'cPrev')).toBe('previous cell state c(t−1)');
    expect(termName('lstm', 'g')).toBe('candidate g');
  });

  test('up to 8 units every value is listed at full precision', () => {
    expect(valuesInWords([0.5234567891234, -0.1])).toBe('0.5234567891234, -0.1');
    expect(valuesInWords(new Float64Array(8).fill(0.5)).split(', ')).toHaveLength(8);
  });

  test('beyond 8 units only the count and range are said', () => {
    const values = Float64Array.from({ length: 16 }, (_, k) => k / 10 - 0.5);
    expect(valuesInWords(values)).toBe('16 units from -0.5 to 1');
  });

  test('a node says its name, step, whether it is computing now or later, and any override', () => {
    expect(nodeLabel('gru', 'z', 3, [0.52, 0.31], { isActive: true, isPending: false }))
      .toBe('update gate z, step 3, computing now: 0.52, 0.31');
    expect(nodeLabel('lstm', 'o', 1, [0.4], { isActive: false, isPending: true }))
      .toBe('output gate o, step 1, computed later in this step: 0.4');
    expect(nodeLabel('lstm', 'f', 2, [1], { isActive: false, isPending: false, forced: 'forced to 1 in every unit' }))
      .toBe('forget gate f, step 2, forced to 1 in every unit: 1');
  });

  test('the diagram says which cell, the reset placement, the step and what is being computed', () => {
    expect(diagramLabel('gru', 3, MICRO_STEPS.gru[1], 'before')).toBe(
      'GRU cell diagram (reset applied before the recurrent matmul, as in Cho et al. 2014), time step 3: ' +
        'computing the update gate z. Arrow keys move between its gates and states.',
    );
    expect(diagramLabel('lstm', 1, null, 'after')).toBe(
      'LSTM cell diagram, time step 1: all gates of the step at once. Arrow keys move between its gates and states.',
    );
  });
});
