/**
 * The presenter's clicker as a pure function: forward walks the slide's time steps micro-step by
 * micro-step, then moves to the next slide; back undoes one micro-step, then goes to the previous
 * slide. A cursor the learner moved off the walk rejoins it at the nearest walked step ahead (or
 * behind). Imports store types only.
 */
import type { Cursor } from '../store/playbackSlice';

export type ClickerMove = { kind: 'cursor'; cursor: Cursor } | { kind: 'slide'; delta: 1 | -1 };

/**
 * The next move. `microCount` is the micro-steps per time step on screen (1 in parallel mode).
 */
export function clickForward(walk: readonly number[], cursor: Cursor, microCount: number): ClickerMove {
  const k = walk.indexOf(cursor.t);
  if (k >= 0 && cursor.micro + 1 < microCount) return { kind: 'cursor', cursor: { t: cursor.t, micro: cursor.micro + 1 } };
  const ahead = k >= 0 ? walk[k + 1] : walk.find((t) => t > cursor.t);
  return ahead === undefined ? { kind: 'slide', delta: 1 } : { kind: 'cursor', cursor: { t: ahead, micro: 0 } };
}

/** The move back: one micro-step within the walk, the end of the walked step before, or the previous slide. */
export function clickBack(walk: readonly number[], cursor: Cursor, microCount: number): ClickerMove {
  const k = walk.indexOf(cursor.t);
  if (k >= 0 && cursor.micro > 0) return { kind: 'cursor', cursor: { t: cursor.t, micro: Math.min(cursor.micro, microCount) - 1 } };
  const behind = k >= 0 ? walk[k - 1] : [...walk].reverse().find((t) => t < cursor.t);
  return behind === undefined ? { kind: 'slide', delta: -1 } : { kind: 'cursor', cursor: { t: behind, micro: microCount - 1 } };
}

/** Where a slide is entered from the next one (going back): the end of its walk. */
export function walkEnd(walk: readonly number[], microCount: number): Cursor | null {
  return walk.length > 0 ? { t: walk[walk.length - 1], micro: microCount - 1 } : null;
}
