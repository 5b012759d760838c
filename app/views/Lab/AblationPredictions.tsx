/**
 * The ablation view's first step: for each LSTM ablation, the learner says how much it will
 * hurt before seeing any number. One radio group per ablation; locked once the runs start.
 * Imports app/ only.
 */
import { useId } from 'react';
import { setPrediction } from '../../lab/ablationActions';
import { useAblation } from '../../lab/ablationStore';
import { ABLATION_TEXT, ABLATIONS, EFFECTS } from '../../lab/ablationVerdict';

export const EFFECT_TEXT = { 'a lot': 'hurts a lot', 'a little': 'hurts a little', 'not at all': 'does not hurt' } as const;

export function AblationPredictions({ isLocked }: { isLocked: boolean }) {
  const id = useId();
  const predictions = useAblation((s) => s.predictions);
  return (
    <div className="lab-predictions">
      {ABLATIONS.map((ablation) => (
        <fieldset key={ablation} className="lab-predict" disabled={isLocked} data-predict={ablation}>
          <legend>
            <strong>{ABLATION_TEXT[ablation].name}</strong> <span className="muted">({ABLATION_TEXT[ablation].change})</span>
          </legend>
          {EFFECTS.map((effect) => (
            <label key={effect} className="check">
              <input
                type="radio" name={`${id}-${ablation}`} value={effect}
                checked={predictions[ablation] === effect} onChange={() => setPrediction(ablation, effect)}
              />
              <span>{EFFECT_TEXT[effect]}</span>
            </label>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
