// Usage: tsx scripts/train.ts [--no-written] [--check]
// Fits the verdict and kind models on all real dev mail (and our written corpus as one more
// group), picks the thresholds on grouped out-of-fold predictions, and writes
// src/analysis/model/weights.json. Deterministic: the same corpus gives the same file.
// --check: exit 1 if the committed file differs from what training gives now.
import { readFileSync, writeFileSync } from 'node:fs';
import { NAMED_HASH, HASH_BITS } from '../src/analysis/features';
import type { ModelFile } from '../src/analysis/model/types';
import { corpusDigest, loadReal, loadWritten } from './train/data';
import { fit, FIT } from './train/fit';
import { crossValidate } from './eval/cv';
import { thresholdsOf } from './eval/nested';

const OUT = new URL('../src/analysis/model/weights.json', import.meta.url);
const args = process.argv.slice(2);
const withWritten = !args.includes('--no-written');

const t0 = performance.now();
const dev = loadReal('dev');
const written = withWritten ? loadWritten() : [];
// Thresholds from grouped out-of-fold predictions of real dev mail (values: among the invitations that get the button).
const { verdict, button, values: valueThresholds } = thresholdsOf(crossValidate(dev, written, 10, FIT, true));
const all = [...dev, ...written];
const { packed } = fit(all, { ...FIT, thresholds: { verdict, button }, valueThresholds });
const file: ModelFile = {
  version: 1,
  hashBits: HASH_BITS,
  named: NAMED_HASH,
  verdict: packed.verdict,
  kind: { classes: ['invitation', 'reschedule_by_company', 'confirmation', 'reminder'], vectors: packed.kind },
  thresholds: { verdict, button },
  fields: { vectors: packed.values, thresholds: valueThresholds },
  trainedOn: { emails: all.length, groups: new Set(all.map((x) => x.group)).size, invitations: all.filter((x) => x.y).length, written: withWritten, data: corpusDigest(all.map((x) => x.row)) },
};
const text = `${JSON.stringify(file, null, 1)}\n`;
if (args.includes('--check')) {
  const same = readFileSync(OUT, 'utf8') === text;
  console.log(same ? 'weights.json is what training gives' : 'weights.json differs from what training gives: run npm run train');
  process.exit(same ? 0 : 1);
}
writeFileSync(OUT, text);
console.log(`trained on ${file.trainedOn.emails} emails (${file.trainedOn.invitations} invitations, ${file.trainedOn.groups} groups${withWritten ? ', written corpus included' : ''}); thresholds verdict ${verdict}, button ${button}, values ${JSON.stringify(valueThresholds)}; ${((performance.now() - t0) / 1000).toFixed(1)} s`);
