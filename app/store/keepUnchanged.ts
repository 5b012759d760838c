/**
 * Structural sharing for settings: a patch's value that equals the current one (deeply: arrays,
 * typed arrays, plain objects) is replaced by the current one, so views and the engine client,
 * which compare by reference, see no change. A hash or a host message brings a whole new settings
 * object; without this, every one of them re-rendered every view of the cell list, the overrides
 * and the input, and started a recompute, even when only the seed (or nothing) had changed.
 * Imports nothing.
 */

/** Deep equality of settings values: primitives (Object.is), arrays, typed arrays, plain objects. */
export function isSameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a.constructor !== b.constructor) return false;
    const x = a as unknown as ArrayLike<number>;
    const y = b as unknown as ArrayLike<number>;
    if (x.length !== y.length) return false;
    for (let k = 0; k < x.length; k++) if (!Object.is(x[k], y[k])) return false;
    return true;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && isSameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** `next` with each top-level value that equals `current`'s taken from `current`; `current` itself if all are. */
export function keepUnchanged<T extends object>(current: T, next: T): T {
  let isChanged = Object.keys(current).length !== Object.keys(next).length;
  const kept = { ...next };
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (isSameValue(current[key], next[key])) kept[key] = current[key];
    else isChanged = true;
  }
  return isChanged ? kept : current;
}
