// Fit the verdict and kind models on a set of examples; the same code serves `npm run train`
// (all dev mail) and every fold of the grouped cross-validation in `npm run eval`.
import type { InvitationKind } from '../../src/shared/types';
import { CHAR_BASE, NAMED, type Features } from '../../src/analysis/features';
import type { LoadedModel } from '../../src/analysis/verdict';
import { pack, unpack, type PackedVector } from '../../src/analysis/model/sparse';
import { prune, trainBinary, trainSoftmax } from './lr';
import type { Example } from './data';
import { VALUE_FIELDS, type ValueField } from '../../src/analysis/fields/confidence';
import { normCompany, normText } from '../eval/compare';

export const KINDS: InvitationKind[] = ['invitation', 'reschedule_by_company', 'confirmation', 'reminder'];

export interface FitOptions {
  l2: number;
  steps: number;
  rate: number;
  /** L2 penalty of the value-confidence models. */
  valueL2: number;
  /** Hashed weights kept in the verdict vector (named features are always kept). */
  maxFeatures: number;
  /** Hashed weights kept per kind vector. */
  kindFeatures: number;
  /** Weights kept per value-confidence vector. */
  valueFeatures: number;
  /** Weight each email by 1/size^groupPower of its source group, so one big template set does not dominate. */
  groupPower: number;
  /** The same for the value-confidence models (their thresholds are tuned for 98 % right values on this weighting). */
  valueGroupPower: number;
  /**
   * A hashed n-gram is used only when it occurs in at least this many source groups of the
   * training part: words one publisher's templates share teach nothing about the next publisher.
   */
  minGroups: number;
  /** Use the character 4-grams (off: words and named features only). */
  charGrams: boolean;
  thresholds: { verdict: number; button: number };
  /** P(value right) a company/role/contact/place needs. */
  valueThresholds: Partial<Record<ValueField, number>>;
}

export const FIT: FitOptions = { l2: 3e-5, valueL2: 1e-3, steps: 250, rate: 0.05, maxFeatures: 500, kindFeatures: 60, valueFeatures: 150, groupPower: 0.25, valueGroupPower: 0.5, minGroups: 3, charGrams: false, thresholds: { verdict: 0.5, button: 0.2 }, valueThresholds: {} };

export interface Fitted {
  model: LoadedModel;
  packed: { verdict: PackedVector; kind: PackedVector[]; values: Record<string, PackedVector> };
}

const LABEL: Record<ValueField, 'company' | 'role' | 'contact_name' | 'location'> = { company: 'company', role: 'role', contactName: 'contact_name', location: 'location' };

/** Whether an extracted value equals the label (undefined: no label for that field). */
export function valueRight(x: Example, f: ValueField): boolean | undefined {
  const want = x.row.label[LABEL[f]];
  if (want === undefined) return undefined;
  const norm = f === 'company' ? normCompany : normText;
  return norm(x.p.fields[f]) === norm(want);
}

/** The value-confidence rows of one field: every labelled invitation with a value. */
export function valueRows(xs: Example[], f: ValueField): Array<{ x: Example; y: 0 | 1 }> {
  const out: Array<{ x: Example; y: 0 | 1 }> = [];
  for (const x of xs) {
    if (!x.y || !x.p.values[f]) continue;
    const r = valueRight(x, f);
    if (r !== undefined) out.push({ x, y: r ? 1 : 0 });
  }
  return out;
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

/** The hashed features that occur in at least `min` groups of xs (named features are always kept). */
export function crossGroupFeatures(xs: Example[], min: number, charGrams = true): Set<number> | null {
  if (min <= 1 && charGrams) return null;
  const groups = new Map<number, Set<string>>();
  for (const x of xs) {
    for (const i of x.p.features.idx) {
      if (i < NAMED.length || (!charGrams && i >= CHAR_BASE)) continue;
      let g = groups.get(i);
      if (!g) groups.set(i, (g = new Set()));
      g.add(x.group);
    }
  }
  return new Set([...groups].filter(([, g]) => g.size >= Math.max(1, min)).map(([i]) => i));
}

function restrict(f: Features, keep: Set<number> | null): Features {
  if (!keep) return f;
  const idx: number[] = [];
  const val: number[] = [];
  f.idx.forEach((i, k) => {
    if (i < NAMED.length || keep.has(i)) {
      idx.push(i);
      val.push(f.val[k] ?? 0);
    }
  });
  return { idx: Int32Array.from(idx), val: Float32Array.from(val), words: f.words };
}

export function fit(xs: Example[], o: FitOptions = FIT): Fitted {
  const keep = crossGroupFeatures(xs, o.minGroups, o.charGrams);
  const feats = new Map(xs.map((x) => [x, restrict(x.p.features, keep)]));
  const rows = xs.map((x) => feats.get(x)!);
  const opts = { l2: o.l2, steps: o.steps, rate: o.rate };
  const vw = trainBinary(rows, xs.map((x) => x.y), { ...opts, weights: sampleWeights(xs, o.groupPower, true) });
  const inv = xs.filter((x) => x.y === 1);
  const kw = trainSoftmax(
    inv.map((x) => feats.get(x)!),
    inv.map((x) => Math.max(0, KINDS.indexOf(x.row.label.kind as InvitationKind))),
    KINDS.length,
    { ...opts, weights: sampleWeights(inv, o.groupPower, false) },
  );
  const verdict = pack(prune(vw, o.maxFeatures, NAMED.length));
  // Softmax is unchanged by subtracting one class's weights from all: store the others relative to the first.
  const base = new Map(kw[0] ?? []);
  const rel = kw.slice(1).map((w) => {
    const m = new Map(w);
    for (const [i, b] of base) m.set(i, (m.get(i) ?? 0) - b);
    return [...m].filter(([, v]) => v !== 0).sort((a, b) => a[0] - b[0]);
  });
  const kind = rel.map((w) => pack(prune(w, o.kindFeatures, NAMED.length)));
  const values: Record<string, PackedVector> = {};
  for (const f of VALUE_FIELDS) {
    const rows = valueRows(xs, f);
    if (rows.length < 5) continue;
    const w = trainBinary(rows.map((r) => ({ ...r.x.p.values[f]!, words: new Map() })), rows.map((r) => r.y), { l2: o.valueL2, steps: o.steps, rate: o.rate, weights: sampleWeights(rows.map((r) => r.x), o.valueGroupPower, false) });
    values[f] = pack(prune(w, o.valueFeatures, 0));
  }
  return {
    packed: { verdict, kind, values },
    model: {
      verdict: unpack(verdict),
      kind: { classes: KINDS, vectors: [new Map<number, number>(), ...kind.map(unpack)] },
      thresholds: o.thresholds,
      values: { vectors: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, unpack(v)])), thresholds: o.valueThresholds },
    },
  };
}
