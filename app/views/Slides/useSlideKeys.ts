/**
 * The presenter's keys in slides mode, on the whole window so a clicker works with nothing
 * focused: PageDown / → / Space forward, PageUp / ← back (micro-step, then slide), Home / End
 * first and last slide, N speaker notes, F full screen. It listens in the capture phase and marks
 * the keys it handles (preventDefault), so the app's own key handler (useKeyboard), which skips
 * handled events, never acts on them twice. Fields, sliders and menus keep their keys.
 * Imports app/ only.
 */
import { useEffect, type RefObject } from 'react';
import { ownsKeys } from '../../controls/useKeyboard';
import { advance, retreat, showSlide } from '../../lessons/presenter';
import { SLIDE_COUNT } from '../../lessons/slidesUrl';
import { toggleNotes } from '../../lessons/slidesMode';
import { useStore } from '../../store/store';
import { toggleFullscreen } from './fullscreen';

/** Space activates a focused button, disclosure, link or checkbox; the clicker leaves it that. */
const isPressable = (target: EventTarget | null) =>
  target instanceof HTMLElement && ['BUTTON', 'SUMMARY', 'A', 'INPUT'].includes(target.tagName);

export function useSlideKeys(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || ownsKeys(event.target)) return;
      switch (event.key) {
        case 'PageDown':
          advance(useStore);
          break;
        case 'ArrowRight':
          if (event.shiftKey) return; // Shift+→ stays the app's "next time step"
          advance(useStore);
          break;
        case ' ':
          if (isPressable(event.target) || event.shiftKey) return;
          advance(useStore);
          break;
        case 'PageUp':
          retreat(useStore);
          break;
        case 'ArrowLeft':
          if (event.shiftKey) return;
          retreat(useStore);
          break;
        case 'Home':
          showSlide(useStore, 1);
          break;
        case 'End':
          showSlide(useStore, SLIDE_COUNT);
          break;
        case 'n':
        case 'N':
          toggleNotes();
          break;
        case 'f':
        case 'F':
          toggleFullscreen(container.current);
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [container]);
}
