// Entry point: reads the URL state and starts the engine worker at once, then loads and mounts the
// React app. React DOM and the app are chunks of their own: evaluating everything in one script
// was one task of 40–50 ms before the first frame; in three, the worker starts sooner and no
// task is as long.
// Imports app/ only.
import { useStore } from './store/store';
import { startEngine } from './engine/engine';
import { startPolicySync } from './store/policyUrl';
import { startSlidesSync, useSlidesMode } from './lessons/slidesMode';
import { startUrlSync } from './store/urlSync';
import { isEmbedMode } from './embed/embedParams';
import { startLabModeSync, useLabMode } from './lab/labMode';
import './styles/base.css';
import { FIRST_SCREEN_FONTS, PANEL_FONTS, warmFonts } from './fontWarmup';

startUrlSync(useStore);
startPolicySync(useStore);
if (!isEmbedMode(window.location.search)) {
  startSlidesSync(useStore);
  startLabModeSync(useStore);
}
startEngine();
// The fonts of the cells and their panels: the slides and the lab open on other screens.
if (!useSlidesMode.getState().isSlidesMode && !useLabMode.getState().isLabMode) warmFonts([...FIRST_SCREEN_FONTS, ...PANEL_FONTS]);
const root = document.getElementById('root');
if (root) {
  // React DOM first, then the app, each evaluated in a task of its own: together they were one
  // task of 40–46 ms on a first visit (no code cache), most of it React DOM's.
  import('react-dom/client')
    .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
    .then(() => import('./mountApp'))
    .then(({ mountApp }) => mountApp(root))
    .catch((e: unknown) => {
      root.textContent = `GateLab could not load: ${e instanceof Error ? e.message : String(e)}. Reload the page to try again.`;
    });
}
