/**
 * The twelve-slide lesson of LESSON.md "Lesson sequence", in order. Imports the slide files.
 */
import { aboutEqual } from './slides/aboutEqual';
import { additiveHighway } from './slides/additiveHighway';
import { convergence } from './slides/convergence';
import { countingParameters } from './slides/countingParameters';
import { evidenceBoard } from './slides/evidenceBoard';
import { gruGates } from './slides/gruGates';
import { labAdding } from './slides/labAdding';
import { labTemporalOrder } from './slides/labTemporalOrder';
import { lstmGates } from './slides/lstmGates';
import { overwriteProblem } from './slides/overwriteProblem';
import { whereGatesAct } from './slides/whereGatesAct';
import { whichGates } from './slides/whichGates';
import type { Slide } from './types';

export const LESSON: readonly Slide[] = [
  overwriteProblem,
  gruGates,
  lstmGates,
  whereGatesAct,
  countingParameters,
  additiveHighway,
  labAdding,
  labTemporalOrder,
  aboutEqual,
  convergence,
  evidenceBoard,
  whichGates,
];
