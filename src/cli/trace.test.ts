import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compareTraces, vectorAsTrace } from '../engine/testing/compare';
import { conformanceDir, loadVectors, TOLERANCE } from '../engine/testing/vectors';

const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
/** Each case starts a Node process through tsx: seconds each on a busy machine. */
const SPAWN = { timeout: 60_000 };

/** Runs `tsx src/cli/trace.ts ...args` as a child process, optionally feeding stdin. */
function runTrace(args: string[], stdin?: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, failed) => {
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'src', 'cli', 'trace.ts'), ...args], { cwd: root });
    let stdout = '', stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => { stdout += s; });
    child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
    child.on('error', failed);
    child.on('close', (status) => done({ status, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

describe.concurrent('npm run trace on the conformance vectors', () => {
  for (const { file, vector } of loadVectors()) {
    test(`${file}: one JSON object on stdout matching PyTorch within 1e-9`, SPAWN, async () => {
      const { status, stdout, stderr } = await runTrace([join(conformanceDir, file)]);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      const c = compareTraces(JSON.parse(stdout) as Record<string, unknown>, vectorAsTrace(vector));
      expect(c.missing).toEqual([]);
      expect(c.extra).toEqual([]);
      expect(c.worst, c.worstKey).toBeLessThanOrEqual(TOLERANCE);
    });
  }

  test('reads the scenario from stdin when FILE is -', SPAWN, async () => {
    const { vector } = loadVectors().find((v) => v.file === 'lstm_typical.json')!;
    const { status, stdout } = await runTrace(['-'], JSON.stringify(vector));
    expect(status).toBe(0);
    expect(compareTraces(JSON.parse(stdout) as Record<string, unknown>, vectorAsTrace(vector)).worst).toBeLessThanOrEqual(TOLERANCE);
  });
});

describe.concurrent('npm run trace refuses bad input with status 2 and one line naming the problem', () => {
  const refusals: [string, string[], string | undefined, string][] = [
    ['a file that does not exist', ['no/such/file.json'], undefined, "trace: cannot read no/such/file.json: ENOENT: no such file or directory, open 'no/such/file.json'"],
    ['text that is not JSON', ['-'], '{"cell": "gru",', 'trace: stdin is not valid JSON: '],
    ['a scenario with a wrong shape', ['-'], JSON.stringify({ ...loadVectors()[0].vector, hidden_size: 3 }),
      'trace: stdin: weights.weight_ih_l0: expected 9×2 numbers (G·H × I for a gru with hidden_size 3 and input_size 2), got 6×2'],
    ['no FILE argument', [], undefined, 'trace: usage: npm run --silent trace -- FILE   (a scenario JSON file, or - for stdin)'],
  ];
  for (const [what, args, stdin, message] of refusals) {
    test(`${what}`, SPAWN, async () => {
      const { status, stdout, stderr } = await runTrace(args, stdin);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.endsWith('\n') && stderr.split('\n').length).toBe(2); // exactly one line
      expect(stderr.startsWith(message)).toBe(true);
      expect(stderr).not.toMatch(/\bat .+:\d+/); // no stack trace
    });
  }
});
