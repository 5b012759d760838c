/**
 * Builders for the shapes of a cell diagram, with the sizes every cell shares, so the layout
 * files read as a list of placements. Pure; imports the diagram types and geometry.
 */
import type { Quantity } from '../../store/microSteps';
import type { DiagramNode, GateShape, JunctionShape, LinearShape, OpShape, Point, PortShape, Rect, Term, Wire } from './diagram';

/** Gate boxes: letter, activation and a per-unit strip. */
export const GATE_SIZE = { w: 56, h: 54 } as const;
/** Pointwise ops are circles of this radius; 1 − and tanh are pills. */
export const OP_RADIUS = 11;
/** Per-unit strips beside ports. */
export const STRIP_SIZE = { w: 44, h: 10 } as const;

export function gate(term: Quantity, fn: GateShape['fn'], x: number, y: number): GateShape {
  return { kind: 'gate', id: term, term, fn, x, y, ...GATE_SIZE };
}

export function op(id: string, kind: OpShape['op'], step: Quantity, x: number, y: number): OpShape {
  const size = kind === 'tanh' ? { w: 42, h: 22 } : kind === 'oneMinus' ? { w: 32, h: 22 } : { w: 2 * OP_RADIUS, h: 2 * OP_RADIUS };
  return { kind: 'op', id, op: kind, step, x, y, ...size };
}

export function linear(id: string, label: LinearShape['label'], step: Quantity, x: number, y: number): LinearShape {
  return { kind: 'linear', id, label, step, x, y, w: 44, h: 26 };
}

export function junction(id: string, x: number, y: number): JunctionShape {
  return { kind: 'junction', id, x, y };
}

interface PortOptions {
  labelAt: Point;
  labelAnchor?: PortShape['labelAnchor'];
  /** Top-left corner of the strip; omitted when another node shows the values. */
  stripAt?: Point;
  step?: Quantity | null;
}

export function port(id: string, term: Term, label: PortShape['label'], at: Point, options: PortOptions): PortShape {
  const strip: Rect | null = options.stripAt ? { x: options.stripAt[0], y: options.stripAt[1], ...STRIP_SIZE } : null;
  return {
    kind: 'port', id, term, label, x: at[0], y: at[1],
    labelAt: options.labelAt, labelAnchor: options.labelAnchor ?? 'start', strip, step: options.step ?? null,
  };
}

interface WireOptions {
  isBridge?: boolean;
}

/** A wire between two nodes; it ends in an arrowhead unless it runs into a junction. */
export function wire(
  nodes: ReadonlyMap<string, DiagramNode>, from: string, to: string,
  points: readonly Point[], terms: readonly Term[], options: WireOptions = {},
): Wire {
  const target = nodes.get(to);
  if (!nodes.has(from) || !target) throw new Error(`wire ${from}→${to} names a node the diagram lacks`);
  return { id: `${from}→${to}`, from, to, points, hasArrow: target.kind !== 'junction', terms, isBridge: options.isBridge ?? false };
}

/** Nodes by id, for wiring. */
export function byId(nodes: readonly DiagramNode[]): Map<string, DiagramNode> {
  return new Map(nodes.map((n) => [n.id, n]));
}
