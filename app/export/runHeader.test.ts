import { describe, expect, test } from 'vitest';
import { runHeader } from './runHeader';
import { computedSource } from './sourceForTests';
import { traceToCsv } from './traceCsv';

describe('the run header with cells of different sizes', () => {
  const gru = computedSource({ cells: ['gru'], hiddenSize: 5 });
  const lstm = computedSource({ cells: ['lstm'], hiddenSize: 2 });
  const mixed = { ...gru, cells: [gru.cells[0], lstm.cells[0]] };

  test('gives each cell its own hidden size and no shared one', () => {
    const header = runHeader(mixed);
    expect(header.cells.map((c) => [c.cell, c.hidden_size])).toEqual([['gru', 5], ['lstm', 2]]);
    expect(header.sizes.hidden_size).toBeNull();
    expect(runHeader(computedSource({ hiddenSize: 3 })).sizes.hidden_size).toBe(3);
  });

  test('the CSV comment names both sizes', () => {
    expect(traceToCsv(mixed)).toContain('# sizes: input_size 2, hidden_size gru 5 / lstm 2, steps 4\n');
  });

  test('says where trained weights came from', () => {
    const settings = { ...mixed.settings, imported: { gru: { cell: 'gru' as const, weights: gru.cells[0].weights, h0: new Float64Array(5), c0: new Float64Array(5) } }, trainedLabel: 'Adding, seed 1' };
    expect(runHeader({ ...mixed, settings }).cells[0].weights).toBe('trained in the lab: Adding, seed 1 (with its h0 and c0)');
  });
});
