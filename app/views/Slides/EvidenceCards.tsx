/**
 * The evidence board: one card per study with its finding; the verdict opens on demand, so the
 * class can sort the cards first. Imports app/ only.
 */
import type { EvidenceCard } from '../../lessons/types';

export function EvidenceCards({ caption, cards }: { caption: string; cards: readonly EvidenceCard[] }) {
  return (
    <section className="slide-figure evidence" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{caption}</h2>
      <ul className="evidence-cards">
        {cards.map((card) => (
          <li key={card.id} className="evidence-card">
            <h3>{card.source.href ? <a href={card.source.href} target="_blank" rel="noreferrer">{card.source.label}</a> : card.source.label}</h3>
            <p>{card.finding}</p>
            <details>
              <summary>Which way does it point?</summary>
              <p>{card.verdict}</p>
            </details>
          </li>
        ))}
      </ul>
      <p className="slide-source">Published findings, not computed here.</p>
    </section>
  );
}
