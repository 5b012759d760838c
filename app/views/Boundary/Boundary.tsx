/**
 * Keeps a failure where it happened: if a part of the page throws while it renders, runs an
 * effect or loads its code, that part alone shows what went wrong, with "Try again" and "Reload
 * the page"; the rest keeps working. Everything the learner set lives in the link, so a reload
 * loses nothing. Imports React only.
 */
import { Component, type ReactNode } from 'react';

export interface BoundaryProps {
  /** What failed, as the start of a sentence: "The timeline", "The GRU cell". */
  what: string;
  /** The whole page failed (the outermost boundary): the message stands alone, as a page. */
  isPage?: boolean;
  /** Called by "Try again" before the part renders again (a lazy part's `retry`, say). */
  onRetry?: () => void;
  children: ReactNode;
}

interface BoundaryState {
  /** What went wrong, in one line; null while the part works. */
  problem: string | null;
}

/** An error's message in one line, whatever was thrown. */
function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').trim() || 'an unknown error';
}

export class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { problem: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { problem: describe(error) };
  }

  override render() {
    const { problem } = this.state;
    if (problem === null) return this.props.children;
    const { what, isPage } = this.props;
    const body = (
      <div className={isPage ? 'failure failure-page' : 'panel failure'} role="alert">
        <p><strong>{what} could not be shown</strong>: {problem}.</p>
        <p className="muted">Everything you set is kept in the link: reloading the page loses nothing.</p>
        <p className="failure-actions">
          <button type="button" onClick={() => { this.props.onRetry?.(); this.setState({ problem: null }); }}>Try again</button>
          <button type="button" onClick={() => window.location.reload()}>Reload the page</button>
        </p>
      </div>
    );
    return isPage ? <main className="app">{body}</main> : body;
  }
}
