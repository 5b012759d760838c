// Mounts the React app into #root: loaded by main.tsx as a chunk of its own, after the store, the
// URL sync and the engine worker are started. Imports app/ only.
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { Boundary } from './views/Boundary/Boundary';
import { useStore } from './store/store';
import { applyEmbedDefaults, isEmbedMode } from './embed/embedParams';

export function mountApp(root: HTMLElement): void {
  // A transition: React renders the first screen in slices of a few ms, yielding between them.
  startTransition(() => createRoot(root).render(<StrictMode><Boundary what="GateLab" isPage><App /></Boundary></StrictMode>));
  if (isEmbedMode(window.location.search)) {
    // Embed mode (docs/embed.md): the protocol code loads only here, keeping the main bundle small.
    applyEmbedDefaults(useStore, window.location.hash);
    import('./embed/startEmbed')
      .then(({ startEmbed }) => startEmbed(useStore, root))
      .catch(() => useStore.getState().addNotice('error', 'The embed protocol failed to load; the host page cannot drive this view.'));
  }
}
