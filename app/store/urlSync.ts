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

export function startUrlSync(store: StoreApi, win: Window = window): () => void {
  if (win.location.hash.length > 1) applyHash(store, win.location.hash);
  let written = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    const s = store.getState();
    // Keys other features own (lesson locks, slides) stay in the hash as they are.
    const hash = [encodeUrlState({ settings: s.settings, cursor: s.cursor }), extraParams(win.location.hash)].filter(Boolean).join('&');
    if (hash === written) return;
    written = hash;
    const url = `${win.location.pathname}${win.location.search}#${hash}`;
    win.history.replaceState(win.history.state, '', url);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.settings === prev.settings && s.cursor === prev.cursor) return;
    // During playback the cursor moves every few frames: write at most every 250 ms.
    if (timer === undefined) timer = setTimeout(() => ((timer = undefined), write()), s.isPlaying ? 250 : 0);
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
