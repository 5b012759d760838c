import { describe, expect, test } from 'vitest';
import { arrowHead, crossings, polylineLength, roundedPath, stripCells, trimEnd } from './geometry';

describe('diagram geometry', () => {
  test('a straight wire is a plain move and line', () => {
    expect(roundedPath([[0, 0], [10, 0]])).toBe('M0,0L10,0');
  });

  test('a corner is rounded with a quadratic curve of the given radius', () => {
    expect(roundedPath([[0, 0], [20, 0], [20, 20]], 8)).toBe('M0,0L12,0Q20,0 20,8L20,20');
  });

  test('the rounding shrinks on short segments so it never overshoots', () => {
    expect(roundedPath([[0, 0], [6, 0], [6, 20]], 8)).toBe('M0,0L3,0Q6,0 6,3L6,20');
  });

  test('length sums the segments', () => {
    expect(polylineLength([[0, 0], [3, 4], [3, 10]])).toBe(11);
  });

  test('an arrowhead points along the last segment with its tip on the end', () => {
    expect(arrowHead([[0, 0], [0, 20]], 8, 4)).toBe('0,20 -4,12 4,12');
    expect(arrowHead([[0, 0], [20, 0]], 8, 4)).toBe('20,0 12,4 12,-4');
  });

  test('trimming pulls the end back along the last segment only', () => {
    expect(trimEnd([[0, 0], [10, 0], [10, 10]], 4)).toEqual([[0, 0], [10, 0], [10, 6]]);
  });

  test('perpendicular segments cross only strictly inside both', () => {
    expect(crossings([[0, 5], [10, 5]], [[5, 0], [5, 10]])).toEqual([[5, 5]]);
    expect(crossings([[0, 5], [10, 5]], [[10, 0], [10, 10]])).toEqual([]);
    expect(crossings([[0, 5], [10, 5]], [[0, 5], [0, 10]])).toEqual([]);
    expect(crossings([[0, 5], [10, 5]], [[0, 6], [10, 6]])).toEqual([]);
  });

  test('strip cells fill the rectangle exactly, with gaps only while cells are wide', () => {
    const four = stripCells({ x: 0, y: 0, w: 43, h: 9 }, 4);
    expect(four.map((c) => c.x)).toEqual([0, 11, 22, 33]);
    expect(four.every((c) => c.w === 10)).toBe(true);
    const many = stripCells({ x: 2, y: 0, w: 44, h: 9 }, 64);
    expect(many[0].x).toBe(2);
    expect(many[63].x + many[63].w).toBeCloseTo(46, 10);
    expect(many[1].x - many[0].x).toBeCloseTo(many[0].w, 10);
  });
});
