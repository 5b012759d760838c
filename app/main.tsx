// Entry point: reads the URL state, starts the engine worker, mounts the React app. Imports app/ only.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startEngine } from './engine/engine';
import { useStore } from './store/store';
import { startPolicySync } from './store/policyUrl';
import { startSlidesSync } from './lessons/slidesMode';
import { startUrlSync } from './store/urlSync';
import { applyEmbedDefaults, isEmbedMode } from './embed/embedParams';
import { startLabModeSync } from './lab/labMode';
import './styles/base.css';

startUrlSync(useStore);
startPolicySync(useStore);
if (!isEmbedMode(window.location.search)) {
  startSlidesSync(useStore);
  startLabModeSync(useStore);
}
startEngine();
// The first frame with real numbers on screen, for `npm run bench:ui`.
const stopWatching = useStore.subscribe((s) => {
  if (s.traceVersion === 0) return;
  stopWatching();
  requestAnimationFrame(() => setTimeout(() => performance.mark('gatelab:first-trace-drawn'), 0));
});
const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
if (root && isEmbedMode(window.location.search)) {
  // Embed mode (docs/embed.md): the protocol code loads only here, keeping the main bundle small.
  applyEmbedDefaults(useStore, window.location.hash);
  import('./embed/startEmbed')
    .then(({ startEmbed }) => startEmbed(useStore, root))
    .catch(() => useStore.getState().addNotice('error', 'The embed protocol failed to load; the host page cannot drive this view.'));
}
