// Fit the verdict and kind models on a set of examples; the same code serves `npm run train`
// (all dev mail) and every fold of the grouped cross-validation in `npm run eval`.
import type { InvitationKind } from '../../src/shared/types';
import { NAMED } from '../../src/analysis/features';
import type { LoadedModel } from '../../src/analysis/verdict';
import { pack, unpack, type PackedVector } from '../../src/analysis/model/sparse';
import { prune, trainBinary, trainSoftmax } from './lr';
import type { Example } from './data';

export const KINDS: InvitationKind[] = ['invitation', 'reschedule_by_company', 'confirmation', 'reminder'];

export interface FitOptions {
  l2: number;
  steps: number;
  rate: number;
  /** Hashed weights kept per vector (named features are always kept). */
  maxFeatures: number;
  /** Weight each email by 1/size^groupPower of its source group, so one big template set does not dominate. */
  groupPower: number;
  thresholds: { verdict: number; button: number };
}

export const FIT: FitOptions = { l2: 1e-4, steps: 250, rate: 0.05, maxFeatures: 1500, groupPower: 0.5, thresholds: { verdict: 0.5, button: 0.2 } };

export interface Fitted {
  model: LoadedModel;
  packed: { verdict: PackedVector; kind: PackedVector[] };
}

function sampleWeights(xs: Example[], power: number, balance: boolean): number[] {
  const size = new Map<string, number>();
  for (const x of xs) size.set(x.group, (size.get(x.group) ?? 0) + 1);
  const w = xs.map((x) => 1 / (size.get(x.group) ?? 1) ** power);
  if (!balance) return w;
  const pos = xs.reduce((a, x, i) => a + (x.y ? w[i] ?? 0 : 0), 0);
  const neg = xs.reduce((a, x, i) => a + (x.y ? 0 : w[i] ?? 0), 0);
  return w.map((v, i) => v * (xs[i]?.y ? (pos + neg) / (2 * pos || 1) : (pos + neg) / (2 * neg || 1)));
}

export function fit(xs: Example[], o: FitOptions = FIT): Fitted {
  const rows = xs.map((x) => x.p.features);
  const opts = { l2: o.l2, steps: o.steps, rate: o.rate };
  const vw = trainBinary(rows, xs.map((x) => x.y), { ...opts, weights: sampleWeights(xs, o.groupPower, true) });
  const inv = xs.filter((x) => x.y === 1);
  const kw = trainSoftmax(
    inv.map((x) => x.p.features),
    inv.map((x) => Math.max(0, KINDS.indexOf(x.row.label.kind as InvitationKind))),
    KINDS.length,
    { ...opts, weights: sampleWeights(inv, o.groupPower, false) },
  );
  const verdict = pack(prune(vw, o.maxFeatures, NAMED.length));
  const kind = kw.map((w) => pack(prune(w, Math.round(o.maxFeatures / 5), NAMED.length)));
  return {
    packed: { verdict, kind },
    model: {
      verdict: unpack(verdict),
      kind: { classes: KINDS, vectors: kind.map(unpack) },
      thresholds: o.thresholds,
      fields: {},
    },
  };
}
