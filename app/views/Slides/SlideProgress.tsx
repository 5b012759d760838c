/**
 * Where the presentation is: "3 / 12" and a bar, announced politely when the slide changes.
 * Imports nothing from the app.
 */
import type { CSSProperties } from 'react';

export function SlideProgress({ slide, count, title }: { slide: number; count: number; title: string }) {
  return (
    <div className="slide-progress">
      <p className="slide-number" aria-live="polite">
        <span aria-hidden="true">{slide} / {count}</span>
        <span className="visually-hidden">Slide {slide} of {count}: {title}</span>
      </p>
      <div
        className="slide-progress-bar" role="progressbar" aria-label="Lesson progress"
        aria-valuemin={1} aria-valuemax={count} aria-valuenow={slide} aria-valuetext={`slide ${slide} of ${count}`}
        style={{ '--done': slide / count } as CSSProperties}
      >
        <div className="slide-progress-fill" />
      </div>
    </div>
  );
}
