import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
/** Each case starts a Node process through tsx: seconds each on a busy machine. */
const SPAWN = { timeout: 60_000 };

/** Runs `tsx src/cli/lab.ts ...args` as a child process. */
function runLab(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, failed) => {
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'src', 'cli', 'lab.ts'), ...args], { cwd: root });
    let stdout = '', stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => { stdout += s; });
    child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
    child.on('error', failed);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

describe.concurrent('npm run lab as a process', () => {
  test('refuses an unknown cell with status 2 and one line naming --cells', SPAWN, async () => {
    const { status, stdout, stderr } = await runLab(['--task', 'adding', '--cells', 'gru,lsmt']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe("lab: --cells: expected rnn, gru, lstm, got 'lsmt'\n");
  });

  test('refuses a length the task cannot take with status 2, naming --length', SPAWN, async () => {
    const { status, stderr } = await runLab(['--task', 'order', '--length', '5']);
    expect(status).toBe(2);
    expect(stderr).toBe('lab: --length: expected a whole number in [10, 2000], got 5\n');
  });

  test('a tiny run with --json prints one object with a row per cell and seed', SPAWN, async () => {
    const { status, stdout, stderr } = await runLab(['--task', 'adding', '--length', '8', '--cells', 'rnn,lstm', '--seeds', '2', '--preset', '350', '--steps', '4', '--json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as { task: string; steps: number; runs: Record<string, unknown>[] };
    expect(out).toMatchObject({ task: 'adding', length: 8, preset: '350', steps: 4, metric: 'mse', forgetBias: 1 });
    expect(out.runs.map((r) => [r.cell, r.seed])).toEqual([['rnn', 1], ['rnn', 2], ['lstm', 1], ['lstm', 2]]);
    for (const run of out.runs) {
      expect(run).toMatchObject({ steps: 4, metricName: 'mse', solveRateName: 'share with |error| < 0.04' });
      for (const field of ['testMetric', 'solveRate', 'seconds', 'cpuSeconds', 'parameters', 'hiddenSize', 'finalLoss']) {
        expect(typeof run[field], field).toBe('number');
      }
      expect(typeof run.solved).toBe('boolean');
    }
    expect(out.runs[2].parameters).toBe(4 * 8 * (2 + 8 + 2) + 8 + 1);
  });
});
