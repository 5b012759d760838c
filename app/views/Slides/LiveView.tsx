/**
 * The live visualisation beside the slide: the app's own playback, narration and cell columns,
 * showing whatever state the slide set. Imports app/ only.
 */
import { PlaybackControls } from '../../controls/PlaybackControls';
import { useStore } from '../../store/store';
import { CellPanel } from '../CellPanel/CellPanel';
import { Narration } from '../Narration/Narration';
import { Notices } from '../Notices/Notices';

export function LiveView() {
  const cells = useStore((s) => s.settings.cells);
  return (
    <section className="slides-live" aria-label="Live cells">
      <Notices />
      <PlaybackControls />
      <Narration />
      <div className="columns" data-count={cells.length}>
        {cells.map((cell) => <CellPanel key={cell} cell={cell} />)}
      </div>
    </section>
  );
}
