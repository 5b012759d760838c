/**
 * A pointwise operation on the wires: ⊙ (a circle with a dot), + (a circle with a cross),
 * 1 − and tanh (pills), and the GRU's W_hn matmul (a small box). Not focusable: the gates and
 * states around it carry the numbers. Imports app/ only.
 */
import { memo } from 'react';
import type { LinearShape, OpShape } from './diagram';
import type { NodeState } from './flow';

const OP_NAMES: Record<OpShape['op'], string> = {
  mul: 'elementwise product',
  add: 'sum',
  oneMinus: 'one minus',
  tanh: 'tanh of the cell state',
};

export interface OpNodeProps {
  node: OpShape | LinearShape;
  state: NodeState;
  isDimmed: boolean;
}

function classesOf({ node, state, isDimmed }: OpNodeProps): string {
  return ['op-node', `is-${state}`, isDimmed && state === 'idle' ? 'is-dim' : '', `op-${node.kind === 'op' ? node.op : 'linear'}`]
    .filter(Boolean).join(' ');
}

/** Memoised: its props change only when its light or dimming does. */
export const OpNode = memo(function OpNode(props: OpNodeProps) {
  const { node } = props;
  const hw = node.w / 2;
  const hh = node.h / 2;
  if (node.kind === 'linear') {
    return (
      <g className={classesOf(props)} transform={`translate(${node.x},${node.y})`} data-node={node.id}>
        <title>{`${node.label[0]}_${node.label[1]}: the recurrent weights of the candidate's hidden path (plus b_${node.label[1]})`}</title>
        <rect className="op-shape" x={-hw} y={-hh} width={node.w} height={node.h} rx={4} />
        <text className="op-text math" y={5}>
          {node.label[0]}
          <tspan className="sub" dy={4}>{node.label[1]}</tspan>
        </text>
      </g>
    );
  }
  const isRound = node.op === 'mul' || node.op === 'add';
  return (
    <g className={classesOf(props)} transform={`translate(${node.x},${node.y})`} data-node={node.id}>
      <title>{OP_NAMES[node.op]}</title>
      {isRound
        ? <circle className="op-shape" r={hw} />
        : <rect className="op-shape" x={-hw} y={-hh} width={node.w} height={node.h} rx={hh} />}
      {node.op === 'mul' && <circle className="op-mark" r={2.6} />}
      {node.op === 'add' && <path className="op-stroke" d="M-5.5,0H5.5M0,-5.5V5.5" />}
      {node.op === 'oneMinus' && <text className="op-text" y={4.5}>1 −</text>}
      {node.op === 'tanh' && <text className="op-text" y={4.5}>tanh</text>}
    </g>
  );
});
