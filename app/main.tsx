// Entry point: reads the URL state and starts the engine worker at once, then loads and mounts the
// React app. The app is a chunk of its own: evaluating everything in one script was one task of
// 40–50 ms before the first frame; in two, the worker starts sooner and neither task is as long.
// Imports app/ only.
import { useStore } from './store/store';
import { startEngine } from './engine/engine';
import { startPolicySync } from './store/policyUrl';
import { startSlidesSync } from './lessons/slidesMode';
import { startUrlSync } from './store/urlSync';
import { isEmbedMode } from './embed/embedParams';
import { startLabModeSync } from './lab/labMode';
import './styles/base.css';

startUrlSync(useStore);
startPolicySync(useStore);
if (!isEmbedMode(window.location.search)) {
  startSlidesSync(useStore);
  startLabModeSync(useStore);
}
startEngine();
const root = document.getElementById('root');
if (root) {
  import('./mountApp')
    .then(({ mountApp }) => mountApp(root))
    .catch((e: unknown) => {
      root.textContent = `GateLab could not load: ${e instanceof Error ? e.message : String(e)}. Reload the page to try again.`;
    });
}
