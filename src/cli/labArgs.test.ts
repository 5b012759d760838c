import { describe, expect, it } from 'vitest';
import { labSpecs, parseLabArgs } from './labArgs';

const refused = (argv: string[]) => {
  const parsed = parseLabArgs(argv);
  if (parsed.ok) throw new Error(`expected a refusal for ${argv.join(' ')}`);
  return parsed.error;
};

describe('lab command-line arguments', () => {
  it('default to adding at its default length, all three cells, 3 seeds, preset 1.2k', () => {
    const parsed = parseLabArgs([]);
    expect(parsed).toEqual({ ok: true, args: { task: 'adding', length: 50, cells: ['rnn', 'gru', 'lstm'], seeds: 3, preset: '1.2k', json: false } });
  });

  it('read every option, as --name value or --name=value', () => {
    const parsed = parseLabArgs(['--task=order', '--length', '40', '--cells', 'gru, lstm', '--seeds', '2', '--preset', '350',
      '--steps', '10', '--forget-bias', '2.5', '--batch-size', '8', '--lr=0.03', '--json']);
    expect(parsed).toEqual({ ok: true, args: {
      task: 'order', length: 40, cells: ['gru', 'lstm'], seeds: 2, preset: '350', steps: 10, forgetBias: 2.5, batchSize: 8, learningRate: 0.03, json: true,
    } });
  });

  it('stand for one spec per cell and seed, seeds counted from 1', () => {
    const parsed = parseLabArgs(['--cells', 'lstm,rnn', '--seeds', '2']);
    if (!parsed.ok || !('args' in parsed)) throw new Error('parse failed');
    expect(labSpecs(parsed.args).map((s) => `${s.cell}${s.seed}`)).toEqual(['lstm1', 'lstm2', 'rnn1', 'rnn2']);
  });

  it('ask for help with --help', () => {
    expect(parseLabArgs(['--task', 'adding', '--help'])).toEqual({ ok: true, help: true });
  });

  const cases: [string, string[], string][] = [
    ['an unknown task', ['--task', 'parity'], "--task: expected adding, order, copy, got 'parity'"],
    ['a non-integer length', ['--length', '5.5'], "--length: expected a whole number, got '5.5'"],
    ['a length outside the task’s range', ['--task', 'copy', '--length', '0'], '--length: expected a whole number in [1, 1980], got 0'],
    ['an unknown cell', ['--cells', 'rnn,lstn'], "--cells: expected rnn, gru, lstm, got 'lstn'"],
    ['a cell named twice', ['--cells', 'gru,gru'], "--cells: 'gru,gru' names a cell twice"],
    ['zero seeds', ['--seeds', '0'], '--seeds: expected 1 to 100, got 0'],
    ['a preset not in the list', ['--preset', '1k'], "--preset: expected 350, 1.2k, 4.4k, got '1k'"],
    ['zero steps', ['--steps', '0'], '--steps: expected a whole number in [1, 100000], got 0'],
    ['a forget bias that is not a number', ['--forget-bias', 'one'], "--forget-bias: expected a number, got 'one'"],
    ['a learning rate of zero', ['--lr', '0'], '--lr: expected a number in (0, 1], got 0'],
    ['an option without its value', ['--seeds'], '--seeds: missing its value'],
    ['an unknown option', ['--epochs', '3'], 'unknown option --epochs (see --help)'],
    ['a stray argument', ['adding'], "unexpected argument 'adding' (see --help)"],
  ];
  for (const [what, argv, message] of cases) {
    it(`refuse ${what}, naming the argument`, () => {
      expect(refused(argv)).toBe(message);
    });
  }
});
