/**
 * The author's checklist for a lesson link: each control group can be hidden or locked (shown
 * disabled, with a note), and the optional panels can be left out. Ticking a box only changes
 * the link being made, never this page. Imports app/store only.
 */
import { CONTROL_GROUP_IDS, type ControlGroup, type Policy } from '../../store/policySlice';
import { ALL_PANELS, type PanelId } from '../../store/settingsSlice';

/** What the author reads for each group of controls. */
export const CONTROL_GROUP_LABELS: Record<ControlGroup, string> = {
  cells: 'Cell choice (the tanh RNN toggle)',
  sizes: 'Sizes, seed and cell options',
  inputs: 'Input sequence: presets, editing, scenario import',
  whatif: 'What-if: forced gates and limiting cases',
  theme: 'Theme',
  speed: 'Playback speed',
};

/** Panels a lesson can leave out through the link's `p=` key (inputs and what-if are groups above). */
export const OPTIONAL_PANELS: readonly { id: PanelId; label: string }[] = [
  { id: 'timeline', label: 'Timeline panel (heatmaps over time)' },
  { id: 'equations', label: 'Equations panel' },
  { id: 'params', label: 'Parameter counts panel' },
];

export interface LessonControlsProps {
  policy: Policy;
  panels: readonly PanelId[];
  onPolicy: (policy: Policy) => void;
  onPanels: (panels: PanelId[]) => void;
}

const toggled = <T,>(list: readonly T[], item: T, isOn: boolean): T[] =>
  isOn ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);

export function LessonControls({ policy, panels, onPolicy, onPanels }: LessonControlsProps) {
  const setHidden = (group: ControlGroup, isOn: boolean) =>
    onPolicy({ hidden: toggled(policy.hidden, group, isOn), locked: isOn ? policy.locked.filter((g) => g !== group) : policy.locked });
  const setLocked = (group: ControlGroup, isOn: boolean) => onPolicy({ ...policy, locked: toggled(policy.locked, group, isOn) });
  return (
    <table className="lesson-controls">
      <thead>
        <tr><th scope="col">Controls</th><th scope="col">Hide</th><th scope="col">Lock</th></tr>
      </thead>
      <tbody>
        {CONTROL_GROUP_IDS.map((id) => {
          const label = CONTROL_GROUP_LABELS[id];
          const isHidden = policy.hidden.includes(id);
          return (
            <tr key={id}>
              <th scope="row">{label}</th>
              <td><input type="checkbox" aria-label={`Hide ${label}`} checked={isHidden} onChange={(e) => setHidden(id, e.target.checked)} /></td>
              <td>
                <input
                  type="checkbox" aria-label={`Lock ${label}`} disabled={isHidden}
                  checked={!isHidden && policy.locked.includes(id)} onChange={(e) => setLocked(id, e.target.checked)}
                />
              </td>
            </tr>
          );
        })}
        {OPTIONAL_PANELS.map(({ id, label }) => (
          <tr key={id}>
            <th scope="row">{label}</th>
            <td>
              <input
                type="checkbox" aria-label={`Hide ${label}`} checked={!panels.includes(id)}
                onChange={(e) => onPanels(ALL_PANELS.filter((p) => (p === id ? !e.target.checked : panels.includes(p))))}
              />
            </td>
            <td><span className="muted" title="Panels have no controls to lock">—</span></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
