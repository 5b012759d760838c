/**
 * Notices the app gives (ignored link settings, refused files, a restarted worker), each
 * dismissible. Text only: nothing from a URL or file is ever inserted as HTML. Imports app/ only.
 */
import { useStore } from '../../store/store';

export function Notices() {
  const notices = useStore((s) => s.notices);
  const dismiss = useStore((s) => s.dismissNotice);
  const error = useStore((s) => (s.traceStatus === 'error' ? s.traceError : null));
  if (notices.length === 0 && !error) return null;
  return (
    <div className="notices" aria-label="Notices" role="region">
      {error && <p className="notice notice-error" role="alert">The engine could not compute this: {error}</p>}
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'info' ? undefined : 'alert'}>
          <span>{n.text}</span>
          <button type="button" onClick={() => dismiss(n.id)} aria-label="Dismiss notice">×</button>
        </div>
      ))}
    </div>
  );
}
