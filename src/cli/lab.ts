/**
 * `npm run --silent lab -- --task adding --length 50 --cells rnn,gru,lstm --seeds 3 --preset 1.2k`:
 * trains every (cell, seed) on the engine in this process, one after another, and prints a
 * table, or with --json one object. Bad arguments exit with status 2 and one line naming the
 * argument. Imports Node and src/engine only.
 */
import { createLabRun, type LabResult } from '../engine/lab/run';
import { SOLVE_RATE_NAMES } from '../engine/lab/score';
import { resolveLabSpec } from '../engine/lab/spec';
import { TASKS } from '../engine/tasks/registry';
import { LAB_USAGE, labSpecs, parseLabArgs, type LabArgs } from './labArgs';

/** One row of the output: the engine's result plus the process's CPU time for the run. */
export interface LabRow extends LabResult {
  /** CPU seconds this process spent on the run (user + system): one core's share. */
  cpuSeconds: number;
}

function refuse(message: string, status = 2): void {
  process.stderr.write(`lab: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exitCode = status;
}

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Trains one spec to the end, in chunks (the same driver a worker uses). */
function runOne(spec: ReturnType<typeof labSpecs>[number]): LabRow {
  const cpu0 = cpuSeconds();
  const run = createLabRun(spec, { clock: () => performance.now() });
  while (!run.isDone) run.step(100);
  const result = run.result();
  return { ...result, cpuSeconds: cpuSeconds() - cpu0 };
}

const fixed = (v: number, digits: number) => (Number.isFinite(v) ? v.toFixed(digits) : String(v));
const small = (v: number) => (Math.abs(v) >= 1e-3 || v === 0 ? v.toFixed(4) : v.toExponential(2));

function table(args: LabArgs, rows: readonly LabRow[]): string {
  const task = TASKS[args.task];
  const first = resolveLabSpec(labSpecs(args)[0]);
  // The test loss (MSE or cross-entropy) and the solve rate; for order the rate is the metric.
  const loss = task.loss === 'mse' ? 'test MSE' : 'test CE';
  const rate = args.task === 'adding' ? '|err|<0.04' : args.task === 'order' ? 'accuracy' : 'recall acc';
  const head = ['cell', 'seed', 'units', 'params', 'steps', loss, rate, 'solved', 'final loss', 'seconds', 'cpu s'];
  const body = rows.map((r) => [
    r.cell, String(r.seed), String(r.hiddenSize), String(r.parameters), String(r.steps),
    small(r.testLoss), fixed(r.solveRate, 3), r.solved ? 'yes' : 'no', small(r.finalLoss),
    fixed(r.seconds, 1), fixed(r.cpuSeconds, 1),
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((row) => row[c].length)));
  const line = (cells: string[]) => `| ${cells.map((s, c) => s.padEnd(widths[c])).join(' | ')} |`;
  const summary = args.cells.map((cell) => {
    const mine = rows.filter((r) => r.cell === cell);
    return `${cell}: solved ${mine.filter((r) => r.solved).length} of ${mine.length}`;
  });
  return [
    `${task.title}, length ${args.length}, preset ${args.preset}: ${first.steps} steps of batch ${first.batchSize}, ` +
      `Adam lr ${first.learningRate}, clip 1, LSTM forget bias ${first.forgetBias}; baseline ${small(task.baseline(args.length).metric)}, solved when ${task.metric.solvedWhen}`,
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
    '',
    summary.join(' · '),
  ].join('\n');
}

function main(argv: string[]): void {
  const parsed = parseLabArgs(argv);
  if (!parsed.ok) return refuse(parsed.error);
  if ('help' in parsed) {
    process.stdout.write(`${LAB_USAGE}\n`);
    return;
  }
  const { args } = parsed;
  const isChatty = !args.json && process.stderr.isTTY === true;
  const rows: LabRow[] = [];
  for (const spec of labSpecs(args)) {
    if (isChatty) process.stderr.write(`lab: training ${spec.cell} seed ${spec.seed} …\n`);
    rows.push(runOne(spec));
  }
  if (args.json) {
    const first = resolveLabSpec(labSpecs(args)[0]);
    const task = TASKS[args.task];
    process.stdout.write(`${JSON.stringify({
      task: args.task, length: args.length, preset: args.preset, cells: args.cells, seeds: args.seeds,
      steps: first.steps, batchSize: first.batchSize, learningRate: first.learningRate, forgetBias: first.forgetBias,
      metric: task.metric.name, solvedWhen: task.metric.solvedWhen, solveRate: SOLVE_RATE_NAMES[args.task],
      baseline: task.baseline(args.length).metric,
      runs: rows,
    })}\n`);
  } else {
    process.stdout.write(`${table(args, rows)}\n`);
  }
}

try {
  main(process.argv.slice(2));
} catch (e) {
  refuse(`internal error: ${e instanceof Error ? e.message : String(e)}`, 1);
}
