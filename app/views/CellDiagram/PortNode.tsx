/**
 * Where a vector enters or leaves the cell: its math label (x_t, h_{t−1}, c_t …) and, when it
 * has one, its per-unit strip. Ports with values take focus; an extra exit (h_t going up) is
 * only a label. Imports app/ only.
 */
import { memo } from 'react';
import type { PortShape } from './diagram';
import type { NodeState } from './flow';
import { sameNumbers } from './diagramValues';
import { interactionProps, sameInteraction, type NodeInteraction } from './nodeEvents';
import { UnitStrip } from './UnitStrip';

export interface PortNodeProps {
  node: PortShape;
  state: NodeState;
  isDimmed: boolean;
  isPending: boolean;
  isLinked: boolean;
  values: Float64Array;
  /** Focus, name and hover, for ports that show values. */
  interaction: NodeInteraction | null;
}

/** A box around the label and strip, for hovering and the focus ring. */
function hitBox(node: PortShape) {
  const [lx, ly] = node.labelAt;
  const labelW = 30;
  const left = node.labelAnchor === 'end' ? lx - labelW : lx;
  const xs = [left, left + labelW, ...(node.strip ? [node.strip.x, node.strip.x + node.strip.w] : [])];
  const ys = [ly - 15, ly + 6, ...(node.strip ? [node.strip.y, node.strip.y + node.strip.h] : [])];
  const x = Math.min(...xs) - 3;
  const y = Math.min(...ys) - 3;
  return { x, y, width: Math.max(...xs) + 3 - x, height: Math.max(...ys) + 3 - y };
}

function PortNodeView({ node, state, isDimmed, isPending, isLinked, values, interaction }: PortNodeProps) {
  const classes = ['diagram-node', 'port-node', `is-${state}`, isDimmed && state === 'idle' ? 'is-dim' : '',
    isPending ? 'is-pending' : '', isLinked ? 'is-linked' : ''].filter(Boolean).join(' ');
  const box = hitBox(node);
  const [base, sub] = node.label;
  return (
    <g className={classes} data-node={node.id} {...(interaction ? interactionProps(interaction) : { 'aria-hidden': true })}>
      {interaction && <title>{interaction.label}</title>}
      <rect className="port-hit" rx={5} {...box} />
      <text className="port-label math" x={node.labelAt[0]} y={node.labelAt[1]} textAnchor={node.labelAnchor}>
        {base}
        <tspan className="sub" dy={4}>{sub}</tspan>
      </text>
      {node.strip && <UnitStrip rect={node.strip} term={node.term} values={values} isPending={isPending} />}
      {interaction && <rect className="focus-ring" rx={6} {...box} />}
    </g>
  );
}

/** Redraws only when its look, name or numbers change (a micro-step changes a few nodes). */
export const PortNode = memo(PortNodeView, (a, b) =>
  a.node === b.node && a.state === b.state && a.isDimmed === b.isDimmed && a.isPending === b.isPending &&
  a.isLinked === b.isLinked && sameInteraction(a.interaction, b.interaction) && sameNumbers(a.values, b.values),
);
