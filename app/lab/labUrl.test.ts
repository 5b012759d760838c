import { describe, expect, test } from 'vitest';
import { decodeUrlState } from '../store/urlState';
import { DEFAULT_LAB_FORM } from './labForm';
import { writeLabMode } from './labMode';
import { readLabUrl, writeLabUrl } from './labUrl';

describe('the lab in the URL', () => {
  test('the form round-trips through the hash, keeping every other part verbatim', () => {
    const form = { task: 'order' as const, length: 60, cells: ['gru' as const, 'lstm' as const], seeds: 3, preset: '4.4k' as const, steps: 900, forgetBias: -0.5 };
    const hash = writeLabUrl('v=1&c=gru&mode=lab', { form, isLogScale: false });
    expect(hash).toBe('v=1&c=gru&mode=lab&lt=order&ll=60&lc=gru,lstm&lk=3&lp=4.4k&ln=900&lf=-0.5&ly=0');
    expect(readLabUrl(hash)).toEqual({ state: { form, isLogScale: false }, ignored: [] });
    expect(writeLabUrl(`#${hash}`, null)).toBe('v=1&c=gru&mode=lab');
  });

  test('bad values fall back to the defaults, each named with why; nothing throws', () => {
    const read = readLabUrl('#lt=juggle&ll=1&lc=gru,gru&lk=9&lp=2k&ln=0&lf=11&ly=2');
    expect(read.state.form).toEqual(DEFAULT_LAB_FORM);
    expect(read.state.isLogScale).toBe(true);
    expect(read.ignored).toEqual([
      'lt=juggle: the tasks are adding, order, copy',
      "ll=1: the adding task's length is a whole number from 2 to 2000",
      'lc=gru,gru: cells are a comma-separated list of rnn, gru, lstm, each once',
      'lk=9: seeds are a whole number from 1 to 5',
      'lp=2k: the presets are 350, 1.2k, 4.4k',
      'ln=0: steps are a whole number from 1 to 100000',
      'lf=11: the forget bias is a number from -10 to 10',
      'ly=2: must be 0 or 1',
    ]);
    for (const hash of ['#ll=', '#%%%', `#ll=${'9'.repeat(500)}`, '#lf=1e3', '#lf=NaN', '#lc=']) expect(() => readLabUrl(hash)).not.toThrow();
    expect(readLabUrl('#lt=order&ll=5').ignored).toEqual(["ll=5: the order task's length is a whole number from 10 to 2000"]);
  });

  test('mode=lab replaces another mode and leaves the rest', () => {
    expect(writeLabMode('v=1&mode=slides&sl=2', true)).toBe('v=1&sl=2&mode=lab');
    expect(writeLabMode('#v=1&mode=lab&lt=adding', false)).toBe('v=1&lt=adding');
    expect(writeLabMode('v=1&mode=slides', false)).toBe('v=1&mode=slides');
  });

  test('the settings decoder leaves the lab keys alone instead of calling them unknown', () => {
    expect(decodeUrlState('#v=1&mode=lab&lt=adding&ll=50&lc=gru&lk=1&lp=1.2k&ln=10&lf=1&ly=1').ignored).toEqual([]);
  });
});
