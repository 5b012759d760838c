/**
 * Parts of GateLab that some slides open and that may not be in this build (the training lab and
 * the gradient-flow meter, issue 5). A slide links to a feature when it has a link here; otherwise
 * it says in one line that the feature is missing. Imports lesson types only.
 */
import type { Feature } from './types';

export interface FeatureInfo {
  /** What the link says, when the feature is in the build. */
  linkLabel: string;
  /** Said instead of a dead control while the feature is missing. */
  missing: string;
}

export const FEATURES: Record<Feature, FeatureInfo> = {
  lab: {
    linkLabel: 'Open the training lab',
    missing: 'The training lab is not in this build yet; the numbers below are from the lesson text.',
  },
  'gradient-meter': {
    linkLabel: 'Open the gradient-flow meter (in the training lab)',
    missing: 'The gradient-flow meter is not in this build yet; the numbers below are from the lesson text.',
  },
};

/**
 * Where each feature opens (a URL hash), once it is built; a slide may add its lab form's keys.
 * A feature without an entry is said to be missing.
 */
export const FEATURE_LINKS: Partial<Record<Feature, string>> = { lab: '#mode=lab', 'gradient-meter': '#mode=lab' };
