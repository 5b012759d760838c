/**
 * The embed's Esc key: it lets go of the keyboard. The focused control is blurred and, inside a
 * frame, focus goes back to the host window (`parent.focus()` is one of the few calls a browser
 * allows across origins; Chromium honours it), so the host's arrow keys work again. A component
 * that handles Esc itself (a dialog closing) calls preventDefault and keeps it. Imports nothing.
 */

/** Installs the Esc handler on `win`; returns a function that removes it. */
export function releaseFocusOnEscape(win: Window): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const active = win.document.activeElement;
    if (active && active !== win.document.body && 'blur' in active && typeof active.blur === 'function') active.blur();
    if (win.parent !== win) {
      try {
        win.parent.focus();
      } catch {
        // A browser that refuses: the control is blurred all the same, so the app no longer takes keys.
      }
    }
  };
  win.addEventListener('keydown', onKeyDown);
  return () => win.removeEventListener('keydown', onKeyDown);
}
