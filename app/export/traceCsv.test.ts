import { describe, expect, test } from 'vitest';
import { computedSource } from './sourceForTests';
import { TRACE_COLUMNS } from './traceColumns';
import { traceToCsv } from './traceCsv';

/** The comment lines and the table (header row + data rows) of a CSV text. */
function parse(text: string) {
  const lines = text.trimEnd().split('\n');
  const comments = lines.filter((l) => l.startsWith('#'));
  const [head, ...rows] = lines.filter((l) => !l.startsWith('#'));
  return { comments, columns: head.split(','), rows: rows.map((r) => r.split(',')) };
}

describe('the trace as CSV', () => {
  test('has one row per (cell, step, unit), after the # comment lines', () => {
    const source = computedSource({ cells: ['gru', 'lstm', 'rnn'], hiddenSize: 3, steps: 5 });
    const text = traceToCsv(source);
    const { comments, rows } = parse(text);
    expect(text.split('\n').slice(0, comments.length).every((l) => l.startsWith('# '))).toBe(true);
    expect(rows).toHaveLength(3 * 5 * 3);
    const keys = rows.map(([cell, t, unit]) => `${cell}/${t}/${unit}`);
    expect(new Set(keys).size).toBe(rows.length);
    expect(keys.slice(0, 4)).toEqual(['gru/1/0', 'gru/1/1', 'gru/1/2', 'gru/2/0']);
  });

  test('a GRU and an LSTM share the documented columns, in order', () => {
    const { columns } = parse(traceToCsv(computedSource({ cells: ['gru', 'lstm'], inputSize: 2 })));
    expect(columns).toEqual([
      'cell', 't', 'unit', 'x_0', 'x_1', 'h_prev', 'c_prev',
      'pre_r', 'r', 'pre_z', 'z', 'pre_n_x', 'pre_n_h', 'pre_n', 'n',
      'pre_i', 'i', 'pre_f', 'f', 'pre_g', 'g', 'pre_o', 'o', 'c', 'tanh_c', 'h', 'forced',
    ]);
  });

  test('a cell alone gets only its own columns', () => {
    expect(parse(traceToCsv(computedSource({ cells: ['rnn'], inputSize: 1 }))).columns)
      .toEqual(['cell', 't', 'unit', 'x_0', 'h_prev', 'pre_h', 'h', 'forced']);
  });

  test('every number reads back as exactly the double in the trace', () => {
    const source = computedSource({ cells: ['gru', 'lstm', 'rnn'], inputSize: 2, hiddenSize: 4, steps: 6, reset: 'before' });
    const { columns, rows } = parse(traceToCsv(source));
    let compared = 0;
    for (const row of rows) {
      const trace = source.cells.find((c) => c.trace.config.kind === row[0])!.trace;
      const t = Number(row[1]) - 1, j = Number(row[2]);
      for (const column of TRACE_COLUMNS) {
        const field = row[columns.indexOf(column.name)];
        if (field === undefined) continue;
        if (!column.cells.includes(trace.config.kind)) {
          expect(field).toBe('');
          continue;
        }
        expect(Object.is(Number(field), column.read(trace, t, j)), `${row[0]} ${column.name} t=${t + 1} unit ${j}`).toBe(true);
        compared++;
      }
      expect(Object.is(Number(row[columns.indexOf('x_1')]), trace.x[t * 2 + 1])).toBe(true);
    }
    expect(compared).toBe(4 * 6 * (10 + 13 + 3)); // per unit and step: gru 10 quantities, lstm 13, rnn 3
  });

  test('the values on a row are the trace buffers themselves (h, gates, c)', () => {
    const source = computedSource({ cells: ['lstm'], hiddenSize: 2, steps: 3 });
    const { trace } = source.cells[0];
    const { columns, rows } = parse(traceToCsv(source));
    const row = rows.find((r) => r[1] === '3' && r[2] === '1')!;
    const k = 2 * 2 + 1; // t = 3, unit 1 in a (T, H) buffer
    expect(Number(row[columns.indexOf('h')])).toBe(trace.h[k]);
    expect(Number(row[columns.indexOf('f')])).toBe(trace.act.f![k]);
    expect(Number(row[columns.indexOf('c')])).toBe(trace.c[k]);
    expect(Number(row[columns.indexOf('c_prev')])).toBe(trace.c[k - 2]);
  });

  test('a forced gate is named on its rows, and a forced −0 stays −0', () => {
    const source = computedSource({
      cells: ['gru'], hiddenSize: 2, steps: 3,
      overrides: { gru: [{ gate: 'z', value: 1, t: 2 }, { gate: 'n', value: -0, unit: 1 }] },
    });
    const { columns, rows } = parse(traceToCsv(source));
    const forced = rows.map((r) => `${r[1]}/${r[2]}:${r[columns.indexOf('forced')]}`);
    expect(forced).toEqual(['1/0:', '1/1:n', '2/0:z', '2/1:z n', '3/0:', '3/1:n']);
    const n = rows.map((r) => r[columns.indexOf('n')]);
    expect(n[1]).toBe('-0');
    expect(Object.is(Number(n[1]), -0)).toBe(true);
  });

  test('the comment lines name the cells, variants, convention, sizes and every column', () => {
    const source = computedSource({ cells: ['gru', 'lstm'], reset: 'before', overrides: { gru: [{ gate: 'z', value: 1 }] } });
    const { comments, columns } = parse(traceToCsv(source));
    const text = comments.join('\n');
    expect(text).toContain('# cells: gru, lstm');
    expect(text).toContain('# gru variant: reset before the matmul');
    expect(text).toContain('# lstm variant: ablation none');
    expect(text).toContain('# gru overrides: z = 1 at all steps, all units');
    expect(text).toContain('z ≈ 1 keeps the old state');
    expect(text).toContain('gru r|z|n, lstm i|f|g|o');
    expect(text).toContain('# sizes: input_size 2, hidden_size 3, steps 4');
    expect(text).toContain(`# link: ${source.link}`);
    for (const name of columns) expect(text).toContain(`# column ${name}: `);
  });
});
