/**
 * The task table: adding a task is adding a file and a line here. Also the one-call
 * train/test split every lab run starts from. Imports engine files only.
 */
import { adding } from './adding';
import { copy } from './copy';
import { splitSeeds } from './dataset';
import { order } from './order';
import type { Dataset, TaskKind, TaskSpec } from './task';

export const TASKS = { adding, order, copy } as const satisfies Record<TaskKind, TaskSpec>;

/** Every task kind, in table order. */
export const TASK_KINDS = Object.keys(TASKS) as TaskKind[];

export interface SplitSpec {
  length: number;
  trainCount: number;
  testCount: number;
  /** The lab seed; the two sets use `splitSeeds(seed)`, never the seed itself. */
  seed: number;
}

/** A training set and a held-out test set of one task, from two seeds derived from one. */
export function generateSplit(kind: TaskKind, spec: SplitSpec): { train: Dataset; test: Dataset } {
  const task: TaskSpec = TASKS[kind];
  const seeds = splitSeeds(spec.seed);
  return {
    train: task.generate({ length: spec.length, count: spec.trainCount, seed: seeds.train }),
    test: task.generate({ length: spec.length, count: spec.testCount, seed: seeds.test }),
  };
}
