// Regularised logistic and softmax regression over sparse rows, trained full-batch with
// Adam for a fixed number of steps: no randomness, so the same data gives the same weights.
import type { Features } from '../../src/analysis/features';

export interface TrainOptions {
  /** L2 penalty per unit weight (on the mean loss). */
  l2: number;
  steps: number;
  rate: number;
  /** Per-example weights (class balance, group size). */
  weights?: number[];
}

export const DEFAULTS: TrainOptions = { l2: 1e-3, steps: 300, rate: 0.05 };

/** Indices that occur in the rows (only these can get a nonzero weight). */
function activeIndices(rows: Features[]): Int32Array {
  const s = new Set<number>();
  for (const r of rows) for (const i of r.idx) s.add(i);
  return Int32Array.from([...s].sort((a, b) => a - b));
}

interface Compact {
  rows: Array<{ idx: Int32Array; val: Float32Array }>;
  active: Int32Array;
}

/** Rows re-indexed onto the active features (dense work stays small). */
function compact(rows: Features[]): Compact {
  const active = activeIndices(rows);
  const pos = new Map<number, number>();
  active.forEach((g, k) => pos.set(g, k));
  return { active, rows: rows.map((r) => ({ idx: Int32Array.from(r.idx, (g) => pos.get(g) ?? 0), val: r.val })) };
}

class Adam {
  private m: Float64Array;
  private v: Float64Array;
  private t = 0;
  constructor(n: number, private rate: number) {
    this.m = new Float64Array(n);
    this.v = new Float64Array(n);
  }
  step(w: Float64Array, g: Float64Array): void {
    this.t++;
    const b1 = 0.9, b2 = 0.999;
    const c1 = 1 - b1 ** this.t, c2 = 1 - b2 ** this.t;
    const M = this.m, V = this.v, r = this.rate;
    for (let i = 0; i < w.length; i++) {
      const gi = g[i]!;
      const m = (M[i] = b1 * M[i]! + (1 - b1) * gi);
      const v = (V[i] = b2 * V[i]! + (1 - b2) * gi * gi);
      w[i]! -= (r * (m / c1)) / (Math.sqrt(v / c2) + 1e-8);
    }
  }
}

/** Binary logistic regression; returns the nonzero weights as [feature, weight] pairs. */
export function trainBinary(rows: Features[], y: number[], opts: TrainOptions = DEFAULTS): Array<[number, number]> {
  const c = compact(rows);
  const n = c.active.length;
  const w = new Float64Array(n);
  const g = new Float64Array(n);
  const sw = opts.weights ?? rows.map(() => 1);
  const total = sw.reduce((a, b) => a + b, 0) || 1;
  const adam = new Adam(n, opts.rate);
  for (let s = 0; s < opts.steps; s++) {
    g.fill(0);
    for (let k = 0; k < c.rows.length; k++) {
      const { idx, val } = c.rows[k]!;
      let z = 0;
      for (let j = 0; j < idx.length; j++) z += w[idx[j]!]! * val[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const d = ((p - y[k]!) * sw[k]!) / total;
      for (let j = 0; j < idx.length; j++) g[idx[j]!]! += d * val[j]!;
    }
    for (let i = 0; i < n; i++) g[i]! += opts.l2 * w[i]!;
    adam.step(w, g);
  }
  const out: Array<[number, number]> = [];
  c.active.forEach((gi, k) => {
    if (w[k]) out.push([gi, w[k] ?? 0]);
  });
  return out;
}

/** Softmax regression over K classes; returns one weight list per class. */
export function trainSoftmax(rows: Features[], y: number[], k: number, opts: TrainOptions = DEFAULTS): Array<Array<[number, number]>> {
  const c = compact(rows);
  const n = c.active.length;
  const w = new Float64Array(n * k);
  const g = new Float64Array(n * k);
  const sw = opts.weights ?? rows.map(() => 1);
  const total = sw.reduce((a, b) => a + b, 0) || 1;
  const adam = new Adam(n * k, opts.rate);
  const z = new Float64Array(k);
  const d = new Float64Array(k);
  for (let s = 0; s < opts.steps; s++) {
    g.fill(0);
    for (let e = 0; e < c.rows.length; e++) {
      const { idx, val } = c.rows[e]!;
      z.fill(0);
      for (let j = 0; j < idx.length; j++) {
        const base = idx[j]! * k;
        const v = val[j]!;
        for (let cl = 0; cl < k; cl++) z[cl]! += w[base + cl]! * v;
      }
      let max = -Infinity;
      for (let cl = 0; cl < k; cl++) max = Math.max(max, z[cl]!);
      let sum = 0;
      for (let cl = 0; cl < k; cl++) sum += (z[cl] = Math.exp(z[cl]! - max));
      for (let cl = 0; cl < k; cl++) d[cl] = ((z[cl]! / sum - (y[e] === cl ? 1 : 0)) * sw[e]!) / total;
      for (let j = 0; j < idx.length; j++) {
        const base = idx[j]! * k;
        const v = val[j]!;
        for (let cl = 0; cl < k; cl++) g[base + cl]! += d[cl]! * v;
      }
    }
    for (let i = 0; i < n * k; i++) g[i]! += opts.l2 * w[i]!;
    adam.step(w, g);
  }
  return Array.from({ length: k }, (_, cl) => {
    const out: Array<[number, number]> = [];
    c.active.forEach((gi, j) => {
      const v = w[j * k + cl] ?? 0;
      if (v) out.push([gi, v]);
    });
    return out;
  });
}

/** Keep the `max` largest weights by magnitude (always keeping the named features below `keepBelow`). */
export function prune(ws: Array<[number, number]>, max: number, keepBelow: number): Array<[number, number]> {
  const named = ws.filter(([i]) => i < keepBelow);
  const rest = ws.filter(([i]) => i >= keepBelow).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0] - b[0]);
  return [...named, ...rest.slice(0, Math.max(0, max - named.length))];
}
