/**
 * The trace as CSV: `#` comment lines describing the run (cells, variants, convention, sizes,
 * input, weights, forced gates, cursor, link, and every column), then a header row and one row
 * per (cell, step, unit). Numbers at full precision (String(x), round-trip exact; −0 as "-0").
 *
 * Columns, in this order (a column appears when at least one exported cell has it; a cell
 * without it leaves the field empty):
 *   cell, t (1-based step), unit (0-based), x_0 … x_{I−1} (the input at t),
 *   h_prev, c_prev, pre_h, pre_r, r, pre_z, z, pre_n_x, pre_n_h, pre_n, n,
 *   pre_i, i, pre_f, f, pre_g, g, pre_o, o, c, tanh_c, h, forced
 * (meanings in traceColumns.ts and docs/exports.md). Pure; imports app/export only.
 */
import { runHeader, type ExportSource, type RunHeader } from './runHeader';
import { TRACE_COLUMNS, forcedAt, fullPrecision, type Column } from './traceColumns';

/** The columns of a CSV of these cells, with their meanings. */
export function csvColumns(kinds: readonly string[], inputSize: number): Column[] {
  return [
    { name: 'cell', about: 'which cell the row belongs to (gru, lstm, rnn)' },
    { name: 't', about: 'time step, 1-based' },
    { name: 'unit', about: 'hidden unit, 0-based' },
    ...Array.from({ length: inputSize }, (_, k) => ({ name: `x_${k}`, about: `input feature ${k} at step t (the same on every unit's row)` })),
    ...TRACE_COLUMNS.filter((c) => c.cells.some((k) => kinds.includes(k))).map(({ name, about }) => ({ name, about })),
    { name: 'forced', about: 'gates a what-if override holds at this step and unit, space-separated; empty when none' },
  ];
}

function commentLines(header: RunHeader, columns: readonly Column[]): string[] {
  const { sizes } = header;
  const hidden = sizes.hidden_size ?? header.cells.map((c) => `${c.cell} ${c.hidden_size}`).join(' / ');
  return [
    `GateLab trace (${header.format} version ${header.version})`,
    `link: ${header.link}`,
    `cells: ${header.cells.map((c) => c.cell).join(', ')}`,
    `sizes: input_size ${sizes.input_size}, hidden_size ${hidden}, steps ${sizes.steps}`,
    `input: ${header.input}`,
    ...header.cells.flatMap((c) => [
      `${c.cell} variant: ${c.variant}`,
      `${c.cell} weights: ${c.weights}`,
      `${c.cell} overrides: ${c.overrides.length > 0 ? c.overrides.join('; ') : 'none'}`,
    ]),
    ...header.convention.map((line) => `convention: ${line}`),
    `cursor on screen: t=${header.cursor.t}, m=${header.cursor.micro} (0-based micro-step, as in the link); the file holds every step`,
    'rows: one per (cell, step, unit)',
    ...columns.map((c) => `column ${c.name}: ${c.about}`),
  ].map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}`);
}

/** The CSV text of the cells in `source`. */
export function traceToCsv(source: ExportSource): string {
  const kinds = source.cells.map((c) => c.trace.config.kind);
  const I = source.settings.inputSize;
  const columns = csvColumns(kinds, I);
  const traced = TRACE_COLUMNS.filter((c) => columns.some((col) => col.name === c.name));
  const lines = [...commentLines(runHeader(source), columns), columns.map((c) => c.name).join(',')];
  for (const { trace } of source.cells) {
    const { kind, hiddenSize: H, inputSize } = trace.config;
    for (let t = 0; t < trace.steps; t++) {
      const x = Array.from(trace.x.subarray(t * inputSize, (t + 1) * inputSize), fullPrecision);
      for (let j = 0; j < H; j++) {
        const values = traced.map((c) => (c.cells.includes(kind) ? fullPrecision(c.read(trace, t, j)) : ''));
        lines.push([kind, String(t + 1), String(j), ...x, ...values, forcedAt(trace, t, j)].join(','));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
