/**
 * Lesson policy: which control groups a lesson link hides or locks (as TensorFlow Playground
 * does). Kept out of Settings: it never changes the numbers, so the engine never sees it.
 * Read from the URL keys `hide=` and `lock=` (policyUrl.ts). Imports store types.
 */
import type { StateCreator } from 'zustand';
import type { Store } from './store';

/** A group of controls a lesson author can hide or lock. */
export type ControlGroup = 'cells' | 'sizes' | 'inputs' | 'whatif' | 'theme' | 'speed';

/** Every group, in the order the Share dialog lists them and the URL writes them. */
export const CONTROL_GROUP_IDS: readonly ControlGroup[] = ['cells', 'sizes', 'inputs', 'whatif', 'theme', 'speed'];

/** Hidden groups are not rendered; locked ones are shown disabled with a note. */
export interface Policy {
  hidden: ControlGroup[];
  locked: ControlGroup[];
}

export type ControlState = 'shown' | 'locked' | 'hidden';

export const OPEN_POLICY: Policy = { hidden: [], locked: [] };

/** What a group looks like under a policy; hiding wins over locking. */
export function controlState(policy: Policy, group: ControlGroup): ControlState {
  if (policy.hidden.includes(group)) return 'hidden';
  return policy.locked.includes(group) ? 'locked' : 'shown';
}

export interface PolicySlice {
  policy: Policy;
  setPolicy: (policy: Policy) => void;
}

export const createPolicySlice: StateCreator<Store, [], [], PolicySlice> = (set) => ({
  policy: OPEN_POLICY,
  setPolicy: (policy) => set({ policy }),
});
