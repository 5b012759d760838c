/**
 * The embed protocol's state object: the URL state as a plain object of its short keys (every
 * key, defaults included, plus `playing`), and the reverse: an object of keys merged over the
 * current state, decoded exactly as the hash is. Imports app/store only.
 */
import { largestHiddenSize } from '../store/cellSizes';
import type { Cursor } from '../store/playbackSlice';
import { microStepCount } from '../store/selectors';
import type { Settings } from '../store/settingsSlice';
import { decodeUrlState, encodeUrlState, type UrlState } from '../store/urlState';

/** Keys whose values are numbers in a state object; the others are strings. */
export const NUMBER_KEYS = ['v', 'is', 'hs', 'len', 's', 'fb', 'par', 'u', 'sp', 't', 'm'] as const;
/** Keys whose values are strings. */
export const STRING_KEYS = ['c', 'r', 'x', 'o', 'th', 'p', 'n', 'tl'] as const;
/**
 * Keys `set` accepts besides those a state object carries: `w` (imported weights, as in the
 * hash) is settable but never echoed, since it can weigh hundreds of kilobytes.
 */
export const SET_ONLY_KEYS = ['w'] as const;

/** A state object as the frame sends it. */
export type StateObject = Record<string, number | string | boolean>;

const isNumberKey = (key: string) => (NUMBER_KEYS as readonly string[]).includes(key);
const SETTABLE = new Set<string>([...NUMBER_KEYS, ...STRING_KEYS, ...SET_ONLY_KEYS, 'playing']);

/** The state object for a settings/cursor/playing triple. */
export function toStateObject(settings: Settings, cursor: Cursor, isPlaying: boolean): StateObject {
  const out: StateObject = {};
  for (const [key, value] of new URLSearchParams(encodeUrlState({ settings, cursor }, { full: true }))) {
    if (key === 'w') continue;
    out[key] = isNumberKey(key) ? Number(value) : value;
  }
  out.playing = isPlaying;
  return out;
}

export interface CurrentState extends UrlState {
  isPlaying: boolean;
}

export type DecodedStateObject =
  | { ok: true; settings: Settings; cursor: Cursor; playing: boolean | undefined; adjusted: string[] }
  | { ok: false; error: string };

const MAX_SHOWN = 40;
const shorten = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);

/**
 * Decodes `patch` (key → number or string; `playing` → boolean) over `current`: keys not given
 * keep their current values. Any unknown key or bad value refuses the whole patch with an error
 * naming it. Keys not given that no longer fit (a unit, override or custom input after a size
 * change) fall back as the hash would, and are listed in `adjusted`; the cursor and the focused
 * unit are clamped instead.
 */
export function decodeStateObject(patch: Readonly<Record<string, unknown>>, current: CurrentState): DecodedStateObject {
  const params = new URLSearchParams(encodeUrlState(current));
  const given = Object.keys(patch);
  let playing: boolean | undefined;
  for (const key of given) {
    const value = patch[key];
    if (!SETTABLE.has(key)) return { ok: false, error: `state.${shorten(key)}: unknown key (known: ${[...SETTABLE].join(', ')})` };
    if (key === 'playing') {
      if (typeof value !== 'boolean') return { ok: false, error: 'state.playing: expected true or false' };
      playing = value;
      continue;
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return { ok: false, error: `state.${key}: ${String(value)} is refused: expected a finite number` };
    } else if (typeof value !== 'string') {
      return { ok: false, error: `state.${key}: expected a number or a string` };
    }
    params.set(key, String(value));
  }
  const decoded = decodeUrlState(params.toString());
  const problems = decoded.ignored.filter((entry) => given.some((key) => entry.startsWith(`${key}=`) || entry.startsWith(`${key}:`)));
  if (problems.length > 0) return { ok: false, error: `state: ${problems.join('; ')}` };
  const { settings } = decoded;
  const cursor = { ...decoded.cursor };
  if (!given.includes('t')) cursor.t = current.cursor.t;
  if (!given.includes('m')) cursor.micro = current.cursor.micro;
  if (!given.includes('u')) settings.unit = Math.min(current.settings.unit, largestHiddenSize(settings) - 1);
  const microSteps = settings.isParallel ? 1 : microStepCount(settings.cells);
  if (given.includes('m') && cursor.micro >= microSteps) {
    return { ok: false, error: `state.m: micro-step ${cursor.micro} is out of range 0..${microSteps - 1} for ${settings.cells.join(', ')}${settings.isParallel ? ' in parallel mode' : ''}` };
  }
  cursor.t = Math.min(cursor.t, settings.steps);
  cursor.micro = Math.min(cursor.micro, microSteps - 1);
  const adjusted = decoded.ignored.filter((entry) => !problems.includes(entry) && !/^[tmu][=:]/.test(entry));
  return { ok: true, settings, cursor, playing, adjusted };
}
