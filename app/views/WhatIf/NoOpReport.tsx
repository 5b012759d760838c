/**
 * Tells the learner when the numbers show a limiting case: h_t = h_{t−1} (the GRU step is a no-op)
 * or c_t = c_{t−1} (the LSTM keeps its cell). Imports app/ only.
 */
import { useStore } from '../../store/store';
import { unchangedSteps } from './noOp';

function summary(steps: number[], T: number): string {
  return steps.length === T ? 'at every step' : `at step${steps.length > 1 ? 's' : ''} ${steps.join(', ')}`;
}

export function NoOpReport() {
  const gru = useStore((s) => s.results.gru);
  const lstm = useStore((s) => s.results.lstm);
  const lines: string[] = [];
  if (gru) {
    const steps = unchangedSteps(gru, 'h');
    if (steps.length) lines.push(`GRU: h_t = h_{t−1} ${summary(steps, gru.trace.steps)}: the step is a no-op.`);
  }
  if (lstm) {
    const steps = unchangedSteps(lstm, 'c');
    if (steps.length) lines.push(`LSTM: c_t = c_{t−1} ${summary(steps, lstm.trace.steps)}: the cell keeps its memory.`);
  }
  if (!lines.length) return null;
  return <ul className="noop-report" aria-label="What the numbers show">{lines.map((l) => <li key={l}>✓ {l}</li>)}</ul>;
}
