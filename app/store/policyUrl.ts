/**
 * The lesson policy in the URL hash: `hide=inputs,whatif` and `lock=sizes,speed`, comma-separated
 * control groups. Read the way urlState reads its keys: never throws, and whatever it cannot
 * use is named in a notice. Imports store files.
 */
import {
  CONTROL_GROUP_IDS, OPEN_POLICY,
  type ControlGroup, type Policy, type PolicySlice,
} from './policySlice';
import type { NoticesSlice } from './noticesSlice';
import { EXTRA_KEYS } from './urlState';

export const POLICY_KEYS = ['hide', 'lock'] as const;
// The settings decoder leaves these keys to us, and the URL sync keeps them in the hash.
for (const key of POLICY_KEYS) EXTRA_KEYS.add(key);

export interface DecodedPolicy {
  policy: Policy;
  /** One entry per ignored group: `key=value: why`. */
  ignored: string[];
}

/** The groups named in one key's value; unknown names are reported, repeats kept once. */
function readGroups(key: string, value: string, ignored: string[]): ControlGroup[] {
  const groups: ControlGroup[] = [];
  for (const name of value.split(',').filter(Boolean)) {
    if (!CONTROL_GROUP_IDS.includes(name as ControlGroup)) {
      const shown = name.length > 24 ? `${name.slice(0, 24)}…` : name;
      ignored.push(`${key}=${shown}: not a control group (${CONTROL_GROUP_IDS.join(', ')})`);
    } else if (!groups.includes(name as ControlGroup)) {
      groups.push(name as ControlGroup);
    }
  }
  return groups;
}

/** Reads `hide` and `lock` from a hash (with or without '#'). Never throws. */
export function decodePolicy(hash: string): DecodedPolicy {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const ignored: string[] = [];
  const hidden = readGroups('hide', params.get('hide') ?? '', ignored);
  // A hidden group cannot also be locked: hiding wins, so the lock is simply dropped.
  const locked = readGroups('lock', params.get('lock') ?? '', ignored).filter((g) => !hidden.includes(g));
  return { policy: { hidden, locked }, ignored };
}

/** The hash parameters of a policy (`hide=…&lock=…`), in the dialog's order; '' when open. */
export function encodePolicy(policy: Policy): string {
  const ordered = (groups: readonly ControlGroup[]) => CONTROL_GROUP_IDS.filter((g) => groups.includes(g));
  const hidden = ordered(policy.hidden);
  const locked = ordered(policy.locked).filter((g) => !hidden.includes(g));
  const parts: string[] = [];
  if (hidden.length > 0) parts.push(`hide=${hidden.join(',')}`);
  if (locked.length > 0) parts.push(`lock=${locked.join(',')}`);
  return parts.join('&');
}

type PolicyStore = { getState: () => PolicySlice & Pick<NoticesSlice, 'addNotice'> };

/** Applies a hash's policy to the store; ignored groups become one notice. */
export function applyPolicyHash(store: PolicyStore, hash: string): void {
  const { policy, ignored } = decodePolicy(hash);
  const state = store.getState();
  const current = state.policy;
  const same = encodePolicy(current) === encodePolicy(policy);
  if (!same) state.setPolicy(policy.hidden.length + policy.locked.length === 0 ? OPEN_POLICY : policy);
  if (ignored.length > 0) {
    state.addNotice('warning', `Some of the link's hide/lock choices were ignored: ${ignored.join('; ')}.`);
  }
}

/** Reads the policy now and whenever the hash changes (a pasted lesson link). */
export function startPolicySync(store: PolicyStore, win: Window = window): () => void {
  applyPolicyHash(store, win.location.hash);
  const onHashChange = () => applyPolicyHash(store, win.location.hash);
  win.addEventListener('hashchange', onHashChange);
  return () => win.removeEventListener('hashchange', onHashChange);
}
