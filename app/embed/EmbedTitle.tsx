/**
 * Embed mode's stand-in for the page header: a heading for screen readers only (the host page
 * shows its own title), and the embed layout's styles. Imports app/ only.
 */
import './embed.css';

export function EmbedTitle() {
  return <h1 className="embed-sr-only">GateLab: a GRU and an LSTM, one gate at a time</h1>;
}
