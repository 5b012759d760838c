/**
 * The way into slides mode from the normal page. In the main bundle; the slides themselves load
 * when slides mode opens. Imports app/ only.
 */
import { openSlides } from '../../lessons/slidesMode';
import { useStore } from '../../store/store';
import './SlidesEntry.css';

export function SlidesEntry() {
  return (
    <p className="lesson-entry">
      <button type="button" onClick={() => openSlides(useStore)}>Present the lesson as slides</button>
      <span className="muted">Twelve slides set these cells up one idea at a time; a clicker steps through them.</span>
    </p>
  );
}
