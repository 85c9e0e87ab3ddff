// Usage: tsx scripts/eval/sweep.ts '{"l2":1e-3}' '{"steps":400}' …
// Model choices compared before any threshold is picked: grouped 10-fold out-of-fold P(invitation)
// on real dev mail (written corpus trained on), summarised by AUC, best F1 and the share of the
// rest that gets the button at 0.99 recall. Each argument overrides FIT (scripts/train/fit.ts).
import { loadReal, loadWritten } from '../train/data';
import { FIT, type FitOptions } from '../train/fit';
import { crossValidate } from './cv';
import { auc, bestF1, restAtRecall } from './auc';

const dev = loadReal('dev');
const written = loadWritten();
const worst = process.argv.includes('--worst');
const runs = process.argv.slice(2).filter((a) => a !== '--worst');
for (const arg of runs.length ? runs : ['{}']) {
  const o: FitOptions = { ...FIT, ...(JSON.parse(arg) as Partial<FitOptions>) };
  const t0 = performance.now();
  const oof = crossValidate(dev, written, 10, o, true).filter((x) => x.x.real);
  const ps = oof.map((x) => ({ p: x.probability, y: x.x.y }));
  const b = bestF1(ps);
  console.log(`${arg.padEnd(40)} auc ${auc(ps).toFixed(4)} bestF1 ${b.f1.toFixed(3)} (p ${b.precision.toFixed(3)} r ${b.recall.toFixed(3)} t ${b.t.toFixed(2)}) rest@.99 ${restAtRecall(ps, 0.99).toFixed(3)} rest@.97 ${restAtRecall(ps, 0.97).toFixed(3)} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  if (worst) {
    const show = (xs: typeof oof): string => xs.map((x) => `${x.x.row.id} ${x.probability.toFixed(2)}`).join(', ');
    console.log(`  lowest invitations: ${show(oof.filter((x) => x.x.y).sort((a, b) => a.probability - b.probability).slice(0, 15))}`);
    console.log(`  highest others: ${show(oof.filter((x) => !x.x.y).sort((a, b) => b.probability - a.probability).slice(0, 25))}`);
  }
}
