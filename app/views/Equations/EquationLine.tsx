/**
 * One line of an equation, composed in React from pieces so that every term is a real,
 * focusable button: static TeX (typeset by KaTeX once loaded, plain text before), term buttons
 * that set the highlight on hover and focus, and numbers from the trace (2–3 significant digits,
 * full precision in the title and the line's spoken form). Imports app/ only.
 */
import { memo } from 'react';
import type { CellKind } from '../../../src/engine/types';
import { formatFull, formatShort } from '../../vis/format';
import { typeset } from './katexLoader';
import { breakGroups, padOperators, TERM_SPOKEN, termName, type Piece, type Term } from './pieces';
import { texToPlain, texToSpoken } from './plainTex';

export interface EquationLineProps {
  cell: CellKind;
  pieces: Piece[];
  /** `symbolic`: the equation, with term buttons. `numbers`: the same with one unit's numbers. */
  kind: 'symbolic' | 'numbers';
  /** What the symbolic line computes, in words, for its spoken form. */
  name: string;
  isTypeset: boolean;
  /** The term the store highlights in this cell, if any. */
  highlight: Term | null;
  /** Each term's value(s) at the chosen unit, for the buttons' labels. */
  values: Partial<Record<Term, number[]>>;
  /** Pointing at a term (`isOn`) or away from it. */
  onTerm: (term: Term, isOn: boolean) => void;
}

/** TeX as KaTeX HTML, or as plain text with subscripts until KaTeX is there. Static: memoised. */
const Tex = memo(function Tex({ tex, isTypeset }: { tex: string; isTypeset: boolean }) {
  const html = isTypeset ? typeset(padOperators(tex)) : null;
  if (html !== null) return <span className="eq-tex" aria-hidden="true" dangerouslySetInnerHTML={{ __html: html }} />;
  return (
    <span className="eq-tex eq-plain" aria-hidden="true">
      {texToPlain(tex).map((part, k) => (part.isSub ? <sub key={k}>{part.text}</sub> : <span key={k}>{part.text}</span>))}
    </span>
  );
});

/** The line read aloud: symbols as text, numbers at full precision. */
export function spokenLine(pieces: readonly Piece[]): string {
  return pieces
    .map((p) => (p.kind === 'number' ? formatFull(p.value) : texToSpoken(p.tex)))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Accessible names must not contain the playback controls' names (DESIGN.md test hooks find
 * "Reset", "Play", … by substring), so the reset gate is named by what it does; its usual name
 * is the button's description (title).
 */
const SPOKEN_NAME: Partial<Record<Term, string>> = { r: 'the gate on the hidden path of the candidate' };

/** "term z: update gate, 0.5473…" */
export function termLabel(cell: CellKind, term: Term, values: readonly number[] | undefined): string {
  const numbers = values?.length ? `, ${values.map(formatFull).join(', ')}` : '';
  return `term ${TERM_SPOKEN[term]}: ${SPOKEN_NAME[term] ?? termName(cell, term)}${numbers}`;
}

/** Memoised: within a time step its props stay the same, so stepping redraws nothing here. */
export const EquationLine = memo(function EquationLine({ cell, pieces, kind, name, isTypeset, highlight, values, onTerm }: EquationLineProps) {
  const hover = (term: Term | undefined) => (term ? {
    onMouseEnter: () => onTerm(term, true),
    onMouseLeave: () => onTerm(term, false),
  } : {});
  const marked = (term: Term | undefined) => (term !== undefined && term === highlight ? ' is-highlighted' : '');
  const renderPiece = (piece: Piece, k: number) => {
    switch (piece.kind) {
      case 'tex':
        return <Tex key={k} tex={piece.tex} isTypeset={isTypeset} />;
      case 'term':
        return (
          <button
            key={k} type="button" className={`eq-term${marked(piece.term)}`} data-term={piece.term}
            aria-label={termLabel(cell, piece.term, values[piece.term])} title={termName(cell, piece.term)}
            onFocus={() => onTerm(piece.term, true)} onBlur={() => onTerm(piece.term, false)}
            onClick={() => onTerm(piece.term, true)}
            {...hover(piece.term)}
          >
            <Tex tex={piece.tex} isTypeset={isTypeset} />
          </button>
        );
      case 'number': {
        const short = formatShort(piece.value);
        return (
          <span
            key={k} className={`eq-number${marked(piece.term)}`} data-number={formatFull(piece.value)}
            data-term={piece.term} title={`${piece.label} = ${formatFull(piece.value)}`} aria-hidden="true"
            {...hover(piece.term)}
          >
            {/* Digits need no layout: KaTeX's font classes set them without a typesetting pass per step. */}
            {isTypeset ? <span className="katex"><span className="mord">{short}</span></span> : <span className="eq-plain">{short}</span>}
          </span>
        );
      }
    }
  };
  // Each group is unbreakable; the line wraps between groups, before an operator.
  const items = breakGroups(pieces).map((group, g) => <span key={g} className="eq-group">{group.map(renderPiece)}</span>);
  return kind === 'symbolic' ? (
    <div className="eq-line" role="group" aria-label={`${name}: ${spokenLine(pieces)}`}>{items}</div>
  ) : (
    <div className="eq-line eq-numbers" role="math" aria-label={spokenLine(pieces)}>{items}</div>
  );
});
