/**
 * The shareable state in the URL hash: versioned, short keys, only what differs from the
 * defaults. A key that is unknown, malformed or out of range falls back to its default and is
 * reported, so the page never breaks. Imports store types and the float64 codec.
 */
import type { CellKind, GateName, GateOverride } from '../../src/engine/types';
import { INPUT_PRESETS, type InputPreset } from '../inputs/presets';
import { hiddenSizeOf, importedCells, importedHiddenSize, largestHiddenSize, WEIGHT_BLOCKS } from './cellSizes';
import { decodeFloat64, encodeFloat64 } from './float64Codec';
import { importedProblem } from './importedWeights';
import { QUANTITIES } from './microSteps';
import type { Cursor } from './playbackSlice';
import {
  ALL_PANELS, DEFAULT_SETTINGS, SIZE_LIMITS,
  type ImportedWeights, type PanelId, type Settings, type Theme,
} from './settingsSlice';
import { cleanLabel } from './trainedModels';

export const URL_VERSION = 1;
const CELL_KINDS: readonly CellKind[] = ['gru', 'lstm', 'rnn'];
const THEMES: readonly Theme[] = ['light', 'dark', 'projector'];

export interface UrlState {
  settings: Settings;
  cursor: Cursor;
}

export interface DecodedUrl extends UrlState {
  /** One entry per ignored key: `key=value: why`. */
  ignored: string[];
}

const gatesOf = (cell: CellKind) => QUANTITIES[cell].filter((q) => q !== 'h' && q !== 'c') as GateName[];

function formatOverride(cell: CellKind, o: GateOverride): string {
  return [cell, o.gate, String(o.value), o.t !== undefined ? `t${o.t}` : '', o.unit !== undefined ? `u${o.unit}` : '']
    .filter(Boolean)
    .join(':');
}

/** Encoded imports by identity: the hash is rewritten during playback, the weights do not change. */
const encodedImports = new WeakMap<ImportedWeights, string>();

/** One imported cell as cell:hidden:base64 of its weights, h0 and c0 (float64, bit-exact). */
function encodeImported(imported: ImportedWeights): string {
  let text = encodedImports.get(imported);
  if (text === undefined) {
    const { weights: w, h0, c0 } = imported;
    const all = new Float64Array([...w.wIh, ...w.wHh, ...w.bIh, ...w.bHh, ...h0, ...c0]);
    text = `${imported.cell}:${importedHiddenSize(imported)}:${encodeFloat64(all)}`;
    encodedImports.set(imported, text);
  }
  return text;
}

/**
 * The hash (without '#') for a state. Keys at their defaults are left out, unless `full` asks
 * for every key (the embed protocol's state objects).
 */
export function encodeUrlState({ settings: s, cursor }: UrlState, { full = false }: { full?: boolean } = {}): string {
  const d = DEFAULT_SETTINGS;
  const parts: [string, string][] = [['v', String(URL_VERSION)]];
  const put = (key: string, value: string, fallback: string) => {
    if (full || value !== fallback) parts.push([key, value]);
  };
  put('c', s.cells.join(','), d.cells.join(','));
  put('is', String(s.inputSize), String(d.inputSize));
  put('hs', String(s.hiddenSize), String(d.hiddenSize));
  put('len', String(s.steps), String(d.steps));
  put('s', String(s.seed), String(d.seed));
  put('r', s.reset === 'after' ? 'a' : 'b', 'a');
  put('fb', String(s.forgetBias), String(d.forgetBias));
  put('x', s.input.kind === 'preset' ? s.input.preset : `c:${s.input.values.join(',')}`, 'sine');
  put('w', importedCells(s).map((cell) => encodeImported(s.imported[cell]!)).join(','), '');
  put('tl', s.trainedLabel ?? '', '');
  const overrides = CELL_KINDS.flatMap((cell) => s.overrides[cell].map((o) => formatOverride(cell, o)));
  put('o', overrides.join(','), '');
  put('par', s.isParallel ? '1' : '0', '0');
  put('th', s.theme, d.theme);
  put('p', s.panels.join(','), d.panels.join(','));
  put('n', s.notation, d.notation);
  put('u', String(s.unit), String(d.unit));
  put('sp', String(s.speed), String(d.speed));
  put('t', String(cursor.t), '1');
  put('m', String(cursor.micro), '0');
  return parts.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3A/g, ':')}`).join('&');
}

function intIn(text: string, min: number, max: number): number | null {
  if (!/^-?\d+$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

function numberIn(text: string, min: number, max: number): number | null {
  if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

function parseOverride(text: string, s: Settings): { cell: CellKind; override: GateOverride } | string {
  const [cell, gate, value, ...rest] = text.split(':');
  if (!CELL_KINDS.includes(cell as CellKind)) return `unknown cell "${cell}"`;
  const kind = cell as CellKind;
  if (!gatesOf(kind).includes(gate as GateName)) return `"${gate}" is not a gate of the ${kind}`;
  const v = numberIn(value ?? '', -1, 1);
  if (v === null) return `value "${value}" must be a number from -1 to 1`;
  const override: GateOverride = { gate: gate as GateName, value: v };
  for (const part of rest) {
    const t = part.startsWith('t') ? intIn(part.slice(1), 1, s.steps) : null;
    const lastUnit = hiddenSizeOf(s, kind) - 1;
    const u = part.startsWith('u') ? intIn(part.slice(1), 0, lastUnit) : null;
    if (t !== null) override.t = t;
    else if (u !== null) override.unit = u;
    else return `"${part}" is not a step t1..t${s.steps} or a unit u0..u${lastUnit}`;
  }
  return { cell: kind, override };
}

/**
 * One imported cell: `cell:hidden:base64`, or the single-import links made before cells had
 * their own sizes, `cell:base64`, whose hidden size was the shared one (`hs`).
 */
function parseImported(text: string, s: Settings): ImportedWeights | string {
  const parts = text.split(':');
  if (parts.length !== 2 && parts.length !== 3) return 'expected cell:hidden size:numbers';
  const [cell, sizeText, data] = parts.length === 3 ? parts : [parts[0], String(s.hiddenSize), parts[1]];
  if (!CELL_KINDS.includes(cell as CellKind)) return `unknown cell "${cell}"`;
  const kind = cell as CellKind;
  const { min, max } = SIZE_LIMITS.hiddenSize;
  const H = intIn(sizeText, min, max);
  if (H === null) return `hidden size "${sizeText}" must be a whole number from ${min} to ${max}`;
  const all = decodeFloat64(data);
  const I = s.inputSize, GH = WEIGHT_BLOCKS[kind] * H;
  const sizes = [GH * I, GH * H, GH, GH, H, H];
  const total = sizes.reduce((a, b) => a + b, 0);
  if (!all || all.length !== total) return `expected ${total} numbers for a ${kind} of input ${I} and hidden ${H}`;
  const split: Float64Array[] = [];
  let at = 0;
  for (const n of sizes) split.push(all.slice(at, (at += n)));
  const [wIh, wHh, bIh, bHh, h0, c0] = split;
  const imported: ImportedWeights = { cell: kind, weights: { wIh, wHh, bIh, bHh }, h0, c0 };
  return importedProblem(imported, I) ?? imported;
}

/** Reads a hash (with or without '#'). Never throws. */
export function decodeUrlState(hash: string): DecodedUrl {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const s: Settings = structuredClone(DEFAULT_SETTINGS);
  const cursor: Cursor = { t: 1, micro: 0 };
  const ignored: string[] = [];
  const seen = new Set<string>();
  const read = (key: string, apply: (value: string) => string | null) => {
    const value = params.get(key);
    seen.add(key);
    if (value === null) return;
    const problem = apply(value);
    if (problem) ignored.push(`${key}=${value.length > 40 ? `${value.slice(0, 40)}…` : value}: ${problem}`);
  };
  const sized = (key: 'inputSize' | 'hiddenSize' | 'steps') => (v: string) => {
    const { min, max } = SIZE_LIMITS[key];
    const n = intIn(v, min, max);
    if (n === null) return `must be a whole number from ${min} to ${max}`;
    s[key] = n;
    return null;
  };
  read('v', (v) => (v === String(URL_VERSION) ? null : `unknown version (this app reads version ${URL_VERSION})`));
  read('c', (v) => {
    const cells = v.split(',');
    if (cells.length === 0 || cells.length > 3 || !cells.every((c) => CELL_KINDS.includes(c as CellKind)) || new Set(cells).size !== cells.length) {
      return 'must list one to three of gru, lstm, rnn';
    }
    s.cells = cells as CellKind[];
    return null;
  });
  read('is', sized('inputSize'));
  read('hs', sized('hiddenSize'));
  read('len', sized('steps'));
  read('s', (v) => {
    const n = intIn(v, 0, 2 ** 31 - 1);
    if (n === null) return 'must be a whole number from 0 to 2147483647';
    s.seed = n;
    return null;
  });
  read('r', (v) => (v === 'a' || v === 'b' ? ((s.reset = v === 'a' ? 'after' : 'before'), null) : 'must be a (after) or b (before)'));
  read('fb', (v) => {
    const { min, max } = SIZE_LIMITS.forgetBias;
    const n = numberIn(v, min, max);
    return n === null ? `must be a number from ${min} to ${max}` : ((s.forgetBias = n), null);
  });
  read('x', (v) => {
    if (INPUT_PRESETS.includes(v as InputPreset)) return ((s.input = { kind: 'preset', preset: v as InputPreset }), null);
    if (!v.startsWith('c:')) return `must be a preset (${INPUT_PRESETS.join(', ')}) or c: followed by numbers`;
    const values = v.slice(2).split(',').map((p) => numberIn(p, -1e6, 1e6));
    if (values.some((n) => n === null)) return 'contains something that is not a number';
    if (values.length !== s.steps * s.inputSize) return `has ${values.length} numbers; length ${s.steps} × input size ${s.inputSize} needs ${s.steps * s.inputSize}`;
    s.input = { kind: 'custom', values: values as number[] };
    return null;
  });
  read('w', (v) => {
    const problems: string[] = [];
    for (const part of v.split(',').filter(Boolean)) {
      const imported = parseImported(part, s);
      const cell = part.split(':')[0];
      const shown = part.length > 24 ? `${part.slice(0, 24)}…` : part;
      if (typeof imported === 'string') problems.push(`${shown} (${imported})`);
      else if (s.imported[imported.cell]) problems.push(`${shown} (a second ${cell})`);
      else s.imported[imported.cell] = imported;
    }
    return problems.length ? `ignored ${problems.join('; ')}` : null;
  });
  read('tl', (v) => {
    if (v === '') return null;
    if (importedCells(s).length === 0) return 'a lab label without imported weights';
    const label = cleanLabel(v);
    return typeof label === 'string' ? ((s.trainedLabel = label), null) : label.error;
  });
  read('o', (v) => {
    const problems: string[] = [];
    for (const part of v.split(',').filter(Boolean)) {
      const parsed = parseOverride(part, s);
      if (typeof parsed === 'string') problems.push(`${part} (${parsed})`);
      else s.overrides[parsed.cell].push(parsed.override);
    }
    return problems.length ? `ignored ${problems.join('; ')}` : null;
  });
  read('par', (v) => (v === '0' || v === '1' ? ((s.isParallel = v === '1'), null) : 'must be 0 or 1'));
  read('th', (v) => (THEMES.includes(v as Theme) ? ((s.theme = v as Theme), null) : `must be one of ${THEMES.join(', ')}`));
  read('p', (v) => {
    const panels = v === '' ? [] : v.split(',');
    if (!panels.every((p) => ALL_PANELS.includes(p as PanelId))) return `must list panels from ${ALL_PANELS.join(', ')}`;
    s.panels = panels as PanelId[];
    return null;
  });
  read('n', (v) => (v === 'pytorch' || v === 'chung' ? ((s.notation = v), null) : 'must be pytorch or chung'));
  read('u', (v) => {
    const last = largestHiddenSize(s) - 1;
    const n = intIn(v, 0, last);
    return n === null ? `must be a unit from 0 to ${last}` : ((s.unit = n), null);
  });
  read('sp', (v) => {
    const { min, max } = SIZE_LIMITS.speed;
    const n = numberIn(v, min, max);
    return n === null ? `must be a number from ${min} to ${max}` : ((s.speed = n), null);
  });
  read('t', (v) => {
    const n = intIn(v, 1, s.steps);
    return n === null ? `must be a step from 1 to ${s.steps}` : ((cursor.t = n), null);
  });
  read('m', (v) => {
    const n = intIn(v, 0, 5);
    return n === null ? 'must be a micro-step from 0 to 5' : ((cursor.micro = n), null);
  });
  for (const key of params.keys()) {
    if (!seen.has(key) && !EXTRA_KEYS.has(key)) ignored.push(`${key}: unknown key`);
  }
  return { settings: s, cursor, ignored };
}

/** Keys other features own (lesson slides, embed, share locks); they read them themselves. */
export const EXTRA_KEYS = new Set<string>();
