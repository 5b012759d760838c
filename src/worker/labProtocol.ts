/**
 * The typed messages between the app's training pool and a lab worker. A lab worker trains one
 * run at a time, a chunk of steps between messages, so pause, resume and cancel are answered
 * within one chunk; gradient-flow requests are answered between chunks too. Imports engine
 * types only.
 */
import type { GradientFlow } from '../engine/lab/gradflow';
import type { LabProgress, LabResult } from '../engine/lab/run';
import type { LabSpec, ResolvedLabSpec } from '../engine/lab/spec';
import type { Model } from '../engine/model';

/** One held-out test sequence of a run, to open the trained models on. */
export interface LabSample {
  steps: number;
  inputSize: number;
  inputs: Float64Array; // (T, I)
}

export type LabRequest =
  /** Train `spec` (validated by the worker); `id` names the run in every later message. */
  | { type: 'start'; id: number; spec: LabSpec }
  | { type: 'pause'; id: number }
  | { type: 'resume'; id: number }
  /** Drop the run; no message about it follows. */
  | { type: 'cancel'; id: number }
  /** Gradient flow through test sequence 0 of `spec`'s task for its freshly initialised model. */
  | { type: 'flow'; id: number; spec: LabSpec };

/** What a finished run sends back once: its row, the models and both gradient flows. */
export interface LabFinished {
  spec: ResolvedLabSpec;
  result: LabResult;
  model: Model;
  /** Gradient flow through `sample` at initialisation and after training. */
  flowAtInit: GradientFlow;
  flowTrained: GradientFlow;
  sample: LabSample;
}

export type LabReply =
  /** The run is set up (data generated, model initialised); points follow. */
  | { type: 'started'; id: number; spec: ResolvedLabSpec; hiddenSize: number; parameters: number }
  | { type: 'progress'; id: number; points: LabProgress[] }
  /** The run stopped between chunks after a pause; `step` updates are done, and none follows until resume. */
  | { type: 'paused'; id: number; step: number }
  | ({ type: 'done'; id: number } & LabFinished)
  | { type: 'flow'; id: number; flow: GradientFlow }
  /** A refused spec or a failure; the run (if any) is gone. */
  | { type: 'error'; id: number; error: string };
