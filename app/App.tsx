// The app shell: header, notices, playback, narration, the cell columns and the panels. Imports app/ only.
import { lazy, Suspense, useRef } from 'react';
import { PlaybackControls } from './controls/PlaybackControls';
import { useKeyboard } from './controls/useKeyboard';
import { usePlaybackLoop } from './controls/usePlaybackLoop';
import { Header } from './views/Header/Header';
import { CellPanel } from './views/CellPanel/CellPanel';
import { EquationPanel } from './views/Equations/EquationPanel';
import { Narration } from './views/Narration/Narration';
import { Notices } from './views/Notices/Notices';
import { DropZone } from './views/Inputs/DropZone';
import { InputsPanel } from './views/Inputs/InputsPanel';
import { WhatIfPanel } from './views/WhatIf/WhatIfPanel';
import { Timeline } from './views/Timeline/Timeline';
import { ParameterCounts } from './views/ParameterCounts/ParameterCounts';
import { useStore } from './store/store';
import { EmbedTitle } from './embed/EmbedTitle';
import { isEmbedMode } from './embed/embedParams';
import { useSlidesMode } from './lessons/slidesMode';
import { SlidesEntry } from './views/Slides/SlidesEntry';

/** `?embed`: chromeless layout for an iframe (app/embed, docs/embed.md). */
const isEmbed = isEmbedMode(window.location.search);
/** Slides mode (app/lessons): its views and the lesson load only when it opens. */
const SlidesView = lazy(() => import('./views/Slides/SlidesView').then((m) => ({ default: m.SlidesView })));

export function App() {
  const root = useRef<HTMLDivElement>(null);
  const cells = useStore((s) => s.settings.cells);
  const theme = useStore((s) => s.settings.theme);
  const panels = useStore((s) => s.settings.panels);
  usePlaybackLoop();
  useKeyboard(root);
  const isSlides = useSlidesMode((s) => s.isSlidesMode) && !isEmbed;
  if (isSlides) {
    // The same root element as below (React keeps the node), so the app's key handler stays attached.
    return (
      <div ref={root} className="app" data-theme={theme}>
        <Suspense fallback={<p className="muted">Loading the lesson…</p>}><SlidesView /></Suspense>
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
        <div className="columns" data-count={cells.length}>
          {cells.map((cell) => <CellPanel key={cell} cell={cell} />)}
        </div>
        {panels.includes('timeline') && <Timeline />}
        <div className="panels">
          {/* slot: equations */}
          {panels.includes('equations') && <EquationPanel />}
          {panels.includes('inputs') && <InputsPanel />}
          {panels.includes('whatif') && <WhatIfPanel />}
          {panels.includes('params') && <ParameterCounts />}
        </div>
      </main>
    </div>
  );
}
