/**
 * The GRU in Olah's layout: one belt, h, across the top. h_{t−1} enters top left; a branch
 * drops to join x_t on the bus that feeds the gates r and z. The candidate n takes x_t from
 * below and the hidden path from the left, where the reset gate acts:
 *   after  (PyTorch):  n = tanh(W_in x + b_in + r ⊙ (W_hn h_{t−1} + b_hn))  h → W_hn → ⊙r → n
 *   before (Cho 2014): n = tanh(W_in x + b_in + W_hn (r ⊙ h_{t−1}) + b_hn)  h → ⊙r → W_hn → n
 * The belt keeps z ⊙ h_{t−1} and adds (1 − z) ⊙ n: h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}.
 * Pure; imports the diagram shapes.
 */
import type { ResetPlacement } from '../../../src/engine/types';
import type { Diagram, DiagramNode, Wire } from './diagram';
import { edge } from './geometry';
import { byId, gate, junction, linear, op, port, wire } from './shapes';

const WIDTH = 460;
const HEIGHT = 320;
const BELT_Y = 44; // the h belt
const ONE_MINUS_Y = 90; // 1 − z and (1 − z) ⊙ n
const HIDDEN_Y = 142; // the candidate's hidden path, where r acts
const GATE_Y = 208; // r and z
const BUS_Y = 262; // [h_{t−1}, x_t] into the gates
const X_LINE_Y = 288; // x_t into the candidate
const DROP_X = 28; // h_{t−1} branches down here
const X_X = 84; // x_t rises here
const R_X = 130;
const Z_X = 220;
const N_X = 380;

/** The GRU diagram for a reset placement. */
export function gruLayout(reset: ResetPlacement): Diagram {
  const isAfter = reset === 'after';
  const nodes: DiagramNode[] = [
    port('in-hPrev', 'hPrev', ['h', 't−1'], [0, BELT_Y], { labelAt: [4, BELT_Y - 10], stripAt: [44, BELT_Y - 20] }),
    port('in-x', 'x', ['x', 't'], [X_X, HEIGHT], { labelAt: [X_X + 8, HEIGHT - 4], stripAt: [X_X + 30, HEIGHT - 14] }),
    port('out-h', 'h', ['h', 't'], [WIDTH, BELT_Y], {
      labelAt: [WIDTH - 4, BELT_Y - 10], labelAnchor: 'end', stripAt: [WIDTH - 70, BELT_Y - 20], step: 'h',
    }),
    junction('j-top', DROP_X, BELT_Y),
    junction('j-hidden', DROP_X, HIDDEN_Y),
    junction('j-xSplit', X_X, X_LINE_Y),
    junction('j-bus', X_X, BUS_Y),
    junction('j-r', R_X, BUS_Y),
    junction('j-z', Z_X, ONE_MINUS_Y),
    gate('r', 'σ', R_X, GATE_Y),
    gate('z', 'σ', Z_X, GATE_Y),
    gate('n', 'tanh', N_X, HIDDEN_Y),
    op('mulR', 'mul', 'n', R_X, HIDDEN_Y),
    linear('linHn', ['W', 'hn'], 'n', isAfter ? 78 : 178, HIDDEN_Y),
    op('mulZ', 'mul', 'h', Z_X, BELT_Y),
    op('oneMinus', 'oneMinus', 'h', 300, ONE_MINUS_Y),
    op('mulN', 'mul', 'h', N_X, ONE_MINUS_Y),
    op('add', 'add', 'h', N_X, BELT_Y),
  ];
  const at = byId(nodes);
  const n = (id: string) => at.get(id)!;
  const link = (from: string, to: string, points: Wire['points'], terms: Wire['terms'], isBridge = false) =>
    wire(at, from, to, points, terms, { isBridge });
  // The hidden path of the candidate: the reset placement decides which comes first.
  const [first, second] = isAfter ? ['linHn', 'mulR'] : ['mulR', 'linHn'];
  const wires: Wire[] = [
    // h_{t−1}: along the belt, and down to the bus and to the candidate's hidden path
    link('in-hPrev', 'j-top', [[0, BELT_Y], [DROP_X, BELT_Y]], ['hPrev']),
    link('j-top', 'mulZ', [[DROP_X, BELT_Y], edge(n('mulZ'), 'left')], ['hPrev']),
    link('j-top', 'j-hidden', [[DROP_X, BELT_Y], [DROP_X, HIDDEN_Y]], ['hPrev']),
    link('j-hidden', 'j-bus', [[DROP_X, HIDDEN_Y], [DROP_X, BUS_Y], [X_X, BUS_Y]], ['hPrev']),
    link('j-hidden', first, [[DROP_X, HIDDEN_Y], edge(n(first), 'left')], ['hPrev']),
    link(first, second, [edge(n(first), 'right'), edge(n(second), 'left')], []),
    link(second, 'n', [edge(n(second), 'right'), edge(n('n'), 'left')], [], true),
    // x_t: up into the bus, and along the bottom into the candidate
    link('in-x', 'j-xSplit', [[X_X, HEIGHT], [X_X, X_LINE_Y]], ['x']),
    link('j-xSplit', 'j-bus', [[X_X, X_LINE_Y], [X_X, BUS_Y]], ['x']),
    link('j-xSplit', 'n', [[X_X, X_LINE_Y], [N_X, X_LINE_Y], edge(n('n'), 'bottom')], ['x']),
    // the bus [h_{t−1}, x_t] into r and z
    link('j-bus', 'j-r', [[X_X, BUS_Y], [R_X, BUS_Y]], ['hPrev', 'x']),
    link('j-r', 'r', [[R_X, BUS_Y], edge(n('r'), 'bottom')], ['hPrev', 'x']),
    link('j-r', 'z', [[R_X, BUS_Y], [Z_X, BUS_Y], edge(n('z'), 'bottom')], ['hPrev', 'x']),
    // gates out
    link('r', 'mulR', [edge(n('r'), 'top'), edge(n('mulR'), 'bottom')], ['r']),
    link('z', 'j-z', [edge(n('z'), 'top'), [Z_X, ONE_MINUS_Y]], ['z']),
    link('j-z', 'mulZ', [[Z_X, ONE_MINUS_Y], edge(n('mulZ'), 'bottom')], ['z']),
    link('j-z', 'oneMinus', [[Z_X, ONE_MINUS_Y], edge(n('oneMinus'), 'left')], ['z']),
    link('oneMinus', 'mulN', [edge(n('oneMinus'), 'right'), edge(n('mulN'), 'left')], []),
    link('n', 'mulN', [edge(n('n'), 'top'), edge(n('mulN'), 'bottom')], ['n']),
    // the blend onto the belt
    link('mulN', 'add', [edge(n('mulN'), 'top'), edge(n('add'), 'bottom')], []),
    link('mulZ', 'add', [edge(n('mulZ'), 'right'), edge(n('add'), 'left')], []),
    link('add', 'out-h', [edge(n('add'), 'right'), [WIDTH, BELT_Y]], ['h']),
  ];
  return {
    cell: 'gru', width: WIDTH, height: HEIGHT, frame: { x: 16, y: 16, w: WIDTH - 32, h: X_LINE_Y - 4 }, nodes, wires,
    focusOrder: ['in-hPrev', 'in-x', 'r', 'z', 'n', 'out-h'],
  };
}
