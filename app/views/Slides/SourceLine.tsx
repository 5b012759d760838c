/** Where a published number comes from, said plainly: not GateLab's engine. Imports lesson types. */
import type { Source } from '../../lessons/types';

export function SourceLine({ source }: { source: Source }) {
  return (
    <p className="slide-source">
      Published numbers, not computed here. Source:{' '}
      {source.href ? <a href={source.href} target="_blank" rel="noreferrer">{source.label}</a> : source.label}.
    </p>
  );
}
