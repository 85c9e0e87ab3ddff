// Cross-validation grouped by source: every group's emails are scored by a model fitted
// without that group (the written corpus is one more group).
import type { Analysis } from '../../src/shared/types';
import { decide, gateFields, type LoadedModel } from '../../src/analysis/verdict';
import { VALUE_FIELDS, valueProbability, type ValueField } from '../../src/analysis/fields/confidence';
import { signalsOf } from '../../src/analysis/index';
import { fit, FIT, type FitOptions } from '../train/fit';
import type { Example } from '../train/data';
import type { Scored } from './metrics';

/** Groups dealt to k folds, biggest first, each to the fold with the fewest emails so far (deterministic). */
export function groupFolds(xs: Example[], k: number): string[][] {
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

export interface OutOfFold extends Scored {
  probability: number;
  /** P(value right) of each extracted value, by the fold's model. */
  valueP: Partial<Record<ValueField, number>>;
}

/**
 * Out-of-fold predictions. `extra` examples (the written corpus) are one more fold, scored by
 * a model fitted on all real mail; with `trainExtra` they are also in every other fold's training part.
 */
export function crossValidate(real: Example[], extra: Example[], k: number, o: FitOptions = FIT, trainExtra = true): OutOfFold[] {
  const out: OutOfFold[] = [];
  const folds = groupFolds(real, k);
  if (extra.length) folds.push([...new Set(extra.map((x) => x.group))]);
  const all = [...real, ...extra];
  const extraGroups = new Set(extra.map((x) => x.group));
  for (const groups of folds) {
    const held = new Set(groups);
    const train = all.filter((x) => !held.has(x.group) && (trainExtra || !extraGroups.has(x.group)));
    const test = all.filter((x) => held.has(x.group));
    const { model } = fit(train, o);
    for (const x of test) {
      const v = decide(model, x.p.features, { fields: x.p.fields, links: x.p.links, fromEmail: x.p.email.fromEmail });
      const valueP: OutOfFold['valueP'] = {};
      for (const f of VALUE_FIELDS) {
        const vf = x.p.values[f];
        const w = model.values.vectors[f];
        if (vf && w) valueP[f] = valueProbability(w, vf);
      }
      out.push({ x, a: analyse(x, model), probability: v.probability, valueP });
    }
  }
  return out;
}
