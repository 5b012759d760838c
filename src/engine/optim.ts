/**
 * Optimizers over a list of parameter buffers and their gradient buffers (same order, same
 * lengths): SGD with optional momentum, and Adam (Kingma & Ba 2015). Each keeps its state in
 * buffers allocated once, at creation; step() allocates nothing. Imports portableMath (β^t
 * by squaring, the same bits in Node and the browser).
 */
import { powInt } from './portableMath';

/** Parameters and the buffers their gradients are accumulated in, pairwise. */
export interface ParamGroup {
  params: readonly Float64Array[];
  grads: readonly Float64Array[];
}

export interface SgdOptions {
  kind: 'sgd';
  lr: number;
  /** 0 (default) is plain SGD. With μ > 0: v ← μ v + g, p ← p − lr v (PyTorch's form). */
  momentum?: number;
}

export interface AdamOptions {
  kind: 'adam';
  /** Default 1e-3. */
  lr?: number;
  /** Defaults 0.9, 0.999, 1e-8 (the paper's). */
  beta1?: number;
  beta2?: number;
  eps?: number;
}

export type OptimizerOptions = SgdOptions | AdamOptions;

export interface Optimizer {
  readonly kind: OptimizerOptions['kind'];
  /** Learning rate; may be changed between steps (schedules). */
  lr: number;
  /** Updates applied so far (Adam's t). */
  readonly updates: number;
  /** Applies one update to every parameter from the gradients now in the grad buffers. */
  step(): void;
}

function checkGroup({ params, grads }: ParamGroup): void {
  if (params.length !== grads.length) {
    throw new RangeError(`optimizer: ${params.length} parameter buffers but ${grads.length} gradient buffers`);
  }
  params.forEach((p, k) => {
    if (p.length !== grads[k].length) {
      throw new RangeError(`optimizer: parameter ${k} has ${p.length} numbers, its gradient ${grads[k].length}`);
    }
  });
}

const zerosLike = (buffers: readonly Float64Array[]) => buffers.map((b) => new Float64Array(b.length));

function sgd(group: ParamGroup, options: SgdOptions): Optimizer {
  const momentum = options.momentum ?? 0;
  const velocity = zerosLike(momentum > 0 ? group.params : []);
  let t = 0;
  return {
    kind: 'sgd',
    lr: options.lr,
    get updates() {
      return t;
    },
    step() {
      t++;
      const lr = this.lr;
      for (let k = 0; k < group.params.length; k++) {
        const p = group.params[k], g = group.grads[k];
        if (momentum > 0) {
          const v = velocity[k];
          for (let i = 0; i < p.length; i++) {
            v[i] = momentum * v[i] + g[i];
            p[i] -= lr * v[i];
          }
        } else {
          for (let i = 0; i < p.length; i++) p[i] -= lr * g[i];
        }
      }
    },
  };
}

/**
 *   m ← β1 m + (1 − β1) g            first moment
 *   v ← β2 v + (1 − β2) g²           second moment
 *   p ← p − lr · m̂ / (√v̂ + ε)       m̂ = m / (1 − β1^t), v̂ = v / (1 − β2^t): bias correction
 */
function adam(group: ParamGroup, options: AdamOptions): Optimizer {
  const beta1 = options.beta1 ?? 0.9;
  const beta2 = options.beta2 ?? 0.999;
  const eps = options.eps ?? 1e-8;
  const m = zerosLike(group.params);
  const v = zerosLike(group.params);
  let t = 0;
  return {
    kind: 'adam',
    lr: options.lr ?? 1e-3,
    get updates() {
      return t;
    },
    step() {
      t++;
      const c1 = 1 / (1 - powInt(beta1, t));
      const c2 = 1 / (1 - powInt(beta2, t));
      const lr = this.lr;
      for (let k = 0; k < group.params.length; k++) {
        const p = group.params[k], g = group.grads[k], mk = m[k], vk = v[k];
        for (let i = 0; i < p.length; i++) {
          const gi = g[i];
          const mi = beta1 * mk[i] + (1 - beta1) * gi;
          const vi = beta2 * vk[i] + (1 - beta2) * gi * gi;
          mk[i] = mi;
          vk[i] = vi;
          p[i] -= (lr * (mi * c1)) / (Math.sqrt(vi * c2) + eps);
        }
      }
    },
  };
}

/** An optimizer bound to these parameters and gradient buffers. */
export function createOptimizer(group: ParamGroup, options: OptimizerOptions): Optimizer {
  checkGroup(group);
  switch (options.kind) {
    case 'sgd':
      return sgd(group, options);
    case 'adam':
      return adam(group, options);
  }
}
