/**
 * The presenter's bar: slide number and progress, previous / next slide, speaker notes (N), full
 * screen (F; Esc leaves it) and the way back to the normal page. Imports app/ only.
 */
import type { RefObject } from 'react';
import { showSlide } from '../../lessons/presenter';
import { closeSlides, toggleNotes } from '../../lessons/slidesMode';
import { useStore } from '../../store/store';
import { toggleFullscreen, useIsFullscreen } from './fullscreen';
import { SlideProgress } from './SlideProgress';

interface SlidesBarProps {
  slide: number;
  count: number;
  title: string;
  isNotesOpen: boolean;
  container: RefObject<HTMLElement | null>;
}

export function SlidesBar({ slide, count, title, isNotesOpen, container }: SlidesBarProps) {
  const isFullscreen = useIsFullscreen();
  return (
    <header className="slides-bar">
      <p className="slides-name">GateLab lesson</p>
      <SlideProgress slide={slide} count={count} title={title} />
      <div className="slides-buttons" role="toolbar" aria-label="Slides">
        <button type="button" onClick={() => showSlide(useStore, slide - 1)} disabled={slide <= 1} title="Previous slide (PageUp or ← steps back first)">
          ◀ Previous slide
        </button>
        <button type="button" onClick={() => showSlide(useStore, slide + 1)} disabled={slide >= count} title="Next slide (PageDown, → or Space step through the slide first)">
          Next slide ▶
        </button>
        <button type="button" aria-pressed={isNotesOpen} onClick={toggleNotes} title="Speaker notes (N)">Speaker notes</button>
        {document.fullscreenEnabled && (
          <button type="button" aria-pressed={isFullscreen} onClick={() => toggleFullscreen(container.current)} title="Full screen (F; Esc leaves)">
            Full screen
          </button>
        )}
        <button type="button" onClick={() => closeSlides(useStore)} title="Back to the normal page, with the same live state">Leave slides</button>
      </div>
    </header>
  );
}
