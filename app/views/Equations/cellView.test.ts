import { describe, expect, test } from 'vitest';
import { cellView, equationActivity, texOfViews, type ViewSettings } from './cellView';
import { fakeResult } from './fakeResult';

const settings: ViewSettings = { t: 2, notation: 'pytorch', reset: 'after', unit: 1 };

describe('a cell as the equation panel shows it', () => {
  test('the active micro-step’s equation is the only active one', () => {
    expect(['r', 'z', 'n', 'h'].map((q) => equationActivity('gru', q as 'r', 1, false))).toEqual([
      { isActive: false, isCurrentStep: false }, { isActive: true, isCurrentStep: true },
      { isActive: false, isCurrentStep: false }, { isActive: false, isCurrentStep: false },
    ]);
  });

  test('a shorter cell stays on its last equation while the longer one goes on', () => {
    expect(equationActivity('gru', 'h', 5, false)).toEqual({ isActive: true, isCurrentStep: true });
    expect(equationActivity('lstm', 'h', 5, false)).toEqual({ isActive: true, isCurrentStep: true });
    expect(equationActivity('lstm', 'c', 5, false).isActive).toBe(false);
  });

  test('parallel mode makes every equation active without naming a current step', () => {
    for (const q of ['f', 'i', 'g', 'c', 'o', 'h'] as const) {
      expect(equationActivity('lstm', q, 2, true)).toEqual({ isActive: true, isCurrentStep: false });
    }
  });

  test('every equation carries the chosen unit’s numbers at the cursor’s step', () => {
    const view = cellView('lstm', fakeResult('lstm'), settings);
    const c = view.equations.find((eq) => eq.quantity === 'c')!;
    expect(c.numbers?.[0]).toEqual({ kind: 'tex', tex: 'c[1] = ' });
    expect(view.values.c).toEqual([6011]);
  });

  test('a unit beyond the hidden size falls back to the last unit', () => {
    expect(cellView('gru', fakeResult('gru'), { ...settings, unit: 9 }).values.h).toEqual([5011]);
  });

  test('without a trace (or past its end) the equations show without numbers', () => {
    const computing = cellView('gru', undefined, { ...settings, reset: 'before' });
    expect(computing.isComputed).toBe(false);
    expect(computing.equations.every((eq) => eq.numbers === null)).toBe(true);
    expect(computing.notes[0]).toMatch(/reset before/);
    expect(cellView('gru', fakeResult('gru'), { ...settings, t: 3 }).isComputed).toBe(false);
  });

  test('the symbols follow the trace’s reset placement, not a setting the trace has not caught up with', () => {
    const view = cellView('gru', fakeResult('gru', 'after'), { ...settings, reset: 'before' });
    expect(view.notes[0]).toMatch(/reset after/);
  });

  test('the TeX to typeset ahead lists each padded string once', () => {
    const tex = texOfViews([cellView('gru', fakeResult('gru'), settings), cellView('lstm', fakeResult('lstm'), settings)]);
    expect(new Set(tex).size).toBe(tex.length);
    expect(tex).toContain('x_t');
    expect(tex).toContain('{} = \\sigma(W_{iz} ');
    expect(tex).toContain('z[1]');
    expect(tex.some((s) => /@|\d{4}/.test(s))).toBe(false); // no template marks, no numbers
  });
});
