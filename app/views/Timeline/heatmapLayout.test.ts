import { describe, expect, test } from 'vitest';
import { bandEdges, cellBox, hasGap, mapHeight, rowAtY, stepAtX, stepTicks } from './heatmapLayout';

describe('heatmap layout', () => {
  test('band edges split the extent into whole-pixel bands that start at 0 and end at the extent', () => {
    expect([...bandEdges(4, 100)]).toEqual([0, 25, 50, 75, 100]);
    const edges = bandEdges(200, 1183);
    expect(edges[0]).toBe(0);
    expect(edges[200]).toBe(1183);
    for (let k = 0; k < 200; k++) expect(edges[k + 1] - edges[k]).toBeGreaterThanOrEqual(5);
  });

  test('the step under x is 1-based and each column of a 12-step map maps to its own step', () => {
    for (let t = 1; t <= 12; t++) expect(stepAtX((t - 0.5) * 10, 120, 12)).toBe(t);
    expect(stepAtX(0, 120, 12)).toBe(1);
    expect(stepAtX(29.99, 120, 12)).toBe(3);
    expect(stepAtX(30, 120, 12)).toBe(4);
  });

  test('dragging past either end of a map clamps to the first or last step', () => {
    expect(stepAtX(-40, 120, 12)).toBe(1);
    expect(stepAtX(120, 120, 12)).toBe(12);
    expect(stepAtX(500, 120, 12)).toBe(12);
  });

  test('the row under y counts units from the top and clamps outside the map', () => {
    expect(rowAtY(0, 48, 4)).toBe(0);
    expect(rowAtY(13, 48, 4)).toBe(1);
    expect(rowAtY(47.9, 48, 4)).toBe(3);
    expect(rowAtY(-5, 48, 4)).toBe(0);
    expect(rowAtY(99, 48, 4)).toBe(3);
  });

  test('a cell box is the fraction of the map that step and row cover', () => {
    expect(cellBox(1, 0, 4, 2)).toEqual({ left: 0, top: 0, width: 0.25, height: 0.5 });
    expect(cellBox(4, 1, 4, 2)).toEqual({ left: 0.75, top: 0.5, width: 0.25, height: 0.5 });
  });

  test('small maps get 12 px per row and large ones stay between 96 and 128 px', () => {
    expect(mapHeight(1)).toBe(18);
    expect(mapHeight(4)).toBe(48);
    expect(mapHeight(8)).toBe(96);
    expect(mapHeight(16)).toBe(96);
    expect(mapHeight(64)).toBe(128);
    for (let rows = 1; rows < 64; rows++) expect(mapHeight(rows + 1)).toBeGreaterThanOrEqual(mapHeight(rows));
  });

  test('cells get a gap only when they are at least 6 device pixels wide', () => {
    expect(hasGap(5.9)).toBe(false);
    expect(hasGap(6)).toBe(true);
  });

  test('step ticks start at 1 and keep labels apart at the width available', () => {
    expect(stepTicks(12, 1200)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(stepTicks(12, 240)).toEqual([1, 4, 6, 8, 10, 12]);
    expect(stepTicks(200, 1000)).toEqual([1, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200]);
    expect(stepTicks(200, 300)).toEqual([1, 25, 50, 75, 100, 125, 150, 175, 200]);
    expect(stepTicks(200, 150)).toEqual([1, 50, 100, 150, 200]);
    expect(stepTicks(0, 300)).toEqual([]);
  });
});
