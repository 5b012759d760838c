/**
 * The value of the previous render while the new one is equal to it (isSameValue: deep, typed
 * arrays included), so memoised children and effects keyed on it do not run for a copy. Imports
 * React and the store's equality.
 */
import { useRef } from 'react';
import { isSameValue } from '../store/keepUnchanged';

export function useSameValue<T>(value: T): T {
  const kept = useRef(value);
  if (!isSameValue(kept.current, value)) kept.current = value;
  return kept.current;
}
