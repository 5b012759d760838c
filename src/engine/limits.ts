/**
 * The sizes the engine accepts. Past these a scenario or request is refused with a message,
 * so a typo cannot ask a browser tab for gigabytes. Imports nothing.
 */
export const LIMITS = {
  maxInputSize: 64,
  maxHiddenSize: 512,
  maxSteps: 2000,
} as const;
