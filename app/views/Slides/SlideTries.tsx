/**
 * A slide's one-click changes to the live cells (force a gate, set the forget bias); the one in
 * effect is marked pressed. Imports app/ only.
 */
import { useStore } from '../../store/store';
import { tryOnSlide } from '../../lessons/presenter';
import { tryPatch } from '../../lessons/slideState';
import type { SlideTry } from '../../lessons/types';
import type { Settings } from '../../store/settingsSlice';

/** The try is in effect when every setting it would change already has its value. */
function isInEffect(tryIt: SlideTry, settings: Settings): boolean {
  const patch = tryPatch(tryIt, settings);
  return (Object.keys(patch) as (keyof Settings)[]).every((key) => JSON.stringify(patch[key]) === JSON.stringify(settings[key]));
}

export function SlideTries({ tries }: { tries: readonly SlideTry[] }) {
  const settings = useStore((s) => s.settings);
  return (
    <div className="slide-tries" role="group" aria-label="Try it on the live cells">
      {tries.map((tryIt) => (
        <button key={tryIt.label} type="button" aria-pressed={isInEffect(tryIt, settings)} onClick={() => tryOnSlide(useStore, tryIt)}>
          {tryIt.label}
        </button>
      ))}
    </div>
  );
}
