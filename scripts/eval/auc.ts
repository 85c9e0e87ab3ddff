// Threshold-free summaries of out-of-fold P(invitation): the ranking (AUC) and what the
// button costs at a recall target. Used to compare model choices before any threshold is picked.
export interface PY { p: number; y: 0 | 1 }

/** Area under the ROC curve (ties count half). */
export function auc(ps: PY[]): number {
  const pos = ps.filter((x) => x.y).map((x) => x.p);
  const neg = ps.filter((x) => !x.y).map((x) => x.p);
  if (!pos.length || !neg.length) return NaN;
  let s = 0;
  for (const a of pos) for (const b of neg) s += a > b ? 1 : a === b ? 0.5 : 0;
  return s / (pos.length * neg.length);
}

/** Share of non-invitations at or above the highest threshold that keeps `recall` of the invitations. */
export function restAtRecall(ps: PY[], recall: number): number {
  const pos = ps.filter((x) => x.y).map((x) => x.p).sort((a, b) => a - b);
  const cut = pos[Math.floor(pos.length * (1 - recall))] ?? 0;
  const neg = ps.filter((x) => !x.y);
  return neg.filter((x) => x.p >= cut).length / Math.max(1, neg.length);
}

/** Best F1 over thresholds, with its precision and recall. */
export function bestF1(ps: PY[]): { f1: number; precision: number; recall: number; t: number } {
  let best = { f1: 0, precision: 0, recall: 0, t: 0.5 };
  const inv = ps.filter((x) => x.y).length;
  for (const t of [...new Set(ps.map((x) => x.p))]) {
    const tp = ps.filter((x) => x.y && x.p >= t).length;
    const fp = ps.filter((x) => !x.y && x.p >= t).length;
    const f1 = (2 * tp) / (tp + fp + inv);
    if (f1 > best.f1) best = { f1, precision: tp / (tp + fp), recall: tp / inv, t };
  }
  return best;
}
