/**
 * The tanh RNN in Olah's layout: h_{t−1} enters bottom left, joins x_t, and one tanh node
 * makes h_t, which leaves right and up.   h_t = tanh(W_ih x_t + b_ih + W_hh h_{t−1} + b_hh)
 * Pure; imports the diagram shapes.
 */
import type { Diagram, DiagramNode, Wire } from './diagram';
import { edge } from './geometry';
import { byId, gate, junction, port, wire } from './shapes';

const WIDTH = 460;
const HEIGHT = 200;
const BUS_Y = 158;
const NODE_Y = 94;
const X_X = 104;
const NODE_X = 230;
const OUT_X = 400;

/** The tanh RNN diagram. */
export function rnnLayout(): Diagram {
  const nodes: DiagramNode[] = [
    port('in-hPrev', 'hPrev', ['h', 't−1'], [0, BUS_Y], { labelAt: [4, BUS_Y + 24], stripAt: [44, BUS_Y + 14] }),
    port('in-x', 'x', ['x', 't'], [X_X, HEIGHT], { labelAt: [X_X + 8, HEIGHT - 4], stripAt: [X_X + 30, HEIGHT - 14] }),
    port('out-h', 'h', ['h', 't'], [WIDTH, BUS_Y], { labelAt: [WIDTH - 4, BUS_Y + 24], labelAnchor: 'end', step: 'h' }),
    port('out-hUp', 'h', ['h', 't'], [OUT_X, 0], { labelAt: [OUT_X + 6, 14], step: 'h' }),
    junction('j-x', X_X, BUS_Y),
    junction('j-h', OUT_X, NODE_Y),
    gate('h', 'tanh', NODE_X, NODE_Y),
  ];
  const at = byId(nodes);
  const n = (id: string) => at.get(id)!;
  const link = (from: string, to: string, points: Wire['points'], terms: Wire['terms']) => wire(at, from, to, points, terms);
  const wires: Wire[] = [
    link('in-hPrev', 'j-x', [[0, BUS_Y], [X_X, BUS_Y]], ['hPrev']),
    link('in-x', 'j-x', [[X_X, HEIGHT], [X_X, BUS_Y]], ['x']),
    link('j-x', 'h', [[X_X, BUS_Y], [NODE_X, BUS_Y], edge(n('h'), 'bottom')], ['hPrev', 'x']),
    link('h', 'j-h', [edge(n('h'), 'right'), [OUT_X, NODE_Y]], ['h']),
    link('j-h', 'out-h', [[OUT_X, NODE_Y], [OUT_X, BUS_Y], [WIDTH, BUS_Y]], ['h']),
    link('j-h', 'out-hUp', [[OUT_X, NODE_Y], [OUT_X, 0]], ['h']),
  ];
  return { cell: 'rnn', width: WIDTH, height: HEIGHT, frame: { x: 16, y: 34, w: WIDTH - 32, h: BUS_Y - 20 }, nodes, wires, focusOrder: ['in-hPrev', 'in-x', 'h'] };
}
