import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import type { CellKind, GateOverride } from '../../../src/engine/types';
import { CellDiagramView } from './CellDiagramView';
import { computedCell } from './testResults';

interface Options {
  t?: number;
  micro?: number;
  isParallel?: boolean;
  overrides?: GateOverride[];
  hiddenSize?: number;
  highlight?: string | null;
}

function render(cell: CellKind, { t = 2, micro = 0, isParallel = false, overrides = [], hiddenSize = 4, highlight = null }: Options = {}) {
  return renderToStaticMarkup(
    <CellDiagramView
      cell={cell} result={computedCell(cell, hiddenSize, overrides)} cursor={{ t, micro }} isParallel={isParallel}
      speed={1} highlight={highlight} onTerm={() => {}}
    />,
  );
}
const nodeTag = (html: string, id: string) => html.match(new RegExp(`<g[^>]*data-node="${id}"[^>]*>`))?.[0] ?? '';

describe('the cell diagram component', () => {
  test('names the active micro-step on the svg and marks its node active', () => {
    const html = render('gru', { micro: 1 });
    expect(html).toMatch(/<svg[^>]*data-active="z"/);
    expect(nodeTag(html, 'z')).toContain('is-active');
    expect(nodeTag(html, 'r')).not.toContain('is-active');
    expect(html).toMatch(/aria-label="GRU cell diagram \(reset applied after the recurrent matmul, as in PyTorch\), time step 2: computing the update gate z\./);
  });

  test('a shorter cell waits on its last micro-step, and parallel mode lights everything', () => {
    expect(render('gru', { micro: 5 })).toMatch(/data-active="h"/);
    const html = render('lstm', { isParallel: true });
    expect(html).toMatch(/data-active="all"/);
    for (const g of ['f', 'i', 'g', 'o']) expect(nodeTag(html, g)).toContain('is-active');
  });

  test('leaves the data-quantity test hooks to the vector list', () => {
    expect(render('lstm')).not.toContain('data-quantity');
  });

  test('every gate is a named image in one roving tab stop', () => {
    const html = render('lstm', { micro: 2 });
    for (const g of ['f', 'i', 'g', 'o']) expect(nodeTag(html, g)).toMatch(/role="img"/);
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
    expect(nodeTag(html, 'g')).toMatch(/aria-label="candidate g, step 2, computing now: -?\d/);
    expect(nodeTag(html, 'o')).toMatch(/aria-label="output gate o, step 2, computed later in this step: /);
  });

  test('a gate held by an override is tagged and says so', () => {
    const html = render('gru', { overrides: [{ gate: 'z', value: 1 }] });
    expect(nodeTag(html, 'z')).toContain('is-forced');
    expect(nodeTag(html, 'z')).toContain('forced to 1 in every unit');
    expect(html).toContain('>forced = 1</text>');
    expect(nodeTag(html, 'r')).not.toContain('is-forced');
  });

  test('a highlighted term emphasises its node and the wires that carry it', () => {
    const html = render('lstm', { highlight: 'f' });
    expect(nodeTag(html, 'f')).toContain('is-linked');
    expect(html).toMatch(/<g class="wire[^"]*is-linked"[^>]*data-wire="f→mulF"/);
    expect(render('gru')).not.toContain('is-linked');
  });

  test('one strip cell per unit on each gate, however many units', () => {
    const html = render('gru', { hiddenSize: 16, micro: 3 });
    const gate = html.slice(html.indexOf('data-node="r"'), html.indexOf('data-node="z"'));
    expect(gate.match(/<rect x="[^"]*" y="[^"]*" width="[^"]*" height="9" fill="rgb/g)).toHaveLength(16);
  });

  test('a strip computed later in the step is covered by one outline per unit, the others are not', () => {
    const html = render('gru', { hiddenSize: 16, micro: 0 });
    const strip = (id: string) => html.slice(html.indexOf(`data-node="${id}"`)).match(/<g class="unit-strip[^"]*"[\s\S]*?<\/g>/)?.[0] ?? '';
    expect(strip('z')).toContain('class="unit-strip is-pending"');
    expect(strip('r')).toContain('class="unit-strip"');
    const cover = strip('z').match(/<path class="strip-cover" d="([^"]*)"/)?.[1] ?? '';
    expect(cover.match(/M/g)).toHaveLength(16);
    expect(cover.match(/Z/g)).toHaveLength(16);
  });
});
