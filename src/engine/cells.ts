/**
 * The cell table: adding a cell is adding a file and a line here. Imports engine files only.
 */
import type { CellSpec } from './cell';
import { gru } from './gru';
import { lstm } from './lstm';
import { rnn } from './rnn';
import type { CellConfig, CellKind, GateName } from './types';

export const CELLS = { rnn, gru, lstm } as const satisfies Record<CellKind, CellSpec>;

/** Weight blocks of a cell in storage order (rnn: h · gru: r z n · lstm: i f g o). */
export function blocksOf(kind: CellKind): readonly GateName[] {
  return CELLS[kind].blocks;
}

/** G: how many H-row blocks each weight matrix has. */
export function gateCount(kind: CellKind): number {
  return CELLS[kind].blocks.length;
}

/** The config with every optional field filled in with its default. */
export function withDefaults(config: CellConfig): Required<CellConfig> {
  return {
    kind: config.kind,
    inputSize: config.inputSize,
    hiddenSize: config.hiddenSize,
    reset: config.reset ?? 'after',
    ablation: config.ablation ?? 'none',
  };
}
