// Nested grouped cross-validation: the honest figure. For every outer fold, the thresholds
// (verdict, button, each field's value threshold) are chosen on inner out-of-fold predictions
// of the other folds only, then the outer fold is scored by the model fitted on those other
// folds with those thresholds. So no email is scored by a model or a threshold that saw its
// own source group. The inner model that leaves out folds {i, j} scores fold j for outer fold
// i and fold i for outer fold j: k(k-1)/2 + k fits in all.
import { VALUE_FIELDS } from '../../src/analysis/fields/confidence';
import type { LoadedModel } from '../../src/analysis/verdict';
import { fit, FIT, valueRight, type FitOptions } from '../train/fit';
import { chooseAll, type Chosen, type OofRow } from '../train/thresholds';
import type { Example } from '../train/data';
import { groupFolds, predict, withThresholds, type OutOfFold } from './cv';

export function oofRow(o: OutOfFold): OofRow {
  const values: OofRow['values'] = {};
  for (const f of VALUE_FIELDS) {
    const p = o.valueP[f];
    if (p !== undefined) values[f] = { p, right: valueRight(o.x, f) };
  }
  return { probability: o.probability, y: o.x.y, values };
}

/** Thresholds from out-of-fold predictions (real mail only). */
export function thresholdsOf(oof: OutOfFold[]): Chosen {
  return chooseAll(oof.filter((o) => o.x.real).map(oofRow), VALUE_FIELDS);
}

const asThresholds = (c: Chosen): Parameters<typeof withThresholds>[1] => ({ verdict: c.verdict, button: c.button, values: c.values });

export interface Nested {
  /** Every real email scored once: outer model, thresholds chosen without its fold. */
  scored: OutOfFold[];
  /** The thresholds each outer fold used. */
  perFold: Chosen[];
  /** Flat out-of-fold predictions (the outer models), for the thresholds `npm run train` would pick. */
  flat: OutOfFold[];
  /** Each outer fold's model and the emails it scores. */
  outer: Array<{ model: LoadedModel; xs: Example[] }>;
}

export function nestedCV(real: Example[], extra: Example[], k: number, o: FitOptions = FIT, log: (s: string) => void = () => {}): Nested {
  const folds = groupFolds(real, k).map((g) => new Set(g));
  const foldOf = (x: Example): number => folds.findIndex((f) => f.has(x.group));
  const byFold = folds.map((_, i) => real.filter((x) => foldOf(x) === i));
  const inner: OutOfFold[][] = folds.map(() => []);
  const t0 = performance.now();
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      const train = [...real.filter((x) => { const f = foldOf(x); return f !== i && f !== j; }), ...extra];
      const m = fit(train, o).model;
      for (const x of byFold[j] ?? []) inner[i]!.push(predict(m, x));
      for (const x of byFold[i] ?? []) inner[j]!.push(predict(m, x));
    }
    log(`  inner fits for fold ${i + 1}/${k} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
  const scored: OutOfFold[] = [];
  const flat: OutOfFold[] = [];
  const perFold: Chosen[] = [];
  const outer: Nested['outer'] = [];
  for (let i = 0; i < k; i++) {
    const chosen = thresholdsOf(inner[i] ?? []);
    perFold.push(chosen);
    const m: LoadedModel = fit([...real.filter((x) => foldOf(x) !== i), ...extra], o).model;
    const mt = withThresholds(m, asThresholds(chosen));
    outer.push({ model: m, xs: byFold[i] ?? [] });
    for (const x of byFold[i] ?? []) {
      flat.push(predict(m, x));
      scored.push(predict(mt, x));
    }
  }
  return { scored, perFold, flat, outer };
}
