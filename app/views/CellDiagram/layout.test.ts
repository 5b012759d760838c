import { describe, expect, test } from 'vitest';
import type { CellKind } from '../../../src/engine/types';
import { QUANTITIES } from '../../store/microSteps';
import type { Diagram, DiagramNode, GateShape, Point, Wire } from './diagram';
import { bridgeCrossings, cellLayout } from './layout';

const CELLS: CellKind[] = ['gru', 'lstm', 'rnn'];
const all = (): Diagram[] => [cellLayout('gru', 'after'), cellLayout('gru', 'before'), cellLayout('lstm', 'after'), cellLayout('rnn', 'after')];
const node = (d: Diagram, id: string): DiagramNode => {
  const found = d.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};
const hasWire = (d: Diagram, from: string, to: string) => d.wires.some((w) => w.from === from && w.to === to);
const wiresInto = (d: Diagram, to: string) => d.wires.filter((w) => w.to === to);

/** Whether a point lies on the boundary of a node (its box, or its anchor point). */
function onEdge(n: DiagramNode, [x, y]: Point): boolean {
  if (!('w' in n)) return Math.abs(x - n.x) < 1e-9 && Math.abs(y - n.y) < 1e-9;
  const dx = Math.abs(x - n.x);
  const dy = Math.abs(y - n.y);
  const hw = n.w / 2;
  const hh = n.h / 2;
  return (Math.abs(dx - hw) < 1e-9 && dy <= hh) || (Math.abs(dy - hh) < 1e-9 && dx <= hw);
}

describe('cell diagram layouts', () => {
  test('every gate and candidate of each cell has exactly one node, with its letter', () => {
    for (const cell of CELLS) {
      const d = cellLayout(cell, 'after');
      const gates = d.nodes.filter((n): n is GateShape => n.kind === 'gate').map((n) => n.term).sort();
      const expected = QUANTITIES[cell].filter((q) => q !== 'c' && (cell === 'rnn' || q !== 'h')).sort();
      expect(gates).toEqual(expected);
    }
  });

  test('gates use σ and candidates tanh', () => {
    const fnOf = (d: Diagram, id: string) => (node(d, id) as GateShape).fn;
    const gru = cellLayout('gru', 'after');
    const lstm = cellLayout('lstm', 'after');
    expect([fnOf(gru, 'r'), fnOf(gru, 'z'), fnOf(gru, 'n')]).toEqual(['σ', 'σ', 'tanh']);
    expect(['f', 'i', 'g', 'o'].map((g) => fnOf(lstm, g))).toEqual(['σ', 'σ', 'tanh', 'σ']);
    expect(fnOf(cellLayout('rnn', 'after'), 'h')).toBe('tanh');
  });

  test('every wire starts on its source node and ends on its target node, in right angles', () => {
    for (const d of all()) {
      for (const w of d.wires) {
        expect(onEdge(node(d, w.from), w.points[0]), `${d.cell} ${w.id} start`).toBe(true);
        expect(onEdge(node(d, w.to), w.points[w.points.length - 1]), `${d.cell} ${w.id} end`).toBe(true);
        for (let k = 1; k < w.points.length; k++) {
          const [a, b] = [w.points[k - 1], w.points[k]];
          expect(a[0] === b[0] || a[1] === b[1], `${d.cell} ${w.id} segment ${k}`).toBe(true);
        }
      }
    }
  });

  test('everything stays inside the viewBox and wire ids are unique', () => {
    for (const d of all()) {
      const points = d.wires.flatMap((w) => w.points);
      for (const [x, y] of points) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(d.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(d.height);
      }
      expect(new Set(d.wires.map((w) => w.id)).size).toBe(d.wires.length);
      expect(new Set(d.nodes.map((n) => n.id)).size).toBe(d.nodes.length);
    }
  });

  test('the lstm cell-state belt runs above the hidden path', () => {
    const d = cellLayout('lstm', 'after');
    const beltY = node(d, 'in-cPrev').y;
    const hiddenY = node(d, 'in-hPrev').y;
    expect(beltY).toBeLessThan(hiddenY);
    for (const id of ['mulF', 'add']) expect(node(d, id).y).toBe(beltY);
    for (const g of ['f', 'i', 'g', 'o']) {
      expect(node(d, g).y).toBeGreaterThan(beltY);
      expect(node(d, g).y).toBeLessThan(hiddenY);
    }
  });

  test('the lstm wires c = f·c_prev + i·g and h = o·tanh(c), with h leaving right and up', () => {
    const d = cellLayout('lstm', 'after');
    expect(hasWire(d, 'in-cPrev', 'mulF') && hasWire(d, 'f', 'mulF')).toBe(true);
    expect(hasWire(d, 'i', 'mulIG') && hasWire(d, 'g', 'mulIG')).toBe(true);
    expect(wiresInto(d, 'add').map((w) => w.from).sort()).toEqual(['mulF', 'mulIG']);
    expect(hasWire(d, 'j-tap', 'tanhC') && hasWire(d, 'tanhC', 'mulO') && hasWire(d, 'o', 'mulO')).toBe(true);
    expect(hasWire(d, 'j-h', 'out-h') && hasWire(d, 'j-h', 'out-hUp')).toBe(true);
    expect(node(d, 'out-hUp').y).toBe(0);
  });

  test('every gate of every cell is fed by the bus of h_prev and x', () => {
    for (const d of all()) {
      for (const g of d.nodes.filter((n): n is GateShape => n.kind === 'gate' && n.term !== 'n')) {
        const into = wiresInto(d, g.id);
        expect(into.flatMap((w) => w.terms), `${d.cell} ${g.term}`).toEqual(expect.arrayContaining(['hPrev', 'x']));
      }
    }
  });

  test('the gru keeps z·h_prev on the belt and adds (1 − z)·n through the 1 − node', () => {
    const d = cellLayout('gru', 'after');
    expect(hasWire(d, 'j-top', 'mulZ') && hasWire(d, 'j-z', 'mulZ')).toBe(true);
    expect(hasWire(d, 'j-z', 'oneMinus') && hasWire(d, 'oneMinus', 'mulN') && hasWire(d, 'n', 'mulN')).toBe(true);
    expect(wiresInto(d, 'add').map((w) => w.from).sort()).toEqual(['mulN', 'mulZ']);
    expect(node(d, 'mulZ').y).toBe(node(d, 'in-hPrev').y);
    expect(node(d, 'add').y).toBe(node(d, 'in-hPrev').y);
  });

  test("reset 'after' routes h_prev through W_hn first, so r multiplies W_hn h + b_hn", () => {
    const d = cellLayout('gru', 'after');
    expect(hasWire(d, 'j-hidden', 'linHn')).toBe(true);
    expect(hasWire(d, 'linHn', 'mulR')).toBe(true);
    expect(hasWire(d, 'mulR', 'n')).toBe(true);
    expect(hasWire(d, 'r', 'mulR')).toBe(true);
    expect(node(d, 'linHn').x).toBeLessThan(node(d, 'mulR').x);
  });

  test("reset 'before' routes r onto h_prev itself, and W_hn takes r·h into the candidate", () => {
    const d = cellLayout('gru', 'before');
    expect(hasWire(d, 'j-hidden', 'mulR')).toBe(true);
    expect(hasWire(d, 'mulR', 'linHn')).toBe(true);
    expect(hasWire(d, 'linHn', 'n')).toBe(true);
    expect(hasWire(d, 'r', 'mulR')).toBe(true);
    expect(node(d, 'linHn').x).toBeGreaterThan(node(d, 'mulR').x);
  });

  test('the gru candidate reads x on its own wire, never the h_prev part of the bus', () => {
    const d = cellLayout('gru', 'after');
    const fromBelow = wiresInto(d, 'n').find((w) => w.from === 'j-xSplit') as Wire;
    expect(fromBelow.terms).toEqual(['x']);
  });

  test('each bridge crosses exactly the wire it is drawn over', () => {
    const gru = bridgeCrossings(cellLayout('gru', 'after'));
    expect([...gru.values()]).toEqual([[[220, 142]]]);
    const lstm = bridgeCrossings(cellLayout('lstm', 'after'));
    expect([...lstm.entries()]).toEqual([['j-tap→out-c', [[436, 44]]]]);
    expect(bridgeCrossings(cellLayout('rnn', 'after')).size).toBe(0);
  });

  test('the focus order lists every gate and every port that shows values', () => {
    for (const d of all()) {
      const focusable = d.nodes.filter((n) => n.kind === 'gate' || (n.kind === 'port' && n.strip !== null)).map((n) => n.id);
      expect([...d.focusOrder].sort()).toEqual(focusable.sort());
    }
  });
});
