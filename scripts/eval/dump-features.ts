// Debug aid: the named features an email fires and the committed model's contributions.
// Usage: tsx scripts/eval/dump-features.ts <id> [<id>…]  (dev corpus only)
import { loadReal } from '../train/data';
import { NAMED } from '../../src/analysis/features';
import { currentModel } from '../../src/analysis/index';

const ids = new Set(process.argv.slice(2));
const m = currentModel();
for (const x of loadReal('dev').filter((e) => ids.has(e.row.id))) {
  const f = x.p.features;
  const named: string[] = [];
  f.idx.forEach((i) => {
    if (i < NAMED.length) named.push(`${NAMED[i]}(${(m.verdict.get(i) ?? 0).toFixed(2)})`);
  });
  console.log(`${x.row.id} [${x.row.label.kind}] times=${x.p.fields.proposedTimes.length}\n  ${named.join(' ')}`);
}
