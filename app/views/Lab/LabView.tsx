/**
 * The training lab (LESSON.md, lab tasks): train a tanh RNN, a GRU and an LSTM on the same
 * synthetic task in background workers, watch the loss curves against the baseline, read the
 * results, then look inside the trained models. Loaded lazily with the lab. Imports app/ only.
 */
import { useEffect } from 'react';
import { labPool, setLogScale } from '../../lab/labActions';
import { startLabSync } from '../../lab/labSync';
import { useStore } from '../../store/store';
import { isBatchActive } from '../../lab/labSelectors';
import { useLab } from '../../lab/labStore';
import { AblationPanel } from './AblationPanel';
import { GradientFlowPanel } from './GradientFlowPanel';
import { LabFormPanel } from './LabFormPanel';
import { LabRunBar } from './LabRunBar';
import { LossChart } from './LossChart';
import { ResultsTable } from './ResultsTable';
import { OpenTrained } from './OpenTrained';
import './Lab.css';

export function LabView() {
  const batch = useLab((s) => s.batch);
  const isLogScale = useLab((s) => s.isLogScale);
  useEffect(() => startLabSync(useStore), []);
  // The workers start while the learner reads the form, not in the task of the first Train click.
  useEffect(() => {
    const timer = setTimeout(() => labPool().prepare(), 500);
    return () => clearTimeout(timer);
  }, []);
  return (
    <section className="lab" aria-labelledby="lab-title">
      <h2 id="lab-title">Training lab</h2>
      <p className="lab-intro">
        Do gates beat a plain RNN, and do the GRU and the LSTM differ? Train all three at matched parameter counts on the
        same data and see. Every number is measured here, now, by the same engine as the visualizer.
      </p>
      <div className="panel lab-setup">
        <LabFormPanel isLocked={isBatchActive(batch)} />
        <LabRunBar />
      </div>
      {batch && (
        <div className="panel lab-curves">
          <div className="lab-curves-head">
            <h3>Loss curves</h3>
            <label className="check">
              <input type="checkbox" checked={isLogScale} onChange={(e) => setLogScale(e.target.checked)} />
              <span>Log scale</span>
            </label>
          </div>
          <LossChart batch={batch} isLogScale={isLogScale} />
          <ResultsTable batch={batch} />
          <OpenTrained batch={batch} />
        </div>
      )}
      <GradientFlowPanel />
      <AblationPanel />
    </section>
  );
}
