import { describe, expect, test } from 'vitest';
import { labSpecs, parseLabArgs } from '../../src/cli/labArgs';
import { DEFAULT_LAB_FORM, formCommand, formSpecs } from './labForm';

describe('the lab form', () => {
  test('stands for exactly the runs its command line trains', () => {
    const form = { ...DEFAULT_LAB_FORM, cells: ['lstm' as const, 'rnn' as const], seeds: 2, steps: 120, forgetBias: 0 };
    const parsed = parseLabArgs(formCommand(form).split(' ').slice(5));
    if (!parsed.ok || !('args' in parsed)) throw new Error(`the command does not parse: ${JSON.stringify(parsed)}`);
    // The command leaves batch size and learning rate at the task's defaults, as the form does.
    const fromCommand = labSpecs(parsed.args).map(({ batchSize: _b, learningRate: _l, ...rest }) => rest);
    expect(formSpecs(form)).toEqual(fromCommand);
    expect(formSpecs(form).map((s) => `${s.cell}${s.seed}`)).toEqual(['rnn1', 'rnn2', 'lstm1', 'lstm2']);
  });
});
