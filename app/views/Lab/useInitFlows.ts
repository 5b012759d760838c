/**
 * The gradient flow of each cell's freshly initialised model for the lab form's task, length
 * and preset, a seed and an LSTM forget bias: computed by the training pool's workers (never on
 * the main thread), asked for a moment after the last change (a dragged slider asks once), the
 * newest ask winning, and remembered per spec (the tanh RNN and the GRU do not depend on the
 * forget bias, so dragging it recomputes the LSTM only). Imports app/lab and engine types.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { GradientFlow } from '../../../src/engine/lab/gradflow';
import type { LabPreset, LabSpec } from '../../../src/engine/lab/spec';
import type { TaskKind } from '../../../src/engine/tasks/task';
import type { CellKind } from '../../../src/engine/types';
import { labPool } from '../../lab/labActions';
import { LAB_CELL_ORDER } from '../../lab/labForm';
import { createLatestRequest, type LatestRequest } from '../../lab/latestRequest';

export interface InitFlowQuery {
  task: TaskKind;
  length: number;
  preset: LabPreset;
  seed: number;
  forgetBias: number;
}

export interface InitFlows {
  /** What `flows` were computed for (the previous query's flows stay shown while the next computes). */
  query: InitFlowQuery | null;
  flows: Record<CellKind, GradientFlow> | null;
  isComputing: boolean;
  error: string | null;
}

/** Quiet time after the last change before asking the workers. */
const DEBOUNCE_MS = 150;
const CACHE_SIZE = 24;
const cache = new Map<string, Promise<GradientFlow>>();

export function initFlowSpec(q: InitFlowQuery, cell: CellKind): LabSpec {
  const spec: LabSpec = { task: q.task, length: q.length, preset: q.preset, seed: q.seed, cell };
  if (cell === 'lstm') spec.forgetBias = q.forgetBias;
  return spec;
}

function cachedFlow(spec: LabSpec): Promise<GradientFlow> {
  const key = JSON.stringify(spec);
  let flow = cache.get(key);
  if (!flow) {
    flow = labPool().flow(spec);
    flow.catch(() => cache.delete(key));
    cache.set(key, flow);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return flow;
}

async function fetchFlows(q: InitFlowQuery): Promise<Record<CellKind, GradientFlow>> {
  const flows = await Promise.all(LAB_CELL_ORDER.map((cell) => cachedFlow(initFlowSpec(q, cell))));
  return Object.fromEntries(LAB_CELL_ORDER.map((cell, k) => [cell, flows[k]])) as Record<CellKind, GradientFlow>;
}

export function useInitFlows(query: InitFlowQuery): InitFlows {
  const [state, setState] = useState<InitFlows>({ query: null, flows: null, isComputing: true, error: null });
  const requester = useRef<LatestRequest<InitFlowQuery> | null>(null);
  useEffect(() => {
    const r = createLatestRequest({
      fetch: fetchFlows,
      onAnswer: (flows, q) => setState({ query: q, flows, isComputing: false, error: null }),
      onError: (e) => setState((s) => ({ ...s, isComputing: false, error: e.message })),
    });
    requester.current = r;
    return () => r.stop();
  }, []);
  const { task, length, preset, seed, forgetBias } = query;
  const stable = useMemo(() => ({ task, length, preset, seed, forgetBias }), [task, length, preset, seed, forgetBias]);
  useEffect(() => {
    setState((s) => (s.isComputing ? s : { ...s, isComputing: true }));
    const timer = setTimeout(() => requester.current?.ask(stable), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [stable]);
  return state;
}
