/**
 * Playback controls by role and accessible name (DESIGN.md test hooks): Play/Pause,
 * Step back/forward (micro-step), Previous/Next time step, Reset, speed and the "Time step"
 * slider. Imports app/ only.
 */
import { useShallow } from 'zustand/react/shallow';
import { PolicyGroup } from './PolicyGroup';
import { SIZE_LIMITS } from '../store/settingsSlice';
import { useStore } from '../store/store';
import { useFrameSeek } from './useFrameSeek';

const SPEEDS = [0.25, 0.5, 1, 2, 4];

export function PlaybackControls() {
  const { t, steps, isPlaying, speed, isParallel } = useStore(
    useShallow((s) => ({
      t: s.cursor.t, steps: s.settings.steps, isPlaying: s.isPlaying,
      speed: s.settings.speed, isParallel: s.settings.isParallel,
    })),
  );
  const a = useStore.getState();
  const [slid, onSlide] = useFrameSeek(t, a.seek);
  return (
    <div className="playback" role="toolbar" aria-label="Playback">
      <button type="button" onClick={a.togglePlay} aria-label={isPlaying ? 'Pause' : 'Play'} className="primary">
        {isPlaying ? '❚❚ Pause' : '▶ Play'}
      </button>
      <button type="button" onClick={a.previousTimeStep} aria-label="Previous time step" title="Previous time step (Shift+←)">◀◀</button>
      <button type="button" onClick={a.stepBack} aria-label="Step back" title="Step back (←)">◀</button>
      <button type="button" onClick={a.stepForward} aria-label="Step forward" title="Step forward (→)">▶</button>
      <button type="button" onClick={a.nextTimeStep} aria-label="Next time step" title="Next time step (Shift+→)">▶▶</button>
      <button type="button" onClick={a.resetCursor} aria-label="Reset" title="Back to step 1 (Home)">⟲ Reset</button>
      <label className="slider">
        <span>Time step</span>
        <input
          type="range" min={1} max={steps} step={1} value={slid}
          aria-label="Time step" aria-valuetext={`step ${slid} of ${steps}`}
          onChange={(e) => onSlide(Number(e.target.value))}
        />
        <span className="slider-readout" aria-hidden="true">{slid}/{steps}</span>
      </label>
      <PolicyGroup group="speed" label="Playback speed" layout="inline">
      <label>
        <span>Speed</span>
        <select
          aria-label="Speed" value={speed}
          onChange={(e) => a.applySettings({ speed: Number(e.target.value) })}
        >
          {SPEEDS.filter((v) => v >= SIZE_LIMITS.speed.min && v <= SIZE_LIMITS.speed.max).map((v) => (
            <option key={v} value={v}>{v}×</option>
          ))}
        </select>
      </label>
      </PolicyGroup>
      <label className="check">
        <input type="checkbox" checked={isParallel} onChange={(e) => a.applySettings({ isParallel: e.target.checked })} />
        <span>Parallel (all gates of a step at once)</span>
      </label>
    </div>
  );
}
