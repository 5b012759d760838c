/**
 * Train, pause, resume and cancel, a progress bar over every run of the batch, and the time
 * left at the rate so far (refreshed every second). Imports app/ only.
 */
import { useEffect, useState } from 'react';
import { labPool, cancelLab, pauseLab, resumeLab, startLab } from '../../lab/labActions';
import { batchProgress, describeTimeLeft, isBatchActive, isPauseComplete, secondsLeft } from '../../lab/labSelectors';
import { useLab } from '../../lab/labStore';

/** Re-renders every second while `isOn`. */
function useTicker(isOn: boolean): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!isOn) return;
    const timer = setInterval(() => setNow(performance.now()), 1000);
    return () => clearInterval(timer);
  }, [isOn]);
  return now;
}

export function LabRunBar() {
  const batch = useLab((s) => s.batch);
  const isActive = isBatchActive(batch);
  const isPaused = isActive && batch?.pausedAt !== null;
  const now = useTicker(isActive && !isPaused);
  const progress = batch ? batchProgress(batch) : null;
  const status = !batch ? 'Nothing trained yet.'
    : isPaused ? (isPauseComplete(batch) ? 'Paused.' : 'Pausing…')
      : isActive ? describeTimeLeft(secondsLeft(batch, Math.max(now, performance.now())))
        : batch.isCancelled ? 'Cancelled; the curves so far are kept.'
          : batch.runs.some((r) => r.status === 'failed') ? 'Finished, with failed runs (see the table).'
            : 'Finished.';
  return (
    <div className="lab-run-bar">
      <div className="lab-buttons">
        <button type="button" className="primary" onClick={startLab}>{isActive ? 'Restart' : batch ? 'Train again' : 'Train'}</button>
        {isActive && (isPaused
          ? <button type="button" onClick={resumeLab}>Resume</button>
          : <button type="button" onClick={pauseLab}>Pause</button>)}
        {isActive && <button type="button" onClick={cancelLab}>Cancel</button>}
      </div>
      <div className="lab-progress">
        <progress aria-label="Training progress" max={1} value={progress?.fraction ?? 0} />
        <span role="status" className="lab-status">
          {progress && batch ? `${Math.round(progress.fraction * 100)} % · ` : ''}{status}
        </span>
      </div>
      <p className="muted lab-pool-note">
        Training runs in {labPool().size} background worker{labPool().size === 1 ? '' : 's'} (one per core), one model each at a time.
      </p>
    </div>
  );
}
