import { describe, expect, it } from 'vitest';
import { parseLabSpec } from './parse';

const GOOD = { task: 'order', length: 30, cell: 'gru', seed: 2, preset: '350' };

describe('lab specs from untrusted input', () => {
  it('a good spec comes back with its defaults filled in', () => {
    const parsed = parseLabSpec({ ...GOOD, steps: 12 });
    expect(parsed).toMatchObject({ ok: true, spec: { ...GOOD, steps: 12, forgetBias: 1, ablation: 'none' } });
  });

  const refusals: [string, unknown, string][] = [
    ['not an object', 'adding', 'spec'],
    ['a missing field', { ...GOOD, seed: undefined }, 'seed'],
    ['a length given as text', { ...GOOD, length: '30' }, 'length'],
    ['a field nobody knows', { ...GOOD, epochs: 3 }, 'spec'],
    ['a task that is a property of every object', { ...GOOD, task: 'toString' }, 'task'],
    ['a preset that is a property of every object', { ...GOOD, preset: 'constructor' }, 'preset'],
    ['an unknown ablation', { ...GOOD, cell: 'lstm', ablation: 'no-cell' }, 'ablation'],
    ['a learning rate past 1', { ...GOOD, learningRate: 2 }, 'learningRate'],
  ];
  for (const [what, json, field] of refusals) {
    it(`refuses ${what}, naming ${field}`, () => {
      const parsed = parseLabSpec(json);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.field).toBe(field);
        expect(parsed.error.startsWith(`${field}: `)).toBe(true);
      }
    });
  }
});
