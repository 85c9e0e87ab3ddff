// The two thresholds on P(invitation), chosen on out-of-fold predictions of real dev mail:
// the verdict where F1 is highest, the button as low as the recall target needs.
export interface Prob {
  p: number;
  y: 0 | 1;
}

const GRID = Array.from({ length: 95 }, (_, i) => Math.round((0.03 + i * 0.01) * 100) / 100);

/** F1 of the verdict at threshold t. */
function f1At(ps: Prob[], t: number): number {
  let tp = 0, fp = 0, fn = 0;
  for (const x of ps) {
    if (x.p >= t) x.y ? tp++ : fp++;
    else if (x.y) fn++;
  }
  return (2 * tp) / Math.max(1, 2 * tp + fp + fn);
}

/** Half-width of the window F1 is averaged over: the best single threshold swings with a few emails, a plateau does not. */
export const VERDICT_WINDOW = 0.1;

/** Thresholds whose averaged F1 is this close to the best all count as best; the verdict is their median. */
export const VERDICT_TOLERANCE = 0.01;

export function chooseVerdict(ps: Prob[], window = VERDICT_WINDOW, tolerance = VERDICT_TOLERANCE): number {
  const f = GRID.map((t) => f1At(ps, t));
  const smooth = GRID.map((t) => {
    const near = f.filter((_, j) => Math.abs((GRID[j] ?? 0) - t) <= window + 1e-9);
    return near.reduce((a, b) => a + b, 0) / near.length;
  });
  const best = Math.max(...smooth);
  // The middle of the plateau: a threshold a few emails cannot push to its edge.
  const plateau = GRID.filter((_, i) => (smooth[i] ?? 0) >= best - tolerance - 1e-12);
  return plateau[Math.floor((plateau.length - 1) / 2)] ?? 0.5;
}

/** The button's threshold as a share of the lowest invitation probability it must keep. */
export const BUTTON_MARGIN = 0.5;

/** The highest threshold (≤ the verdict's) that gives the button to at least `target` of the invitations. */
export function chooseButton(ps: Prob[], verdict: number, target = 0.99): number {
  const inv = ps.filter((x) => x.y).map((x) => x.p).sort((a, b) => a - b);
  if (!inv.length) return verdict;
  const allowedMisses = Math.floor(inv.length * (1 - target));
  const cut = inv[allowedMisses] ?? verdict;
  // Below the invitation it must still catch by a margin (recall first: unseen publishers score lower than the
  // ones it was chosen on), never above the verdict, never below 0.02.
  return Math.max(0.02, Math.min(verdict, Math.floor(cut * BUTTON_MARGIN * 100) / 100));
}

/**
 * The lowest P(value right) at which at least `target` of the values kept are right; 1 when no
 * cut reaches it (a wrong value above every right one). A field at 1 keeps only the values that
 * sit in a strong structure (src/analysis/fields/confidence.ts, strongStructure): round 1 fell
 * back to the cut keeping the most right values at 94 %, which let 18 % wrong values through on
 * publishers it had not seen.
 */
export function chooseValue(ps: Prob[], target = 0.98): number {
  const sorted = [...ps].sort((a, b) => b.p - a.p);
  let ok = 0;
  let best = 1;
  sorted.forEach((x, i) => {
    ok += x.y;
    const next = sorted[i + 1];
    // Only cut between distinct probabilities, and only where precision holds.
    if (next && next.p === x.p) return;
    if (ok / (i + 1) >= target) best = x.p;
  });
  return Math.floor(best * 1000) / 1000;
}


export interface Chosen {
  verdict: number;
  button: number;
  values: Record<string, number>;
}

export interface OofRow {
  probability: number;
  y: 0 | 1;
  /** P(value right) per field, and whether the value is right (undefined: no label). */
  values: Record<string, { p: number; right: boolean | undefined }>;
}

/** Every threshold from out-of-fold predictions of real mail: the verdict, the button, then each field's among the invitations that get the button. */
export function chooseAll(rows: OofRow[], fields: readonly string[]): Chosen {
  const ps = rows.map((r) => ({ p: r.probability, y: r.y }));
  const verdict = chooseVerdict(ps);
  const button = chooseButton(ps, verdict);
  const values: Record<string, number> = {};
  for (const f of fields) {
    const vs = rows.filter((r) => r.y && r.probability >= button && r.values[f] && r.values[f].right !== undefined);
    values[f] = chooseValue(vs.map((r) => ({ p: r.values[f]!.p, y: (r.values[f]!.right ? 1 : 0) as 0 | 1 })));
  }
  return { verdict, button, values };
}
