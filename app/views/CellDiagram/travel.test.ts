import { describe, expect, test } from 'vitest';
import { isOneStepOn, travelFrames } from './travel';

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

describe('isOneStepOn', () => {
  test('a micro-step forward, or into the next time step, travels', () => {
    expect(isOneStepOn({ t: 3, micro: 1 }, { t: 3, micro: 2 })).toBe(true);
    expect(isOneStepOn({ t: 3, micro: 5 }, { t: 4, micro: 0 })).toBe(true);
  });

  test('a seek, a jump, a step back or staying put is a cut', () => {
    expect(isOneStepOn({ t: 3, micro: 1 }, { t: 9, micro: 0 })).toBe(false);
    expect(isOneStepOn({ t: 3, micro: 1 }, { t: 3, micro: 3 })).toBe(false);
    expect(isOneStepOn({ t: 3, micro: 2 }, { t: 3, micro: 1 })).toBe(false);
    expect(isOneStepOn({ t: 3, micro: 2 }, { t: 3, micro: 2 })).toBe(false);
    expect(isOneStepOn({ t: 4, micro: 0 }, { t: 3, micro: 5 })).toBe(false);
  });
});
