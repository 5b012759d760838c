/**
 * Slides mode in the URL hash: `mode=slides`, `sl=<n>` (1-based slide) and `notes=1`. Reading
 * never throws and names every value it ignored; writing touches only these keys and keeps the
 * rest of the hash as it is. Registers its keys in the URL state's EXTRA_KEYS. Imports urlState.
 */
import { EXTRA_KEYS } from '../store/urlState';

/** Slides in the lesson (lesson.ts, checked by its test); here so the main bundle need not load the slides. */
export const SLIDE_COUNT = 12;
export const SLIDES_KEYS: readonly string[] = ['mode', 'sl', 'notes'];
// The settings decoder leaves these keys to us, and the URL sync keeps them in the hash.
for (const key of SLIDES_KEYS) EXTRA_KEYS.add(key);

export interface SlidesUrlState {
  isSlidesMode: boolean;
  /** 1-based. */
  slide: number;
  isNotesOpen: boolean;
}

export interface ReadSlidesUrl {
  state: SlidesUrlState;
  /** One entry per ignored key: `key=value: why`. */
  ignored: string[];
  /** Nothing but slides keys, the version and the theme: open the slide's own state. */
  isLessonLink: boolean;
  /** The link names a theme, so slides mode keeps it instead of switching to the projector theme. */
  hasTheme: boolean;
}

/** The hash's `key=value` parts, raw (not re-encoded). */
const partsOf = (hash: string) => hash.replace(/^#/, '').split('&').filter(Boolean);
function keyOf(part: string): string {
  const raw = part.split('=')[0] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // a malformed escape is nobody's key
  }
}

export function readSlidesUrl(hash: string): ReadSlidesUrl {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: SlidesUrlState = { isSlidesMode: false, slide: 1, isNotesOpen: false };
  const ignored: string[] = [];
  const read = (key: string, apply: (value: string) => boolean, why: string) => {
    const value = params.get(key);
    if (value !== null && !apply(value)) ignored.push(`${key}=${value.length > 40 ? `${value.slice(0, 40)}…` : value}: ${why}`);
  };
  // `mode=lab` belongs to the training lab (app/lab/labUrl.ts).
  read('mode', (v) => (v === 'slides' ? (state.isSlidesMode = true) : v === 'lab'), 'the modes are slides and lab');
  read('sl', (v) => {
    const n = /^\d{1,3}$/.test(v) ? Number(v) : 0;
    return n >= 1 && n <= SLIDE_COUNT && ((state.slide = n), true);
  }, `must be a slide from 1 to ${SLIDE_COUNT}`);
  read('notes', (v) => (v === '0' || v === '1') && ((state.isNotesOpen = v === '1'), true), 'must be 0 or 1');
  const keys = [...params.keys()];
  const isLessonLink = keys.every((k) => k === 'v' || k === 'th' || SLIDES_KEYS.includes(k) || EXTRA_KEYS.has(k));
  return { state, ignored, isLessonLink, hasTheme: params.has('th') };
}

/** The hash (without '#') with the slides keys set for `state`, every other part kept verbatim. */
export function writeSlidesUrl(hash: string, state: SlidesUrlState): string {
  // Another mode's `mode=` stays unless slides mode takes over.
  const kept = partsOf(hash).filter((part) => !SLIDES_KEYS.includes(keyOf(part)) || (keyOf(part) === 'mode' && part !== 'mode=slides' && !state.isSlidesMode));
  if (state.isSlidesMode) {
    kept.push('mode=slides', `sl=${state.slide}`);
    if (state.isNotesOpen) kept.push('notes=1');
  }
  return kept.join('&');
}
