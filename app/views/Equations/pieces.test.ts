import { describe, expect, test } from 'vitest';
import { breakGroups, line, num, operand, padOperators, parseTemplate } from './pieces';

describe('equation pieces', () => {
  test('a template splits into static TeX and terms, hPrev before h', () => {
    expect(parseTemplate('@h = @z \\odot @hPrev')).toEqual([
      { kind: 'term', term: 'h', tex: 'h_t' },
      { kind: 'tex', tex: ' = ' },
      { kind: 'term', term: 'z', tex: 'z_t' },
      { kind: 'tex', tex: ' \\odot ' },
      { kind: 'term', term: 'hPrev', tex: 'h_{t-1}' },
    ]);
  });

  test('a negative operand is put in parentheses, a positive one is not', () => {
    expect(operand(-0.5, 'b')).toEqual([{ kind: 'tex', tex: '(' }, num(-0.5, 'b'), { kind: 'tex', tex: ')' }]);
    expect(operand(0.5, 'b', 'z')).toEqual([{ kind: 'number', value: 0.5, label: 'b', term: 'z' }]);
  });

  test('a line merges neighbouring static TeX into one piece', () => {
    expect(line('a = ', operand(-1, 'v'), ' + 1')).toEqual([
      { kind: 'tex', tex: 'a = (' }, num(-1, 'v'), { kind: 'tex', tex: ') + 1' },
    ]);
  });

  test('operators at a piece edge get an empty group so KaTeX spaces them as operators', () => {
    expect(padOperators(' + b_{ir} + ')).toBe('{} + b_{ir} + {}');
    expect(padOperators(' \\odot (W_{hn} ')).toBe('{} \\odot (W_{hn} ');
    expect(padOperators(') = \\sigma(')).toBe(') = \\sigma(');
    expect(padOperators('(1 - ')).toBe('(1 - {}');
  });
});

describe('line breaks', () => {
  test('a line may wrap only before an operator, so a closing parenthesis stays with its number', () => {
    const groups = breakGroups(line('n[0] = \\tanh(', num(0.48, 'a'), ' + ', num(0.45, 'r', 'r'), ' \\cdot ', operand(-0.31, 'b'), ') = \\tanh(', num(0.35, 'p'), ') = ', num(0.33, 'n', 'n')));
    const text = groups.map((g) => g.map((p) => (p.kind === 'number' ? String(p.value) : p.tex)).join(''));
    expect(text).toEqual(['n[0]', ' = \\tanh(0.48', ' + 0.45', ' \\cdot (-0.31))', ' = \\tanh(0.35)', ' = 0.33']);
  });

  test('terms stay in the group of the operator before them', () => {
    const groups = breakGroups(parseTemplate('@h = (1 - @z) \\odot @n'));
    expect(groups.map((g) => g.map((p) => p.kind).join(','))).toEqual(['term', 'tex,term,tex', 'tex,term']);
  });
});
