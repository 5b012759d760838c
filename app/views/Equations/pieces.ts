/**
 * The parts an equation line is made of: static TeX, a hoverable term, or a number read from the
 * trace. Lines are written as templates where `@z`, `@x`, `@hPrev` … mark terms. Imports app/ only.
 */
import type { CellKind } from '../../../src/engine/types';
import type { Quantity } from '../../store/microSteps';

/** What a term names, as the store's highlight does: a quantity, or an input wire. */
export type Term = Quantity | 'x' | 'hPrev' | 'cPrev';

export type Piece =
  /** Static TeX (our own strings only, never user input). */
  | { kind: 'tex'; tex: string }
  /** A symbol a learner can hover or focus to find its wire and value. */
  | { kind: 'term'; term: Term; tex: string }
  /** A number from the trace; `label` says what it is (for the tooltip). */
  | { kind: 'number'; value: number; label: string; term?: Term };

/** The symbol of each term in the equations (the time index t of the cursor's step). */
export const TERM_TEX: Record<Term, string> = {
  r: 'r_t', z: 'z_t', n: 'n_t', h: 'h_t', i: 'i_t', f: 'f_t', g: 'g_t', o: 'o_t', c: 'c_t',
  x: 'x_t', hPrev: 'h_{t-1}', cPrev: 'c_{t-1}',
};

/** Each term in words, per cell (the GRU's n and the LSTM's g are both "candidate"). */
export function termName(cell: CellKind, term: Term): string {
  switch (term) {
    case 'r': return 'reset gate';
    case 'z': return 'update gate';
    case 'n': case 'g': return 'candidate';
    case 'i': return 'input gate';
    case 'f': return 'forget gate';
    case 'o': return 'output gate';
    case 'c': return 'new cell state';
    case 'h': return cell === 'rnn' ? 'new hidden state (the whole cell)' : 'new hidden state';
    case 'x': return 'input';
    case 'hPrev': return 'previous hidden state';
    case 'cPrev': return 'previous cell state';
  }
}

/** How a term is spoken in aria-labels: h_prev rather than h_{t-1}. */
export const TERM_SPOKEN: Record<Term, string> = {
  r: 'r', z: 'z', n: 'n', h: 'h', i: 'i', f: 'f', g: 'g', o: 'o', c: 'c', x: 'x', hPrev: 'h_prev', cPrev: 'c_prev',
};

const TERM_MARK = /@(hPrev|cPrev|[rznhifgocx])(?![A-Za-z])/g;

/** A template such as `@z = \sigma(W_{iz} @x + …)` as pieces; strings between marks stay TeX. */
export function parseTemplate(template: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const match of template.matchAll(TERM_MARK)) {
    if (match.index > at) pieces.push({ kind: 'tex', tex: template.slice(at, match.index) });
    const term = match[1] as Term;
    pieces.push({ kind: 'term', term, tex: TERM_TEX[term] });
    at = match.index + match[0].length;
  }
  if (at < template.length) pieces.push({ kind: 'tex', tex: template.slice(at) });
  return pieces;
}

/** A number piece. */
export function num(value: number, label: string, term?: Term): Piece {
  return term ? { kind: 'number', value, label, term } : { kind: 'number', value, label };
}

/** A number that follows an operator: negative ones go in parentheses, as `0.31 + (−0.12)`. */
export function operand(value: number, label: string, term?: Term): Piece[] {
  const piece = num(value, label, term);
  return value < 0 ? [{ kind: 'tex', tex: '(' }, piece, { kind: 'tex', tex: ')' }] : [piece];
}

/**
 * A line from templates, pieces and lists of pieces, with neighbouring static TeX merged so
 * KaTeX typesets it in one go.
 */
export function line(...parts: (string | Piece | Piece[])[]): Piece[] {
  const out: Piece[] = [];
  for (const part of parts) {
    for (const piece of typeof part === 'string' ? parseTemplate(part) : Array.isArray(part) ? part : [part]) {
      const last = out[out.length - 1];
      if (piece.kind === 'tex' && last?.kind === 'tex') out[out.length - 1] = { kind: 'tex', tex: last.tex + piece.tex };
      else out.push(piece);
    }
  }
  return out;
}

const LEADING_OPERATOR = /^\s*(=|\+|-|\\odot|\\cdot)/;
const TRAILING_OPERATOR = /(=|\+|-|\\odot|\\cdot)\s*$/;

/**
 * A piece is typeset on its own, so an operator at its edge has no neighbour and KaTeX would
 * space it as a sign. An empty group `{}` on that side gives it its binary/relation spacing back.
 */
export function padOperators(tex: string): string {
  const end = TRAILING_OPERATOR.test(tex) ? `${tex}{}` : tex;
  return LEADING_OPERATOR.test(end) ? `{}${end}` : end;
}

const BREAK_BEFORE = /(?= (?:=|\+|\\odot|\\cdot) )/;

/**
 * Where a line may wrap on a narrow screen: before a relation or binary operator, as in typeset
 * maths, never between a number and its closing parenthesis. Static TeX is split before each
 * such operator, and a group starts at every piece that begins with one.
 */
export function breakGroups(pieces: readonly Piece[]): Piece[][] {
  const groups: Piece[][] = [];
  for (const piece of pieces) {
    const parts: Piece[] = piece.kind === 'tex'
      ? piece.tex.split(BREAK_BEFORE).filter(Boolean).map((tex) => ({ kind: 'tex', tex }))
      : [piece];
    for (const part of parts) {
      const startsGroup = groups.length === 0 || (part.kind === 'tex' && LEADING_OPERATOR.test(part.tex));
      if (startsGroup) groups.push([part]);
      else groups[groups.length - 1].push(part);
    }
  }
  return groups;
}

/** The exact TeX strings a line hands to KaTeX (split and padded as drawn), to typeset ahead. */
export function typesetStrings(pieces: readonly Piece[]): string[] {
  return breakGroups(pieces).flat().flatMap((piece) => (piece.kind === 'number' ? [] : [padOperators(piece.tex)]));
}
