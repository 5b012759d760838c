import { describe, expect, test } from 'vitest';
import { texToPlain, texToSpoken } from './plainTex';

describe('our TeX read as plain text', () => {
  test('subscripts become their own runs and commands become symbols', () => {
    expect(texToPlain('W_{hz} h_{t-1} \\odot \\sigma(x_t)')).toEqual([
      { text: 'W', isSub: false }, { text: 'hz', isSub: true }, { text: ' h', isSub: false },
      { text: 't−1', isSub: true }, { text: ' ⊙ σ(x', isSub: false }, { text: 't', isSub: true },
      { text: ')', isSub: false },
    ]);
  });

  test('text commands keep their words, empty groups and thin spaces vanish into spaces', () => {
    expect(texToSpoken('{}= 1 - (\\text{forced}\\ ')).toBe('= 1 − (forced ');
    expect(texToSpoken('\\tanh(c_t) \\cdot 2')).toBe('tanh(c_t) · 2');
  });

  test('the spoken form writes a subscript after an underscore', () => {
    expect(texToSpoken('h_{t-1} + b_{hn}')).toBe('h_t−1 + b_hn');
  });

  test('runs of spaces collapse to one', () => {
    expect(texToSpoken('a   +  b')).toBe('a + b');
  });
});
