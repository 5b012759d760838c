import { describe, expect, test } from 'vitest';
import { isOneStepOn, pulseFrames, travelFrames } from './travel';

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

describe('pulseFrames', () => {
  test('moves through every corner and fades in and out, in one list of keyframes', () => {
    const frames = pulseFrames([[0, 0], [30, 0], [30, 10]]);
    expect(frames.map((f) => f.offset)).toEqual([0, 0.12, 0.75, 0.85, 1]);
    expect(frames.map((f) => f.opacity)).toEqual([0, 1, 1, 1, 0]);
    expect(frames[2].transform).toBe('translate(30px, 0px)');
    expect(frames[4].transform).toBe('translate(30px, 10px)');
    // Between corners the pulse is where the wire is at that share of its length.
    const [x, y] = /translate\((.+)px, (.+)px\)/.exec(frames[1].transform)!.slice(1).map(Number);
    expect(x).toBeCloseTo(0.12 * 40, 10);
    expect(y).toBe(0);
    const [, y85] = /translate\((.+)px, (.+)px\)/.exec(frames[3].transform)!.slice(1).map(Number);
    expect(y85).toBeCloseTo(0.85 * 40 - 30, 10);
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
