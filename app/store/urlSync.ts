/**
 * Keeps the URL hash and the store in step: the hash is read at start and on `hashchange`,
 * and rewritten (replaceState, no history spam) after every change. Imports store files.
 */
import { decodeUrlState, encodeUrlState, EXTRA_KEYS } from './urlState';
import type { Store } from './store';

type StoreApi = { getState: () => Store; subscribe: (listener: (s: Store, prev: Store) => void) => () => void };

/** Applies a hash to the store; ignored keys become one notice. */
export function applyHash(store: StoreApi, hash: string): void {
  const { settings, cursor, ignored } = decodeUrlState(hash);
  const state = store.getState();
  state.applySettings(settings);
  state.seek(cursor.t, cursor.micro);
  if (ignored.length > 0) {
    state.addNotice('warning', `Some of the link's settings were ignored and set to their defaults: ${ignored.join('; ')}.`);
  }
}

/** The parameters of a hash that other features own (EXTRA_KEYS), as they are: `hide=…&slide=3`. */
export function extraParams(hash: string): string {
  return hash.replace(/^#/, '').split('&').filter((part) => EXTRA_KEYS.has(part.split('=')[0])).join('&');
}

/** Least milliseconds between two hash writes for cursor moves alone. */
const CURSOR_WRITE_MS = { playing: 1000, moving: 200 };

export function startUrlSync(store: StoreApi, win: Window = window): () => void {
  if (win.location.hash.length > 1) applyHash(store, win.location.hash);
  let written = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerDue = Infinity;
  let lastWrite = -Infinity;
  const write = () => {
    const s = store.getState();
    // Keys other features own (lesson locks, slides) stay in the hash as they are.
    const hash = [encodeUrlState({ settings: s.settings, cursor: s.cursor }), extraParams(win.location.hash)].filter(Boolean).join('&');
    if (hash === written) return;
    written = hash;
    // A hash the page was just sent to (a link, the host, back/forward) is already in place:
    // rewriting it costs the browser process a same-document navigation for nothing.
    if (win.location.hash.replace(/^#/, '') === hash) return;
    const url = `${win.location.pathname}${win.location.search}#${hash}`;
    win.history.replaceState(win.history.state, '', url);
  };
  /** Writes after `delay` ms, unless a write is already due sooner. */
  const schedule = (delay: number) => {
    const due = performance.now() + delay;
    if (timer !== undefined && timerDue <= due) return;
    clearTimeout(timer);
    timerDue = due;
    timer = setTimeout(() => {
      timer = undefined;
      timerDue = Infinity;
      lastWrite = performance.now();
      write();
    }, delay);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.settings === prev.settings && s.cursor === prev.cursor) return;
    if (s.settings !== prev.settings) return schedule(0);
    // The cursor moves every few frames while playing or dragging the time slider, and each
    // replaceState costs the main thread several ms: a move is written at once after a pause,
    // else at most every CURSOR_WRITE_MS (the last move always).
    schedule(Math.max(0, lastWrite + (s.isPlaying ? CURSOR_WRITE_MS.playing : CURSOR_WRITE_MS.moving) - performance.now()));
  });
  const onHashChange = () => {
    const hash = win.location.hash.replace(/^#/, '');
    if (hash !== written) applyHash(store, hash);
  };
  win.addEventListener('hashchange', onHashChange);
  write();
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', onHashChange);
    if (timer !== undefined) clearTimeout(timer);
  };
}
