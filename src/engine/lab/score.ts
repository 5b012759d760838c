/**
 * A trained model's score on a lab task's held-out set: the task's own score (loss, headline
 * metric, baseline, solved) plus one "solve rate" per task, the share of test cases it gets
 * right. Imports engine files only.
 */
import { evaluate } from '../evaluate';
import { COPY_RECALL } from '../tasks/copy';
import { asClassification, toSamples } from '../tasks/dataset';
import { argmaxRow } from '../tasks/metrics';
import { TASKS } from '../tasks/registry';
import type { Dataset, TaskKind, TaskSpec } from '../tasks/task';
import type { Trainer } from '../train';

/** What each task's solve rate counts. */
export const SOLVE_RATE_NAMES = {
  adding: 'share with |error| < 0.04',
  order: 'accuracy',
  copy: 'recall accuracy (the 10 recalled symbols)',
} as const satisfies Record<TaskKind, string>;

export interface TestScore {
  metricName: TaskSpec['metric']['name'];
  /** The training loss on the test set (MSE or mean cross-entropy). */
  testLoss: number;
  testMetric: number;
  /** The baseline's metric at this length (the line every chart draws). */
  baseline: number;
  solveRateName: string;
  solveRate: number;
  solved: boolean;
}

/** Share of recall steps (the last COPY_RECALL of each sequence) whose largest logit is the symbol. */
function recallAccuracy(data: Dataset, outputs: Float64Array): number {
  const { count: N, steps, outputSize: O, labels } = asClassification(data);
  let hits = 0;
  for (let n = 0; n < N; n++) {
    for (let t = steps - COPY_RECALL; t < steps; t++) {
      const row = n * steps + t;
      if (argmaxRow(outputs, row * O, O) === labels[row]) hits++;
    }
  }
  return hits / (N * COPY_RECALL);
}

/** Runs the trainer's model over the whole test set and scores it with the task's rules. */
export function scoreTest(trainer: Trainer, test: Dataset): TestScore {
  const task: TaskSpec = TASKS[test.task];
  const evaluation = evaluate(trainer, toSamples(test));
  const outputs = new Float64Array(evaluation.outputs.reduce((n, o) => n + o.length, 0)); // (N, S, O)
  let offset = 0;
  for (const o of evaluation.outputs) {
    outputs.set(o, offset);
    offset += o.length;
  }
  const score = task.score(test, outputs);
  const solveRate = test.task === 'adding' ? score.withinTolerance ?? NaN
    : test.task === 'order' ? score.metric
      : recallAccuracy(test, outputs);
  return {
    metricName: task.metric.name,
    testLoss: score.loss,
    testMetric: score.metric,
    baseline: score.baseline,
    solveRateName: SOLVE_RATE_NAMES[test.task],
    solveRate,
    solved: score.solved,
  };
}
