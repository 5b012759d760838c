import { describe, expect, test } from 'vitest';
import { parseTyped, resizeSequence, roundInput } from './sequence';

describe('editing the input sequence', () => {
  test('typed numbers are read, including a typographic minus', () => {
    expect(parseTyped(' 0.25 ')).toEqual({ ok: true, value: 0.25 });
    expect(parseTyped('−1.5')).toEqual({ ok: true, value: -1.5 });
  });

  test('what is not a finite number gets a message', () => {
    expect(parseTyped('abc')).toMatchObject({ ok: false, error: '"abc" is not a finite number' });
    expect(parseTyped('Infinity')).toMatchObject({ ok: false });
    expect(parseTyped('')).toMatchObject({ ok: false, error: 'is empty' });
    expect(parseTyped('5', 1, 4)).toMatchObject({ ok: false, error: 'must be between 1 and 4' });
  });

  test('resizing keeps what overlaps and pads with zeros', () => {
    // (2, 2) → (3, 1)
    expect(resizeSequence([1, 2, 3, 4], 2, 2, 3, 1)).toEqual([1, 3, 0]);
    // (2, 1) → (1, 2)
    expect(resizeSequence([5, 6], 2, 1, 1, 2)).toEqual([5, 0]);
  });

  test('dragged values are rounded to 3 decimals', () => {
    expect(roundInput(0.123456)).toBe(0.123);
    expect(roundInput(-0.9996)).toBe(-1);
  });
});
