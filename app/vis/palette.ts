/**
 * Colours of the visual language: one colour-blind-safe categorical palette for the gates
 * (Okabe–Ito), a diverging scale for values in −1..1 and a sequential one for gates in 0..1.
 * Colour is never the only cue: every gate also carries its letter. Imports d3 only.
 */
import { interpolateRgbBasis } from 'd3-interpolate';
import type { Quantity } from '../store/microSteps';

/**
 * ColorBrewer's 9-class Blues and 11-class PuOr (Cynthia Brewer, colorbrewer2.org), smoothed
 * by a B-spline through the colours, as d3-scale-chromatic's interpolateBlues and
 * interpolatePuOr are. Built here from the two colour lists: that package's module computes
 * all of its 27 ramps when it loads (~5 ms at page load) for the two the app uses.
 */
const interpolateBlues = interpolateRgbBasis(['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b']);
const interpolatePuOr = interpolateRgbBasis(['#2d004b', '#542788', '#8073ac', '#b2abd2', '#d8daeb', '#f7f7f7', '#fee0b6', '#fdb863', '#e08214', '#b35806', '#7f3b08']);

/** Okabe & Ito (2008) colours, chosen so no two gates form a red/green pair. */
export const GATE_COLORS: Record<Quantity, string> = {
  r: '#0072B2', // blue
  z: '#E69F00', // orange
  n: '#CC79A7', // reddish purple
  h: '#009E73', // bluish green
  i: '#0072B2',
  f: '#D55E00', // vermillion
  g: '#CC79A7',
  o: '#56B4E9', // sky blue
  c: '#E69F00',
};

const clamp01 = (t: number) => (t < 0 ? 0 : t > 1 ? 1 : t);

/**
 * Gates live in 0..1: light to dark blue. (A clamped d3 sequential scale over [0, 1] is the
 * interpolator itself; calling it directly keeps d3-scale out of the first screen's bundle.)
 */
export const gateScale = (value: number): string => interpolateBlues(clamp01(value));

/** States and candidates live in −1..1 (c may exceed it, and is clamped): orange ↔ white ↔ purple. */
export const valueScale = (value: number): string => interpolatePuOr(clamp01((value + 1) / 2));

const GATES: ReadonlySet<Quantity> = new Set<Quantity>(['r', 'z', 'i', 'f', 'o']);

/** Whether a quantity is a gate (0..1, sequential) or a value (−1..1, diverging). */
export function isGate(q: Quantity): boolean {
  return GATES.has(q);
}

/** The fill for a number of a quantity. */
export function colorFor(q: Quantity, value: number): string {
  return isGate(q) ? gateScale(value) : valueScale(value);
}

/** Black or white text, whichever reads better on the fill (WCAG relative luminance). */
export function textOn(fill: string): string {
  const m = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(fill) ?? /^#(..)(..)(..)$/.exec(fill);
  if (!m) return '#000';
  const channel = (s: string) => {
    const v = (fill.startsWith('#') ? parseInt(s, 16) : Number(s)) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const L = 0.2126 * channel(m[1]) + 0.7152 * channel(m[2]) + 0.0722 * channel(m[3]);
  return L > 0.179 ? '#000' : '#fff';
}
