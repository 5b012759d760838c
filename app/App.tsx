// The app shell: header, notices, playback, narration, the cell columns and the panels. Imports app/ only.
import { Suspense, useRef } from 'react';
import { PlaybackControls } from './controls/PlaybackControls';
import { useKeyboard } from './controls/useKeyboard';
import { useMotionFlags } from './controls/useMotionFlags';
import { usePlaybackLoop } from './controls/usePlaybackLoop';
import { Header } from './views/Header/Header';
import { CellPanel } from './views/CellPanel/CellPanel';
import { EquationPanel } from './views/Equations/EquationPanel';
import { Narration } from './views/Narration/Narration';
import { Notices } from './views/Notices/Notices';
import { DropZone } from './views/Inputs/DropZone';
import { useStore } from './store/store';
import { EmbedTitle } from './embed/EmbedTitle';
import { isEmbedMode } from './embed/embedParams';
import { useSlidesMode } from './lessons/slidesMode';
import { SlidesEntry } from './views/Slides/SlidesEntry';
import { useLabMode } from './lab/labMode';
import { TrainedLine } from './views/Trained/TrainedLine';
import { useStagedMount } from './views/stagedMount';
import { Boundary } from './views/Boundary/Boundary';
import { retryableLazy, type Retryable } from './views/Boundary/retryableLazy';
import { CELL_NAMES } from './store/microSteps';

/** `?embed`: chromeless layout for an iframe (app/embed, docs/embed.md). */
const isEmbed = isEmbedMode(window.location.search);
/** Slides mode (app/lessons): its views and the lesson load only when it opens. */
const SlidesView = retryableLazy(() => import('./views/Slides/SlidesView').then((m) => ({ default: m.SlidesView })));
/**
 * Panels below the cells load after the first screen (which needs only the cells and their
 * numbers): keeps the initial JS within budget and the first trace early.
 */
const Timeline = retryableLazy(() => import('./views/Timeline/Timeline').then((m) => ({ default: m.Timeline })));
const InputsPanel = retryableLazy(() => import('./views/Inputs/InputsPanel').then((m) => ({ default: m.InputsPanel })));
const WhatIfPanel = retryableLazy(() => import('./views/WhatIf/WhatIfPanel').then((m) => ({ default: m.WhatIfPanel })));
const ParameterCounts = retryableLazy(() => import('./views/ParameterCounts/ParameterCounts').then((m) => ({ default: m.ParameterCounts })));
/** The training lab (app/lab): its views, store and workers load only when it opens. */
const LabView = retryableLazy(() => import('./views/Lab/LabView').then((m) => ({ default: m.LabView })));
const panelLoading = <div className="panel panel-loading" aria-busy="true">Loading…</div>;

/**
 * The panels below the cells, mounted one by one once the first trace is drawn (stagedMount.ts).
 * A component of its own, so each stage re-renders only this, not the cells above.
 */
function BelowCells() {
  const panels = useStore((s) => s.settings.panels);
  const staged = useStagedMount(5);
  const later = (stage: number, what: string, Panel: Retryable) =>
    staged >= stage ? <Boundary what={what} onRetry={Panel.retry}><Suspense fallback={panelLoading}><Panel /></Suspense></Boundary> : panelLoading;
  return (
    <>
      {panels.includes('timeline') && later(1, 'The timeline', Timeline)}
      <div className="panels">
        {panels.includes('equations') && later(2, 'The equations', EquationPanel)}
        {panels.includes('inputs') && later(3, 'The inputs panel', InputsPanel)}
        {panels.includes('whatif') && later(4, 'The what-if panel', WhatIfPanel)}
        {panels.includes('params') && later(5, 'The parameter counts', ParameterCounts)}
      </div>
    </>
  );
}

export function App() {
  const root = useRef<HTMLDivElement>(null);
  const cells = useStore((s) => s.settings.cells);
  const theme = useStore((s) => s.settings.theme);
  usePlaybackLoop();
  useKeyboard(root);
  const isSlides = useSlidesMode((s) => s.isSlidesMode) && !isEmbed;
  const isLab = useLabMode((s) => s.isLabMode) && !isEmbed;
  useMotionFlags(root, !isSlides && !isLab);
  if (isSlides) {
    // The same root element as below (React keeps the node), so the app's key handler stays attached.
    return (
      <div ref={root} className="app" data-theme={theme}>
        <Boundary what="The lesson" onRetry={SlidesView.retry}><Suspense fallback={<p className="muted">Loading the lesson…</p>}><SlidesView /></Suspense></Boundary>
      </div>
    );
  }
  if (isLab) {
    return (
      <div ref={root} className="app" data-theme={theme} data-mode="lab">
        <Header />
        <main>
          <Notices />
          <Boundary what="The training lab" onRetry={LabView.retry}><Suspense fallback={<p className="muted">Loading the training lab…</p>}><LabView /></Suspense></Boundary>
        </main>
      </div>
    );
  }
  return (
    <div ref={root} className="app" data-theme={theme} data-embed={isEmbed ? '' : undefined}>
      {isEmbed ? <EmbedTitle /> : <Header />}
      <DropZone />
      <main>
        <Notices />
        {!isEmbed && <SlidesEntry />}
        <PlaybackControls />
        <Narration />
        <TrainedLine />
        <div className="columns" data-count={cells.length}>
          {cells.map((cell) => <Boundary key={cell} what={`The ${CELL_NAMES[cell]} cell`}><CellPanel cell={cell} /></Boundary>)}
        </div>
        <BelowCells />
      </main>
    </div>
  );
}
