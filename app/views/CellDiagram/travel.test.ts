import { describe, expect, test } from 'vitest';
import { travelFrames } from './travel';

describe('travelFrames', () => {
  test('puts each corner at its share of the length, so the pulse keeps one speed', () => {
    const frames = travelFrames([[0, 0], [30, 0], [30, 10]]);
    expect(frames.map((f) => f.offset)).toEqual([0, 0.75, 1]);
    expect(frames.map((f) => f.transform)).toEqual(['translate(0px, 0px)', 'translate(30px, 0px)', 'translate(30px, 10px)']);
  });

  test('a wire of zero length still gives increasing offsets from 0 to 1', () => {
    expect(travelFrames([[5, 5], [5, 5], [5, 5]]).map((f) => f.offset)).toEqual([0, 0.5, 1]);
  });
});
