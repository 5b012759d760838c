/**
 * Which parts of a cell diagram light up at a micro-step: the nodes that compute it, the
 * wires that feed them (through junctions), and the nodes those wires come from. Also the
 * order in which values travel along the lit wires. Pure; imports the diagram types only.
 */
import type { Quantity } from '../../store/microSteps';
import { stepOf, type Diagram, type Wire } from './diagram';

/** How a node looks at the cursor. */
export type NodeState = 'active' | 'input' | 'idle';

export interface FlowState {
  nodes: ReadonlyMap<string, NodeState>;
  /** Lit wires and their travel stage (0 = the first to carry a value at this micro-step). */
  wires: ReadonlyMap<string, number>;
}

/** For every wire, the micro-steps whose computation it feeds (a junction passes on its fan-out's). */
export function wireSteps(diagram: Diagram): Map<string, ReadonlySet<Quantity>> {
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  const out = new Map<string, Wire[]>();
  for (const w of diagram.wires) out.set(w.from, [...(out.get(w.from) ?? []), w]);
  const memo = new Map<string, ReadonlySet<Quantity>>();
  const stepsOf = (wire: Wire): ReadonlySet<Quantity> => {
    const known = memo.get(wire.id);
    if (known) return known;
    const target = byId.get(wire.to);
    const steps = new Set<Quantity>();
    const own = target ? stepOf(target) : null;
    if (own) steps.add(own);
    else for (const next of out.get(wire.to) ?? []) for (const s of stepsOf(next)) steps.add(s);
    memo.set(wire.id, steps);
    return steps;
  };
  for (const w of diagram.wires) stepsOf(w);
  return memo;
}

/**
 * For every wire of the set, the longest chain of wires of the same set before it (0 when
 * none of them leads into its source): the order in which values travel along them.
 */
export function wireDepths(wires: readonly Wire[]): Map<string, number> {
  const into = new Map<string, Wire[]>();
  for (const w of wires) into.set(w.to, [...(into.get(w.to) ?? []), w]);
  const memo = new Map<string, number>();
  const depthOf = (wire: Wire, seen: ReadonlySet<string>): number => {
    const known = memo.get(wire.id);
    if (known !== undefined) return known;
    if (seen.has(wire.id)) throw new Error(`cell diagram wires form a cycle at ${wire.id}`);
    const before = into.get(wire.from) ?? [];
    const next = new Set(seen).add(wire.id);
    const depth = before.length === 0 ? 0 : 1 + Math.max(...before.map((w) => depthOf(w, next)));
    memo.set(wire.id, depth);
    return depth;
  };
  for (const w of wires) depthOf(w, new Set());
  return memo;
}

/**
 * The diagram at a micro-step (`null` = the whole step at once, as in parallel mode): nodes of
 * that step are active, nodes feeding a lit wire are inputs, the rest idle.
 */
export function flowAt(diagram: Diagram, step: Quantity | null): FlowState {
  const steps = wireSteps(diagram);
  const lit = diagram.wires.filter((w) => step === null || steps.get(w.id)!.has(step));
  const wires = wireDepths(lit);
  const feeding = new Set(lit.map((w) => w.from));
  const nodes = new Map<string, NodeState>();
  for (const node of diagram.nodes) {
    const own = stepOf(node);
    const isActive = own !== null && (step === null || own === step);
    nodes.set(node.id, isActive ? 'active' : feeding.has(node.id) ? 'input' : 'idle');
  }
  return { nodes, wires };
}
