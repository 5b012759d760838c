/**
 * The live numbers of one unit substituted into a cell's equations: every number is read from
 * the trace (input path, hidden path, pre-activation, activation, previous state), none is
 * computed here, except Chung et al.'s z, which is shown as 1 − the engine's z (a relabelling).
 * Pure; imports app/ and engine types only.
 */
import type { CellKind, GateName, Trace } from '../../../src/engine/types';
import type { CellResult } from '../../../src/worker/protocol';
import { QUANTITIES, type Quantity } from '../../store/microSteps';
import { inputAt, previousState, quantityAt } from '../../store/selectors';
import { line, num, operand, type Piece, type Term } from './pieces';
import type { Notation } from './symbolic';

/** Weight blocks in PyTorch's storage order (the rows of aIh / aHh). */
const BLOCKS: Record<CellKind, readonly GateName[]> = { rnn: ['h'], gru: ['r', 'z', 'n'], lstm: ['i', 'f', 'g', 'o'] };

/** One unit's reading of the trace at 1-based step t. */
function reader(result: CellResult, t: number, unit: number) {
  const trace: Trace = result.trace;
  const H = trace.config.hiddenSize;
  const blocks = BLOCKS[trace.config.kind];
  const path = (buffer: Float64Array, gate: GateName) =>
    buffer[(t - 1) * blocks.length * H + blocks.indexOf(gate) * H + unit]; // (T, G·H)
  return {
    value: (q: Quantity) => quantityAt(result, q, t)![unit],
    aIh: (gate: GateName) => path(trace.aIh, gate),
    aHh: (gate: GateName) => path(trace.aHh, gate),
    pre: (gate: GateName) => trace.pre[gate]![(t - 1) * H + unit], // (T, H)
    forced: (gate: GateName): number | null => {
      const v = trace.forced[gate]?.[(t - 1) * H + unit];
      return v === undefined || Number.isNaN(v) ? null : v;
    },
    hPrev: previousState(result, 'h', t)[unit],
    cPrev: previousState(result, 'c', t)[unit],
  };
}

type Reader = ReturnType<typeof reader>;

/** `q[j] = act(a_ih + a_hh) = act(pre) = value`, or `q[j] = forced = v`. */
function affineLine(read: Reader, q: GateName & Quantity, unit: number, activation: 'sigma' | 'tanh'): Piece[] {
  const forced = read.forced(q);
  if (forced !== null) return line(`${q}[${unit}] = \\text{forced} = `, num(forced, `${q} forced`, q));
  const fn = `\\${activation}`;
  return line(
    `${q}[${unit}] = ${fn}(`, num(read.aIh(q), `input path W_i${q} x_t + b_i${q}`),
    ' + ', operand(read.aHh(q), `hidden path W_h${q} h_t−1 + b_h${q}`),
    `) = ${fn}(`, num(read.pre(q), `pre-activation of ${q}`),
    ') = ', num(read.value(q), q, q),
  );
}

/** Chung et al.'s z: 1 − the engine's z, with the engine's σ(…) shown inside. */
function chungZLine(read: Reader, unit: number): Piece[] {
  const z = read.value('z');
  const chung = num(1 - z, 'Chung’s z = 1 − the engine’s z', 'z');
  if (read.forced('z') !== null) {
    return line(`z[${unit}] = 1 - (\\text{forced}\\ `, num(z, 'the engine’s z, forced'), ') = ', chung);
  }
  return line(
    `z[${unit}] = 1 - \\sigma(`, num(read.aIh('z'), 'input path W_iz x_t + b_iz'),
    ' + ', operand(read.aHh('z'), 'hidden path W_hz h_t−1 + b_hz'),
    ') = 1 - \\sigma(', num(read.pre('z'), 'pre-activation of z'),
    ') = 1 - ', num(z, 'the engine’s (PyTorch) z'), ' = ', chung,
  );
}

function gruLine(read: Reader, q: Quantity, unit: number, isAfter: boolean, notation: Notation): Piece[] {
  switch (q) {
    case 'z':
      return notation === 'chung' ? chungZLine(read, unit) : affineLine(read, 'z', unit, 'sigma');
    case 'n': {
      if (read.forced('n') !== null) return affineLine(read, 'n', unit, 'tanh');
      const hidden = isAfter
        ? [num(read.value('r'), 'r', 'r'), ' \\cdot ', operand(read.aHh('n'), 'hidden path W_hn h_t−1 + b_hn')]
        : operand(read.aHh('n'), 'hidden path W_hn (r ⊙ h_t−1) + b_hn');
      return line(
        `n[${unit}] = \\tanh(`, num(read.aIh('n'), 'input path W_in x_t + b_in'), ' + ', ...hidden,
        ') = \\tanh(', num(read.pre('n'), 'pre-activation of n'), ') = ', num(read.value('n'), 'n', 'n'),
      );
    }
    case 'h': {
      const z = read.value('z'), n = read.value('n'), h = num(read.value('h'), 'h', 'h');
      const hPrev = (label: string) => operand(read.hPrev, label, 'hPrev');
      if (notation === 'chung') {
        const zc = 1 - z;
        const zChung = (): Piece[] => operand(zc, 'Chung’s z = 1 − the engine’s z', 'z');
        return line(`h[${unit}] = `, zChung(), ' \\cdot ', operand(n, 'n', 'n'),
          ' + (1 - ', zChung(), ') \\cdot ', hPrev('h_t−1'), ' = ', h);
      }
      return line(`h[${unit}] = (1 - `, operand(z, 'z', 'z'), ') \\cdot ', operand(n, 'n', 'n'),
        ' + ', operand(z, 'z', 'z'), ' \\cdot ', hPrev('h_t−1'), ' = ', h);
    }
    default:
      return affineLine(read, q as GateName & Quantity, unit, 'sigma');
  }
}

function lstmLine(read: Reader, q: Quantity, unit: number, tanhC: number): Piece[] {
  switch (q) {
    case 'c':
      return line(
        `c[${unit}] = `, num(read.value('f'), 'f', 'f'), ' \\cdot ', operand(read.cPrev, 'c_t−1', 'cPrev'),
        ' + ', operand(read.value('i'), 'i', 'i'), ' \\cdot ', operand(read.value('g'), 'g', 'g'),
        ' = ', num(read.value('c'), 'c', 'c'),
      );
    case 'h': {
      const o = (): Piece[] => [num(read.value('o'), 'o', 'o')];
      return line(
        `h[${unit}] = `, o(), ' \\cdot \\tanh(', num(read.value('c'), 'c', 'c'), ') = ', o(),
        ' \\cdot ', operand(tanhC, 'tanh(c_t)'), ' = ', num(read.value('h'), 'h', 'h'),
      );
    }
    default:
      return affineLine(read, q as GateName & Quantity, unit, q === 'g' ? 'tanh' : 'sigma');
  }
}

/** The numbers line of one quantity's equation for `unit` at 1-based step `t`. */
export function numbersLine(result: CellResult, q: Quantity, t: number, unit: number, notation: Notation): Piece[] {
  const read = reader(result, t, unit);
  const { kind, reset, hiddenSize } = result.trace.config;
  switch (kind) {
    case 'rnn': return affineLine(read, 'h', unit, 'tanh');
    case 'gru': return gruLine(read, q, unit, reset === 'after', notation);
    case 'lstm': return lstmLine(read, q, unit, result.trace.tanhC[(t - 1) * hiddenSize + unit]);
  }
}

/** The value of every term of a cell for one unit (x: all input features), for aria-labels. */
export function termValues(result: CellResult, t: number, unit: number, notation: Notation): Partial<Record<Term, number[]>> {
  const read = reader(result, t, unit);
  const { kind } = result.trace.config;
  const values: Partial<Record<Term, number[]>> = { x: Array.from(inputAt(result, t)), hPrev: [read.hPrev] };
  for (const q of QUANTITIES[kind]) values[q] = [read.value(q)];
  if (kind === 'lstm') values.cPrev = [read.cPrev];
  if (kind === 'gru' && notation === 'chung') values.z = [1 - read.value('z')];
  return values;
}
