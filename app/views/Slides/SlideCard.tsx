/**
 * One slide's text: title, body, its tries and checkpoints on the live cells,
 * and what it shows besides (published numbers labelled as such). Imports app/ only.
 */
import type { Slide } from '../../lessons/types';
import { CheckpointList } from './CheckpointList';
import { FeatureLine } from './FeatureLine';
import { SlideFigure } from './SlideFigure';
import { SlideTries } from './SlideTries';

export function SlideCard({ slide }: { slide: Slide }) {
  return (
    <article className="slide-card" aria-labelledby="slide-title" data-slide={slide.id}>
      <h1 id="slide-title" tabIndex={-1}>{slide.title}</h1>
      <div className="slide-body">{slide.body.map((p) => <p key={p}>{p}</p>)}</div>
      {slide.tries && <SlideTries tries={slide.tries} />}
      {slide.checkpoints && <CheckpointList ids={slide.checkpoints} />}
      {slide.needs && <FeatureLine feature={slide.needs} labForm={slide.labForm} />}
      {slide.figure && <SlideFigure figure={slide.figure} />}
    </article>
  );
}
