/**
 * Keeps the lab form's URL keys and the lab store in step while the lab is open: read when the
 * lab opens and on `hashchange`, written (replaceState) on every change, removed when the lab
 * closes. Started by the lab view when it first loads. Imports lab files and the app store type.
 */
import type { Store } from '../store/store';
import { useLab } from './labStore';
import { LAB_KEYS, useLabMode } from './labMode';
import { readLabUrl, writeLabUrl } from './labUrl';

type StoreApi = { getState: () => Store };

let isStarted = false;

/** The hash names some lab form field (a lab link), so it, not the form as it was, is what to show. */
function hasFormKeys(hash: string): boolean {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return LAB_KEYS.some((key) => params.has(key));
}

function applyLabHash(app: StoreApi, hash: string): void {
  const { state, ignored } = readLabUrl(hash);
  if (ignored.length > 0) app.getState().addNotice('warning', `Some of the link's lab settings were ignored: ${ignored.join('; ')}.`);
  useLab.setState(state);
}

/** Idempotent: the lab view calls it every time it mounts. */
export function startLabSync(app: StoreApi, win: Window = window): void {
  if (isStarted) return;
  isStarted = true;
  const write = () => {
    const { form, isLogScale } = useLab.getState();
    const hash = writeLabUrl(win.location.hash, useLabMode.getState().isLabMode ? { form, isLogScale } : null);
    if (hash !== win.location.hash.replace(/^#/, '')) {
      win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}#${hash}`);
    }
  };
  if (hasFormKeys(win.location.hash)) applyLabHash(app, win.location.hash);
  useLab.subscribe((s, prev) => {
    if (s.form !== prev.form || s.isLogScale !== prev.isLogScale) write();
  });
  useLabMode.subscribe((s, prev) => {
    if (s.isLabMode === prev.isLabMode) return;
    // Reopening the lab from a link takes the link's form; from the button, the form as it was.
    if (s.isLabMode && hasFormKeys(win.location.hash)) applyLabHash(app, win.location.hash);
    write();
  });
  win.addEventListener('hashchange', () => {
    if (useLabMode.getState().isLabMode && hasFormKeys(win.location.hash)) applyLabHash(app, win.location.hash);
  });
  write();
}
