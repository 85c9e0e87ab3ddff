// Usage: tsx scripts/eval.ts [--flat | --holdout [--pin] | --libraries] [--no-written] [--verbose] [--folds N] [--json FILE]
//
// Default: NESTED cross-validation grouped by source group on the real dev corpus
// (tests/corpus/real/dev/), our written corpus as one more group (trained on unless
// --no-written, and scored apart). No email is scored by weights fitted on its own group,
// nor by thresholds chosen on predictions of its own group (scripts/eval/nested.ts): this is
// the figure to report. --flat: one level only, with the thresholds `npm run train` picked on
// the same out-of-fold predictions (optimistic; quicker).
// --holdout: the committed model (trained by `npm run train` on all dev mail) scores the frozen
// hold-out (tests/corpus/real/holdout/); only aggregate figures are printed. Read it once, at
// the end of a piece of work; --pin then records them for tests/unit/scripts/holdout.test.ts.
// --libraries: email-reply-parser, planer, email-forward-parser and franc-min against our code.
import { writeFileSync } from 'node:fs';
import { loadReal, loadWritten } from './train/data';
import { fit, FIT } from './train/fit';
import { analyse, crossValidate, predict, withThresholds } from './eval/cv';
import { nestedCV, thresholdsOf } from './eval/nested';
import { writePin } from './eval/pin';
import { metrics, FIELDS, got, want, type Scored } from './eval/metrics';
import { line, table } from './eval/report';
import { currentModel } from '../src/analysis/index';
import { runLibraries } from './eval/libraries';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const verbose = args.includes('--verbose');
const t0 = performance.now();

function confusions(s: Scored[]): string[] {
  const out: string[] = [];
  for (const { x, a } of s) {
    const exp = x.y === 1;
    const why = a.signals.slice(0, 3).join('; ');
    if (exp && !a.invitation) out.push(`FN ${x.row.id} (${x.row.label.category ?? x.row.label.kind}) p=${(1 - a.confidence).toFixed(2)} button=${a.button}: ${why}`);
    else if (!exp && a.invitation) out.push(`FP ${x.row.id} (${x.row.label.category ?? ''}) ${a.confidence}: ${why}`);
    else if (!exp && a.button) out.push(`BTN ${x.row.id} (${x.row.label.category ?? ''}): ${why}`);
    else if (exp && a.kind !== x.row.label.kind) out.push(`KIND ${x.row.id}: expected ${x.row.label.kind}, got ${a.kind}`);
  }
  return out;
}

function fieldMisses(s: Scored[]): string[] {
  const out: string[] = [];
  for (const { x, a } of s) {
    if (!x.y) continue;
    for (const f of FIELDS) {
      const w = want(x, f);
      if (w !== undefined && got(a, f) !== w) out.push(`${f.padEnd(15)} ${x.row.id}: expected "${w}", got "${got(a, f)}"`);
    }
  }
  return out;
}

let scored: Scored[] = [];
if (args.includes('--libraries')) {
  const m = currentModel();
  await runLibraries(Number(opt('--folds') ?? 10), { ...FIT, thresholds: m.thresholds, valueThresholds: m.values.thresholds });
} else if (args.includes('--holdout')) {
  const m = currentModel();
  scored = loadReal('holdout').map((x) => ({ x, a: analyse(x, m) }));
  console.log(`frozen hold-out: ${scored.length} emails, scored by the committed model (npm run train: all dev mail); thresholds verdict ${m.thresholds.verdict}, button ${m.thresholds.button}`);
  for (const l of table(scored)) console.log(l);
  const byField = (s: Scored[]): string => Object.entries(metrics(s).values.perField).map(([f, v]) => `${f} ${v.wrong}/${v.returned}`).join(', ');
  console.log(`wrong values by field: ${byField(scored)}; collector e only: ${byField(scored.filter((e) => e.x.row.source?.collector === 'e'))}`);
  if (args.includes('--pin')) console.log(`pinned: ${writePin(scored)}`);
} else if (!args.includes('--flat')) {
  const folds = Number(opt('--folds') ?? 10);
  const dev = loadReal('dev');
  const written = args.includes('--no-written') ? [] : loadWritten();
  console.log(`nested grouped cross-validation: ${folds} outer folds over ${new Set(dev.map((x) => x.group)).size} real dev groups (${dev.length} emails); thresholds chosen per outer fold on inner out-of-fold predictions of the other folds; our written corpus (${written.length}) trained on in every fold, scored by a model fitted on all real mail`);
  const n = nestedCV(dev, written, folds, FIT, (s) => console.error(s));
  const t = thresholdsOf(n.flat);
  const range = (f: (c: (typeof n.perFold)[number]) => number): string => { const v = n.perFold.map(f); return `${Math.min(...v).toFixed(3)}–${Math.max(...v).toFixed(3)}`; };
  console.log(`per-fold thresholds: verdict ${range((c) => c.verdict)}, button ${range((c) => c.button)}, ${Object.keys(t.values).map((f) => `${f} ${range((c) => c.values[f] ?? 1)}`).join(', ')}`);
  const writtenModel = written.length ? withThresholds(fit(dev, FIT).model, t) : undefined;
  scored = [...n.scored, ...(writtenModel ? written.map((x) => predict(writtenModel, x)) : [])];
  for (const l of table(scored)) console.log(l);
  const optimistic = n.outer.flatMap(({ model, xs }) => xs.map((x) => predict(withThresholds(model, t), x)));
  console.log(line('real, optimistic*', metrics(optimistic)));
  console.log(`* the same outer models with the thresholds npm run train would pick on these out-of-fold predictions (verdict ${t.verdict}, button ${t.button}, values ${JSON.stringify(t.values)}): not the figure to report`);
  const c = confusions(scored.filter((e) => e.x.real));
  console.log(`\nreal dev confusions (${c.length}):`);
  for (const l of c.slice(0, verbose ? 1000 : 40)) console.log(`  ${l}`);
  const fm = fieldMisses(scored.filter((e) => e.x.real));
  console.log(`real dev field misses (${fm.length}):`);
  for (const l of fm.slice(0, verbose ? 1000 : 30)) console.log(`  ${l}`);
} else {
  const folds = Number(opt('--folds') ?? 10);
  const dev = loadReal('dev');
  const written = loadWritten();
  const trainWritten = !args.includes('--no-written');
  const m = currentModel();
  const o = { ...FIT, thresholds: m.thresholds, valueThresholds: m.values.thresholds };
  scored = crossValidate(dev, written, folds, o, trainWritten);
  console.log(`grouped cross-validation: ${folds} folds over ${new Set(dev.map((x) => x.group)).size} real dev groups (${dev.length} emails); our written corpus (${written.length}) is one more group${trainWritten ? ', trained on' : ', not trained on'}; thresholds verdict ${o.thresholds.verdict}, button ${o.thresholds.button} (from npm run train)`);
  for (const l of table(scored)) console.log(l);
  const c = confusions(scored.filter((e) => e.x.real));
  console.log(`\nreal dev confusions (${c.length}):`);
  for (const l of c.slice(0, verbose ? 1000 : 40)) console.log(`  ${l}`);
  const fm = fieldMisses(scored.filter((e) => e.x.real));
  console.log(`real dev field misses (${fm.length}):`);
  for (const l of fm.slice(0, verbose ? 1000 : 30)) console.log(`  ${l}`);
}
const json = opt('--json');
if (json) {
  const real = scored.filter((e) => e.x.real);
  writeFileSync(json, `${JSON.stringify({ real: metrics(real), written: metrics(scored.filter((e) => !e.x.real)) }, null, 1)}\n`);
}
console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
