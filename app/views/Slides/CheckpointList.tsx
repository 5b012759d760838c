/**
 * A slide's checkpoints, checked live on the engine's trace: "✓ Checkpoint reached: …" or
 * "Not yet: …", with the numbers that decide. Imports app/ only.
 */
import { checkCheckpoint, CHECKPOINTS } from '../../lessons/checkpoints';
import type { CheckpointId } from '../../lessons/types';
import { CELL_NAMES } from '../../store/microSteps';
import { useStore } from '../../store/store';

export function CheckpointList({ ids }: { ids: readonly CheckpointId[] }) {
  const results = useStore((s) => s.results);
  return (
    <div className="checkpoints">
      {ids.map((id) => {
        const status = checkCheckpoint(id, results);
        const state = status === null ? 'waiting' : status.isReached ? 'reached' : 'open';
        return (
          <div key={id} className="checkpoint" data-checkpoint={id} data-state={state}>
            <p className="checkpoint-goal"><strong>Checkpoint:</strong> {CHECKPOINTS[id].goal}</p>
            <p className="checkpoint-status" aria-live="polite">
              {status === null
                ? `Shows when the ${CELL_NAMES[CHECKPOINTS[id].cell]} is computed.`
                : <><strong>{status.isReached ? '✓ Checkpoint reached:' : 'Not yet:'}</strong> {status.text}</>}
            </p>
          </div>
        );
      })}
    </div>
  );
}
