import { describe, expect, test } from 'vitest';
import { MICRO_STEPS } from '../../store/microSteps';
import type { Diagram } from './diagram';
import { flowAt, wireDepths, wireSteps } from './flow';
import { cellLayout } from './layout';

const gru = cellLayout('gru', 'after');
const lstm = cellLayout('lstm', 'after');
const litIds = (d: Diagram, step: Parameters<typeof flowAt>[1]) => [...flowAt(d, step).wires.keys()].sort();
const activeIds = (d: Diagram, step: Parameters<typeof flowAt>[1]) =>
  [...flowAt(d, step).nodes].filter(([, s]) => s === 'active').map(([id]) => id).sort();

describe('which parts of a diagram a micro-step lights', () => {
  test('computing z lights the z gate and the bus wires into it, and nothing past the gate', () => {
    expect(activeIds(gru, 'z')).toEqual(['z']);
    expect(litIds(gru, 'z')).toEqual(
      ['in-hPrev→j-top', 'in-x→j-xSplit', 'j-bus→j-r', 'j-hidden→j-bus', 'j-r→z', 'j-top→j-hidden', 'j-xSplit→j-bus'].sort(),
    );
  });

  test('the gru candidate step lights r acting on the hidden path and x from below; r is an input', () => {
    const flow = flowAt(gru, 'n');
    expect(activeIds(gru, 'n')).toEqual(['linHn', 'mulR', 'n']);
    for (const id of ['linHn→mulR', 'mulR→n', 'r→mulR', 'j-xSplit→n', 'j-hidden→linHn']) expect(flow.wires.has(id), id).toBe(true);
    expect(flow.nodes.get('r')).toBe('input');
    expect(flow.nodes.get('z')).toBe('idle');
  });

  test('the lstm cell step lights the belt from c_prev to c_t and the f, i, g wires, not o', () => {
    const flow = flowAt(lstm, 'c');
    expect(activeIds(lstm, 'c')).toEqual(['add', 'mulF', 'mulIG', 'out-c']);
    for (const id of ['in-cPrev→mulF', 'f→mulF', 'i→mulIG', 'g→mulIG', 'mulIG→add', 'add→j-tap', 'j-tap→out-c']) {
      expect(flow.wires.has(id), id).toBe(true);
    }
    expect(flow.wires.has('o→mulO')).toBe(false);
    expect(['f', 'i', 'g', 'in-cPrev'].map((id) => flow.nodes.get(id))).toEqual(['input', 'input', 'input', 'input']);
    expect(flow.nodes.get('o')).toBe('idle');
  });

  test('the lstm hidden step taps c_t through tanh into o ⊙ and out both ways', () => {
    const flow = flowAt(lstm, 'h');
    for (const id of ['add→j-tap', 'j-tap→tanhC', 'tanhC→mulO', 'o→mulO', 'mulO→j-h', 'j-h→out-h', 'j-h→out-hUp']) {
      expect(flow.wires.has(id), id).toBe(true);
    }
    expect(flow.wires.has('j-tap→out-c')).toBe(false);
  });

  test('every micro-step of every cell lights at least one node and one wire', () => {
    for (const cell of ['gru', 'lstm', 'rnn'] as const) {
      const d = cellLayout(cell, 'before');
      for (const { quantity } of MICRO_STEPS[cell]) {
        expect(activeIds(d, quantity).length, `${cell} ${quantity}`).toBeGreaterThan(0);
        expect(litIds(d, quantity).length, `${cell} ${quantity}`).toBeGreaterThan(0);
      }
    }
  });

  test('the whole step at once lights every wire and makes every computing node active', () => {
    const flow = flowAt(lstm, null);
    expect(flow.wires.size).toBe(lstm.wires.length);
    expect(flow.nodes.get('f')).toBe('active');
    expect(flow.nodes.get('in-x')).toBe('input');
  });

  test('values travel in order: along the belt, the sum comes after the products', () => {
    const flow = flowAt(lstm, 'c');
    const stage = (id: string) => flow.wires.get(id)!;
    expect(stage('in-cPrev→mulF')).toBe(0);
    expect(stage('f→mulF')).toBe(0);
    expect(stage('mulF→add')).toBe(1);
    expect(stage('mulIG→add')).toBe(1);
    expect(stage('add→j-tap')).toBe(2);
    expect(stage('j-tap→out-c')).toBe(3);
  });

  test('wire steps pass through junctions to the nodes they fan out to', () => {
    const steps = wireSteps(lstm);
    expect([...steps.get('in-hPrev→j-x')!].sort()).toEqual(['f', 'g', 'i', 'o']);
    expect([...steps.get('add→j-tap')!].sort()).toEqual(['c', 'h']);
  });

  test('a wire cycle is reported instead of looping forever', () => {
    const a = { id: 'a→b', from: 'a', to: 'b', points: [], hasArrow: true, terms: [], isBridge: false };
    const b = { ...a, id: 'b→a', from: 'b', to: 'a' };
    expect(() => wireDepths([a, b])).toThrow(/cycle/);
  });
});
