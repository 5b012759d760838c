/**
 * The shape of the lesson: a slide is data that sets the live visualisation's state and says what
 * to teach with it. Views draw whatever the state says; a slide never touches the DOM.
 * Imports store and engine types only.
 */
import type { CellKind, GateOverride } from '../../src/engine/types';
import type { Cursor } from '../store/playbackSlice';
import type { Highlight } from '../store/selectionSlice';
import type { Settings } from '../store/settingsSlice';

/** A checkpoint the app checks on the trace's numbers (see checkpoints.ts). */
export type CheckpointId = 'gru-no-op' | 'lstm-keeps' | 'lstm-hides' | 'lstm-grows' | 'cell-path-keeps';

/** What the presenter says, asks, and the answer to expect. */
export interface SpeakerNotes {
  say: string;
  ask: string;
  answer: string;
}

/** One click that changes the live state on the slide: forced gates per cell, or settings. */
export interface SlideTry {
  label: string;
  /** Replaces the forced gates of the cells it names; other cells keep theirs. */
  overrides?: Partial<Record<CellKind, GateOverride[]>>;
  settings?: Partial<Omit<Settings, 'overrides'>>;
}

/** Where a published number comes from. */
export interface Source {
  label: string;
  /** A link to the paper; none for the lesson's own arithmetic. */
  href?: string;
}

/**
 * A table cell; `isStrong` marks (in bold, never by colour alone) what the caption points at, and
 * `note` says it in words for screen readers.
 */
export type TableCell = string | { text: string; isStrong: true; note?: string };

/** What the slide shows besides its text. Published facts say so and name their source. */
export type SlideFigure =
  | { kind: 'table'; caption: string; head: string[]; rows: TableCell[][]; source: Source }
  | { kind: 'facts'; caption: string; items: string[]; source: Source }
  | { kind: 'cards'; caption: string; cards: EvidenceCard[] }
  | { kind: 'parameter-budget'; inputSize: number; budget: number; published: Record<CellKind, string>; source: Source }
  | { kind: 'cost-ratio'; source: Source };

/** One study on the evidence board: what it found, and which way it points (revealed on demand). */
export interface EvidenceCard {
  id: string;
  source: Source;
  finding: string;
  verdict: string;
}

/** Parts of GateLab the slide needs that may not be in this build. */
export type Feature = 'lab' | 'gradient-meter';

export interface Slide {
  id: string;
  title: string;
  /** The lesson claim the slide tests (LESSON.md's table), if any. */
  claim?: number;
  /** Two to four sentences, as paragraphs. */
  body: string[];
  notes: SpeakerNotes;
  /** Settings on top of the lesson's base (the defaults; theme, panels and speed stay the user's). */
  apply: Partial<Settings>;
  /**
   * The time steps the clicker walks, micro-step by micro-step, in order; the slide opens at the
   * first. Empty: the clicker goes straight to the next slide.
   */
  walk: number[];
  /** Where the cursor sits when the walk is empty. */
  cursor?: Cursor;
  /** The equation term and wire to light up. */
  highlight?: Highlight;
  checkpoints?: CheckpointId[];
  tries?: SlideTry[];
  figure?: SlideFigure;
  /** The part of the app this slide opens, when the build has it. */
  needs?: Feature;
  /** The lab form the slide's link opens, as lab URL keys (app/lab/labMode.ts), e.g. `lt=order&ll=50`. */
  labForm?: string;
}
