/**
 * Slides mode: the lesson's slide beside the live cells, sized for a 1920×1080 projector, with
 * the presenter's bar, speaker notes and clicker keys. Puts a slide's state on screen when asked
 * (a lesson link, the Slides button, a new `sl`). Loaded lazily by App.tsx. Imports app/ only.
 */
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LESSON } from '../../lessons/lesson';
import { showSlide } from '../../lessons/presenter';
import { useSlidesMode } from '../../lessons/slidesMode';
import { useStore } from '../../store/store';
import { LiveView } from './LiveView';
import { SlideCard } from './SlideCard';
import { SlidesBar } from './SlidesBar';
import { SpeakerNotes } from './SpeakerNotes';
import { useSlideKeys } from './useSlideKeys';
import './Slides.css';

export function SlidesView() {
  const { slide, isNotesOpen, isPendingApply } = useSlidesMode(
    useShallow((s) => ({ slide: s.slide, isNotesOpen: s.isNotesOpen, isPendingApply: s.isPendingApply })),
  );
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (isPendingApply) showSlide(useStore, slide);
  }, [isPendingApply, slide]);
  // Entering slides mode: the focus goes to the slide's title (the button that opened it is gone).
  useEffect(() => container.current?.querySelector<HTMLElement>('#slide-title')?.focus({ preventScroll: true }), []);
  useSlideKeys(container);
  const current = LESSON[slide - 1];
  return (
    <div ref={container} className="slides">
      <SlidesBar slide={slide} count={LESSON.length} title={current.title} isNotesOpen={isNotesOpen} container={container} />
      <main className="slides-main">
        <div className="slides-text">
          <SlideCard slide={current} />
          {isNotesOpen && <SpeakerNotes slide={current} />}
        </div>
        <LiveView />
      </main>
    </div>
  );
}
