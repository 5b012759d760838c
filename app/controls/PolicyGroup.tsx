/**
 * Hide/lock for a group of controls, as a lesson link asks (`hide=`, `lock=`): hidden groups
 * are not rendered; locked ones stay visible in a disabled fieldset with the note "Locked by the
 * lesson author". Imports app/ only.
 */
import { useId, type ReactNode } from 'react';
import { controlState, type ControlGroup, type ControlState } from '../store/policySlice';
import { useStore } from '../store/store';
import './PolicyGroup.css';

/** Whether a group is shown, locked or hidden under the lesson policy in the URL. */
export function useControlPolicy(group: ControlGroup): ControlState {
  return useStore((s) => controlState(s.policy, group));
}

export const LOCKED_NOTE = 'Locked by the lesson author';

export interface PolicyGroupProps {
  group: ControlGroup;
  /** What the group is, for the locked fieldset's accessible name ("Theme"). */
  label: string;
  /** `inline` for a control in a row (header, toolbar); `block` for a panel's section. */
  layout?: 'inline' | 'block';
  children: ReactNode;
}

/** Renders its children as they are, not at all (hidden), or disabled with the note (locked). */
export function PolicyGroup({ group, label, layout = 'block', children }: PolicyGroupProps) {
  const state = useControlPolicy(group);
  const noteId = useId();
  if (state === 'hidden') return null;
  if (state === 'shown') return <>{children}</>;
  return (
    <fieldset
      className={`policy-locked is-${layout}`} disabled data-policy-group={group}
      aria-label={`${label}: ${LOCKED_NOTE.toLowerCase()}`} aria-describedby={noteId}
    >
      {children}
      <span className="locked-note" id={noteId}>{LOCKED_NOTE}</span>
    </fieldset>
  );
}
