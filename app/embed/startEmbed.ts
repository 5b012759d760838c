/**
 * Embed protocol v1 in the browser: listens to the parent window's messages, runs them, and
 * posts `ready`, `state`, `resize` and `reply` back; pauses while unseen; Esc hands the keyboard
 * back to the host page. Loaded lazily, only in embed mode. Imports app/store and app/embed.
 */
import type { Store } from '../store/store';
import { createAutoPause } from './autoPause';
import { currentStateObject, runCommand } from './commands';
import { allowedOrigins } from './embedParams';
import { parseMessage, PROTOCOL_VERSION } from './messages';
import { releaseFocusOnEscape } from './releaseFocus';

type StoreApi = { getState: () => Store; subscribe: (listener: (s: Store, prev: Store) => void) => () => void };

/** The parent's origin when the browser tells it (ancestorOrigins, else the referrer), or null. */
function parentOrigin(win: Window): string | null {
  const ancestors = win.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors[0] ?? null;
  try {
    return win.document.referrer ? new URL(win.document.referrer).origin : null;
  } catch {
    return null;
  }
}

/**
 * Starts the protocol for the app rendered into `root`. Returns a function that stops it.
 * Outside a frame nothing is posted and every message is ignored.
 */
export function startEmbed(store: StoreApi, root: HTMLElement, win: Window = window): () => void {
  const doc = win.document;
  const isFramed = win.parent !== win;
  const { origins, invalid, isRestricted } = allowedOrigins(win.location.search);
  if (invalid.length > 0) {
    store.getState().addNotice('warning', `The embed link's origin= values ${invalid.map((v) => `"${v}"`).join(', ')} are not http(s) origins and were ignored${origins.length === 0 ? '; no host page can drive this embed' : ''}.`);
  }
  // Where events go: anyone ('*') unless origin= restricts it; then the parent's origin if it is
  // allowed, the only allowed origin if the parent's is unknown, else nowhere until a command comes.
  const known = parentOrigin(win);
  let eventTarget: string | null = '*';
  if (isRestricted) {
    eventTarget = known !== null ? (origins.includes(known) ? known : null) : origins.length === 1 ? origins[0] ?? null : null;
    if (isFramed && known !== null && eventTarget === null) {
      console.warn(`GateLab embed: the host page's origin ${known} is not among origin=${origins.join(',')}; its messages are ignored.`);
    }
  }
  const post = (message: Record<string, unknown>, targetOrigin: string | null) => {
    if (isFramed && targetOrigin !== null) win.parent.postMessage({ gatelab: PROTOCOL_VERSION, ...message }, targetOrigin);
  };

  const onMessage = (event: MessageEvent) => {
    if (!isFramed || event.source !== win.parent) return;
    if (isRestricted && !origins.includes(event.origin)) return;
    const parsed = parseMessage(event.data);
    if (parsed.kind === 'ignore') return;
    if (isRestricted) eventTarget = event.origin;
    // An opaque origin (a sandboxed host without allow-same-origin) can only be reached with '*'.
    const replyTo = event.origin === 'null' ? '*' : event.origin;
    if (parsed.kind === 'invalid') {
      post({ event: 'reply', ...(parsed.id !== undefined ? { id: parsed.id } : {}), ok: false, error: parsed.error }, replyTo);
      return;
    }
    const outcome = runCommand(store, parsed.command);
    if (parsed.command.id !== undefined) post({ event: 'reply', id: parsed.command.id, ...outcome }, replyTo);
  };
  win.addEventListener('message', onMessage);

  // ready: once the first trace is on screen (the DOM shows a value). Observed, not polled, so
  // it also fires in a frame that starts below the fold (where animation frames are throttled).
  let isReady = false;
  let lastState = '';
  const checkReady = () => {
    if (isReady || store.getState().traceStatus !== 'ready' || !root.querySelector('[data-cell] [data-value]')) return;
    isReady = true;
    readyWatch.disconnect();
    const state = currentStateObject(store);
    lastState = JSON.stringify(state);
    post({ event: 'ready', version: PROTOCOL_VERSION, state }, eventTarget);
  };
  const readyWatch = new MutationObserver(checkReady);
  readyWatch.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-value'] });

  // state: after every change of cursor, settings or playing; once per animation frame while
  // playing, at once otherwise (and on play/pause, which must arrive even from a hidden frame).
  let frame = 0;
  let isQueued = false;
  const flushState = () => {
    if (!isReady) return;
    const state = currentStateObject(store);
    const text = JSON.stringify(state);
    if (text === lastState) return;
    lastState = text;
    post({ event: 'state', state }, eventTarget);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.traceStatus !== prev.traceStatus) checkReady();
    if (s.settings === prev.settings && s.cursor === prev.cursor && s.isPlaying === prev.isPlaying) return;
    const isImmediate = !s.isPlaying || s.isPlaying !== prev.isPlaying;
    if (isImmediate) {
      if (frame) win.cancelAnimationFrame(frame);
      frame = 0;
      if (!isQueued) {
        isQueued = true;
        queueMicrotask(() => ((isQueued = false), flushState()));
      }
    } else if (!frame && !isQueued) {
      frame = win.requestAnimationFrame(() => ((frame = 0), flushState()));
    }
  });

  // resize: the content height in CSS px, whenever it changes.
  let lastHeight = -1;
  const sizeWatch = new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    post({ event: 'resize', height }, eventTarget);
  });
  sizeWatch.observe(root);

  // Pause while unseen: scrolled out of the host's viewport, or the tab hidden.
  const autoPause = createAutoPause(store);
  const viewWatch = new IntersectionObserver((entries) => {
    const last = entries[entries.length - 1];
    if (last) autoPause.setHidden('offscreen', !last.isIntersecting);
  });
  viewWatch.observe(root);
  const onVisibility = () => autoPause.setHidden('tab', doc.visibilityState === 'hidden');
  doc.addEventListener('visibilitychange', onVisibility);
  onVisibility();

  const stopFocus = releaseFocusOnEscape(win);
  checkReady();
  return () => {
    win.removeEventListener('message', onMessage);
    readyWatch.disconnect();
    unsubscribe();
    if (frame) win.cancelAnimationFrame(frame);
    sizeWatch.disconnect();
    viewWatch.disconnect();
    autoPause.dispose();
    doc.removeEventListener('visibilitychange', onVisibility);
    stopFocus();
  };
}
