// Cross-validation grouped by source: every group's emails are scored by a model fitted
// without that group (the written corpus is one more group). The nested form (nested.ts)
// also picks the thresholds without the scored group.
import type { Analysis } from '../../src/shared/types';
import { decide, gateFields, type LoadedModel } from '../../src/analysis/verdict';
import { VALUE_FIELDS, valueProbability, type ValueField } from '../../src/analysis/fields/confidence';
import { signalsOf } from '../../src/analysis/index';
import { fit, FIT, type FitOptions } from '../train/fit';
import type { Example } from '../train/data';
import type { Scored } from './metrics';

/** Groups dealt to k folds, biggest first, each to the fold with the fewest emails so far (deterministic). */
export function groupFolds(xs: Array<Pick<Example, 'group'>>, k: number): string[][] {
  const size = new Map<string, number>();
  for (const x of xs) size.set(x.group, (size.get(x.group) ?? 0) + 1);
  const groups = [...size].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const folds: Array<{ n: number; groups: string[] }> = Array.from({ length: k }, () => ({ n: 0, groups: [] }));
  for (const [g, n] of groups) {
    const f = folds.reduce((best, cur) => (cur.n < best.n ? cur : best));
    f.groups.push(g);
    f.n += n;
  }
  return folds.map((f) => f.groups);
}

/** The analysis a model gives an example (features are computed once, the model varies). */
export function analyse(x: Example, m: LoadedModel): Analysis {
  const v = decide(m, x.p.features, { fields: x.p.fields, links: x.p.links, fromEmail: x.p.email.fromEmail });
  return { invitation: v.invitation, confidence: v.confidence, kind: v.kind, signals: signalsOf(v), fields: gateFields(m, x.p.fields, x.p.values), language: x.p.lang, button: v.button, unsure: v.unsure, why: v.why };
}

export interface Thresholds {
  verdict: number;
  button: number;
  values: Partial<Record<ValueField, number>>;
}

/** The same model with other thresholds. */
export function withThresholds(m: LoadedModel, t: Thresholds): LoadedModel {
  return { ...m, thresholds: { verdict: t.verdict, button: t.button }, values: { ...m.values, thresholds: t.values } };
}

export interface OutOfFold extends Scored {
  probability: number;
  /** P(value right) of each extracted value, by the fold's model. */
  valueP: Partial<Record<ValueField, number>>;
}

/** A model's raw outputs on one example, and its analysis under the model's thresholds. */
export function predict(m: LoadedModel, x: Example): OutOfFold {
  const v = decide(m, x.p.features, { fields: x.p.fields, links: x.p.links, fromEmail: x.p.email.fromEmail });
  const valueP: OutOfFold['valueP'] = {};
  for (const f of VALUE_FIELDS) {
    const vf = x.p.values[f];
    const w = m.values.vectors[f];
    if (vf && w) valueP[f] = valueProbability(w, vf);
  }
  return { x, a: analyse(x, m), probability: v.probability, valueP };
}

/** Fits one model per fold (and one on all real mail for the `extra` fold); `trainExtra` puts `extra` in every training part. */
export function foldModels(real: Example[], extra: Example[], k: number, o: FitOptions = FIT, trainExtra = true): Array<{ held: Set<string>; model: LoadedModel }> {
  const folds = groupFolds(real, k);
  if (extra.length) folds.push([...new Set(extra.map((x) => x.group))]);
  const all = [...real, ...extra];
  const extraGroups = new Set(extra.map((x) => x.group));
  return folds.map((groups) => {
    const held = new Set(groups);
    const train = all.filter((x) => !held.has(x.group) && (trainExtra || !extraGroups.has(x.group)));
    return { held, model: fit(train, o).model };
  });
}

/**
 * Out-of-fold predictions. `extra` examples (the written corpus) are one more fold, scored by
 * a model fitted on all real mail; with `trainExtra` they are also in every other fold's training part.
 * The thresholds are the fit options' (fixed beforehand): see nested.ts for thresholds chosen per fold.
 */
export function crossValidate(real: Example[], extra: Example[], k: number, o: FitOptions = FIT, trainExtra = true): OutOfFold[] {
  const out: OutOfFold[] = [];
  const all = [...real, ...extra];
  for (const { held, model } of foldModels(real, extra, k, o, trainExtra)) {
    for (const x of all) if (held.has(x.group)) out.push(predict(model, x));
  }
  return out;
}
