/**
 * A link to the part of GateLab a slide opens (the training lab, the gradient meter), or one line
 * saying it is not in this build — never a dead control. Imports app/ only.
 */
import { FEATURE_LINKS, FEATURES } from '../../lessons/features';
import type { Feature } from '../../lessons/types';

export function FeatureLine({ feature, labForm }: { feature: Feature; labForm?: string }) {
  const link = FEATURE_LINKS[feature];
  const href = link && labForm ? `${link}&${labForm}` : link;
  return href
    ? <p className="slide-feature"><a href={href}>{FEATURES[feature].linkLabel} →</a></p>
    : <p className="slide-feature is-missing">{FEATURES[feature].missing}</p>;
}
