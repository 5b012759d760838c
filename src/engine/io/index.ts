/**
 * Scenario and weight files in and out of the engine: the one import for the app, the worker
 * and the CLI. Imports io files only.
 */
export { parseScenario, scenarioToJson, type Scenario, type ScenarioJson, type ScenarioResult } from './scenario';
export { fromStateDict, toStateDict, STATE_DICT_KEYS, type StateDict } from './pytorch';
export { fromKeras, toKeras, KERAS_KEYS, type KerasWeights } from './keras';
export { gradsToJson, traceScenario, traceToJson, type GradsJson, type TraceJson } from './traceJson';
export type { Read } from './shapes';
