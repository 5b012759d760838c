/**
 * The LSTM in Olah's layout: the cell-state belt c along the top (c_{t−1} enters left, is
 * scaled by f, gains i ⊙ g, leaves right as c_t), the hidden state below (h_{t−1} enters
 * bottom left, joins x_t on the bus that feeds σ σ tanh σ), and h_t = o ⊙ tanh(c_t) leaving
 * right and up.
 *   c_t = f ⊙ c_{t−1} + i ⊙ g        h_t = o ⊙ tanh(c_t)
 * Pure; imports the diagram shapes.
 */
import type { Diagram, DiagramNode, Wire } from './diagram';
import { edge } from './geometry';
import { byId, gate, junction, op, port, wire } from './shapes';

const WIDTH = 460;
const HEIGHT = 300;
const BELT_Y = 44; // the c belt
const TANH_Y = 98; // tanh(c_t)
const MUL_IG_Y = 118; // i ⊙ g
const OUT_Y = 152; // o ⊙ tanh(c_t)
const GATE_Y = 202; // f i g o
const BUS_Y = 256; // [h_{t−1}, x_t] into the gates
const X_X = 104; // x_t rises here
const F_X = 130;
const I_X = 200;
const G_X = 270;
const O_X = 340;
const TAP_X = 404; // c_t taps down to tanh
const OUT_X = 436; // h_t leaves right and up

/** The LSTM diagram. */
export function lstmLayout(): Diagram {
  const nodes: DiagramNode[] = [
    port('in-cPrev', 'cPrev', ['c', 't−1'], [0, BELT_Y], { labelAt: [4, BELT_Y - 10], stripAt: [44, BELT_Y - 20] }),
    port('in-hPrev', 'hPrev', ['h', 't−1'], [0, BUS_Y], { labelAt: [4, BUS_Y + 24], stripAt: [44, BUS_Y + 14] }),
    port('in-x', 'x', ['x', 't'], [X_X, HEIGHT], { labelAt: [X_X + 8, HEIGHT - 4], stripAt: [X_X + 30, HEIGHT - 14] }),
    port('out-c', 'c', ['c', 't'], [WIDTH, BELT_Y], { labelAt: [G_X + 22, BELT_Y - 10], stripAt: [G_X + 44, BELT_Y - 20], step: 'c' }),
    port('out-h', 'h', ['h', 't'], [WIDTH, BUS_Y], {
      labelAt: [WIDTH - 4, BUS_Y + 24], labelAnchor: 'end', stripAt: [WIDTH - 70, BUS_Y + 14], step: 'h',
    }),
    port('out-hUp', 'h', ['h', 't'], [OUT_X, 0], { labelAt: [OUT_X + 6, 14], step: 'h' }),
    junction('j-x', X_X, BUS_Y),
    junction('j-f', F_X, BUS_Y),
    junction('j-i', I_X, BUS_Y),
    junction('j-g', G_X, BUS_Y),
    junction('j-tap', TAP_X, BELT_Y),
    junction('j-h', OUT_X, OUT_Y),
    gate('f', 'σ', F_X, GATE_Y),
    gate('i', 'σ', I_X, GATE_Y),
    gate('g', 'tanh', G_X, GATE_Y),
    gate('o', 'σ', O_X, GATE_Y),
    op('mulF', 'mul', 'c', F_X, BELT_Y),
    op('mulIG', 'mul', 'c', G_X, MUL_IG_Y),
    op('add', 'add', 'c', G_X, BELT_Y),
    op('tanhC', 'tanh', 'h', TAP_X, TANH_Y),
    op('mulO', 'mul', 'h', TAP_X, OUT_Y),
  ];
  const at = byId(nodes);
  const n = (id: string) => at.get(id)!;
  const link = (from: string, to: string, points: Wire['points'], terms: Wire['terms'], isBridge = false) =>
    wire(at, from, to, points, terms, { isBridge });
  const bus = ['hPrev', 'x'] as const;
  const wires: Wire[] = [
    // the hidden path: h_{t−1} and x_t merge into the bus that feeds the four gates
    link('in-hPrev', 'j-x', [[0, BUS_Y], [X_X, BUS_Y]], ['hPrev']),
    link('in-x', 'j-x', [[X_X, HEIGHT], [X_X, BUS_Y]], ['x']),
    link('j-x', 'j-f', [[X_X, BUS_Y], [F_X, BUS_Y]], bus),
    link('j-f', 'f', [[F_X, BUS_Y], edge(n('f'), 'bottom')], bus),
    link('j-f', 'j-i', [[F_X, BUS_Y], [I_X, BUS_Y]], bus),
    link('j-i', 'i', [[I_X, BUS_Y], edge(n('i'), 'bottom')], bus),
    link('j-i', 'j-g', [[I_X, BUS_Y], [G_X, BUS_Y]], bus),
    link('j-g', 'g', [[G_X, BUS_Y], edge(n('g'), 'bottom')], bus),
    link('j-g', 'o', [[G_X, BUS_Y], [O_X, BUS_Y], edge(n('o'), 'bottom')], bus),
    // the gates out
    link('f', 'mulF', [edge(n('f'), 'top'), edge(n('mulF'), 'bottom')], ['f']),
    link('i', 'mulIG', [edge(n('i'), 'top'), [I_X, MUL_IG_Y], edge(n('mulIG'), 'left')], ['i']),
    link('g', 'mulIG', [edge(n('g'), 'top'), edge(n('mulIG'), 'bottom')], ['g']),
    link('o', 'mulO', [edge(n('o'), 'top'), [O_X, OUT_Y], edge(n('mulO'), 'left')], ['o']),
    // the cell-state belt: forget, then write
    link('in-cPrev', 'mulF', [[0, BELT_Y], edge(n('mulF'), 'left')], ['cPrev']),
    link('mulF', 'add', [edge(n('mulF'), 'right'), edge(n('add'), 'left')], []),
    link('mulIG', 'add', [edge(n('mulIG'), 'top'), edge(n('add'), 'bottom')], []),
    link('add', 'j-tap', [edge(n('add'), 'right'), [TAP_X, BELT_Y]], ['c']),
    // h_t = o ⊙ tanh(c_t), out right along the bottom and up
    link('j-tap', 'tanhC', [[TAP_X, BELT_Y], edge(n('tanhC'), 'top')], ['c']),
    link('tanhC', 'mulO', [edge(n('tanhC'), 'bottom'), edge(n('mulO'), 'top')], []),
    link('mulO', 'j-h', [edge(n('mulO'), 'right'), [OUT_X, OUT_Y]], ['h']),
    link('j-h', 'out-h', [[OUT_X, OUT_Y], [OUT_X, BUS_Y], [WIDTH, BUS_Y]], ['h']),
    link('j-h', 'out-hUp', [[OUT_X, OUT_Y], [OUT_X, 0]], ['h']),
    link('j-tap', 'out-c', [[TAP_X, BELT_Y], [WIDTH, BELT_Y]], ['c'], true),
  ];
  return {
    cell: 'lstm', width: WIDTH, height: HEIGHT, frame: { x: 16, y: 16, w: WIDTH - 32, h: BUS_Y - 4 }, nodes, wires,
    focusOrder: ['in-cPrev', 'in-hPrev', 'in-x', 'f', 'i', 'g', 'out-c', 'o', 'out-h'],
  };
}
