/**
 * The shapes of a cell diagram: nodes (gates, pointwise ops, the W_hn matmul, input/output
 * ports, wire junctions) and the wires between them, in a fixed viewBox. Pure data, no DOM.
 * Imports app/store types only.
 */
import type { CellKind } from '../../../src/engine/types';
import type { Quantity } from '../../store/microSteps';

/** What a node or wire stands for, as the selection slice names it (an equation term). */
export type Term = Quantity | 'x' | 'hPrev' | 'cPrev';

export type Point = readonly [number, number];

/** An axis-aligned rectangle by its top-left corner. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Placed {
  id: string;
  /** Centre (gates, ops, matmuls) or anchor point (ports, junctions). */
  x: number;
  y: number;
}

/** A gate or candidate: σ or tanh of a linear map, drawn as a box with its letter and values. */
export interface GateShape extends Placed {
  kind: 'gate';
  term: Quantity;
  fn: 'σ' | 'tanh';
  w: number;
  h: number;
}

/** A pointwise operation: ⊙ (product), + (sum), 1 − (complement) or tanh (of the cell state). */
export interface OpShape extends Placed {
  kind: 'op';
  op: 'mul' | 'add' | 'oneMinus' | 'tanh';
  /** The micro-step that computes through this node. */
  step: Quantity;
  w: number;
  h: number;
}

/** An explicit matmul on a path (the GRU's W_hn, whose place the reset setting moves). */
export interface LinearShape extends Placed {
  kind: 'linear';
  /** Weight name: letter and subscript, e.g. ['W', 'hn']. */
  label: readonly [string, string];
  step: Quantity;
  w: number;
  h: number;
}

/** Where a vector enters or leaves the cell: a label with its per-unit strip. */
export interface PortShape extends Placed {
  kind: 'port';
  term: Term;
  /** Math label: base and subscript, e.g. ['h', 't−1']. */
  label: readonly [string, string];
  /** Baseline start (or end, for `end`) of the label. */
  labelAt: Point;
  labelAnchor: 'start' | 'end';
  /** Where the port's values are drawn; null when another node shows them. */
  strip: Rect | null;
  /** Output ports light at the micro-step that computes them; inputs have none. */
  step: Quantity | null;
}

/** Where wires split or merge (drawn as a dot). */
export interface JunctionShape extends Placed {
  kind: 'junction';
}

export type DiagramNode = GateShape | OpShape | LinearShape | PortShape | JunctionShape;

export interface Wire {
  id: string;
  from: string;
  to: string;
  /** Axis-aligned polyline from the source's edge to the target's edge. */
  points: readonly Point[];
  /** Whether it ends in an arrowhead (not into a junction). */
  hasArrow: boolean;
  /** The quantities it carries: hovering it names the first; a highlight of any lights it. */
  terms: readonly Term[];
  /** Drawn over the wires it crosses, with a gap cut around each crossing. */
  isBridge: boolean;
}

export interface Diagram {
  cell: CellKind;
  width: number;
  height: number;
  /** The cell's body, drawn behind the wires; inputs enter and outputs leave through its edges. */
  frame: Rect;
  nodes: readonly DiagramNode[];
  wires: readonly Wire[];
  /** Focusable nodes (gates and ports with values) in reading order, for arrow-key moves. */
  focusOrder: readonly string[];
}

/** Nodes that show values and take focus. */
export type ValueNode = GateShape | PortShape;

/** The micro-step a node belongs to, if any. */
export function stepOf(node: DiagramNode): Quantity | null {
  switch (node.kind) {
    case 'gate':
      return node.term;
    case 'op':
    case 'linear':
      return node.step;
    case 'port':
      return node.step;
    case 'junction':
      return null;
  }
}
