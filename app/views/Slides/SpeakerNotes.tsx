/** The speaker notes of a slide: what to say, what to ask, the answer, and the claim it tests. Imports lesson types. */
import type { Slide } from '../../lessons/types';

export function SpeakerNotes({ slide }: { slide: Slide }) {
  const { notes, claim } = slide;
  return (
    <aside className="speaker-notes" aria-labelledby="speaker-notes-title">
      <h2 id="speaker-notes-title">Speaker notes{claim ? ` · lesson claim ${claim}` : ''}</h2>
      <h3>Say</h3>
      <p>{notes.say}</p>
      <h3>Ask</h3>
      <p>{notes.ask}</p>
      <h3>Answer</h3>
      <p>{notes.answer}</p>
    </aside>
  );
}
