import { describe, expect, test } from 'vitest';
import { cornerOffsets, isOneStepOn, pulseFrames, pulsePoints } from './travel';

describe('cornerOffsets', () => {
  test('puts each corner at its share of the length, so the pulse keeps one speed', () => {
    expect(cornerOffsets([[0, 0], [30, 0], [30, 10]])).toEqual([0, 0.75, 1]);
  });

  test('a wire of zero length still gives increasing offsets from 0 to 1', () => {
    expect(cornerOffsets([[5, 5], [5, 5], [5, 5]])).toEqual([0, 0.5, 1]);
  });
});

describe('pulsePoints', () => {
  test('moves through every corner and fades in and out, in one list', () => {
    const frames = pulsePoints([[0, 0], [30, 0], [30, 10]]);
    expect(frames.map((f) => f.offset)).toEqual([0, 0.12, 0.75, 0.85, 1]);
    expect(frames.map((f) => f.opacity)).toEqual([0, 1, 1, 1, 0]);
    expect([frames[2].x, frames[2].y]).toEqual([30, 0]);
    expect([frames[4].x, frames[4].y]).toEqual([30, 10]);
    // Between corners the pulse is where the wire is at that share of its length.
    expect(frames[1].x).toBeCloseTo(0.12 * 40, 10);
    expect(frames[1].y).toBe(0);
    expect(frames[3].y).toBeCloseTo(0.85 * 40 - 30, 10);
  });
});

describe('pulseFrames', () => {
  const wire: [number, number][] = [[0, 0], [30, 0], [30, 10]];

  test('places each point where the diagram draws it, and scales the dot as the diagram', () => {
    const frames = pulseFrames(wire, { scale: 2, left: 5, top: 7 });
    expect(frames.map((f) => f.offset)).toEqual([0, 0.12, 0.75, 0.85, 1]);
    expect(frames[2].transform).toBe('translate(65px, 7px) scale(2)');
    expect(frames[4].transform).toBe('translate(65px, 27px) scale(2)');
    expect(frames[4].opacity).toBe(0);
  });

  test('made once per wire and placement, again for a new placement', () => {
    const placement = { scale: 1, left: 0, top: 0 };
    expect(pulseFrames(wire, placement)).toBe(pulseFrames(wire, placement));
    expect(pulseFrames(wire, { ...placement })).not.toBe(pulseFrames(wire, placement));
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
