/**
 * Keys while focus is inside the app: Space play/pause, ← → micro-step, Shift+← → time step,
 * Home, End. Keys typed into a field, a slider or a menu keep their own meaning. On its own page
 * the app also takes keys when nothing has focus (after a click on plain text); embedded in an
 * iframe it never does (DESIGN.md, embed focus rules); in the training lab it takes none.
 * Imports app/ only.
 */
import { useEffect, type RefObject } from 'react';
import { isEmbedMode } from '../embed/embedParams';
import { useStore } from '../store/store';
import { useLabMode } from '../lab/labMode';

/** Whether the focused element keeps its own keys (a field, a slider, a menu, `data-own-keys`). */
export function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return (target as HTMLInputElement).type !== 'checkbox';
  return target.closest('[data-own-keys]') !== null;
}

export function useKeyboard(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || ownsKeys(event.target)) return;
      // The training lab's page keeps the browser's keys (Space scrolls); the cells are not on screen.
      if (useLabMode.getState().isLabMode) return;
      const s = useStore.getState();
      // Space activates a focused button, link or disclosure.
      const isButton = event.target instanceof Element && event.target.closest('button, a[href], summary, [role="button"]') !== null;
      switch (event.key) {
        case ' ':
          if (isButton) return;
          s.togglePlay();
          break;
        case 'ArrowRight':
          if (event.shiftKey) s.nextTimeStep(); else s.stepForward();
          break;
        case 'ArrowLeft':
          if (event.shiftKey) s.previousTimeStep(); else s.stepBack();
          break;
        case 'Home':
          s.resetCursor();
          break;
        case 'End':
          s.goToEnd();
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    const onPageKeyDown = (event: KeyboardEvent) => {
      if (event.target === document.body || event.target === document.documentElement) onKeyDown(event);
    };
    const isOwnPage = !isEmbedMode(window.location.search);
    element.addEventListener('keydown', onKeyDown);
    if (isOwnPage) document.addEventListener('keydown', onPageKeyDown);
    return () => {
      element.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('keydown', onPageKeyDown);
    };
  }, [root]);
}
