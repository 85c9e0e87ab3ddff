import { describe, expect, test } from 'vitest';
import modelFile from '../../../src/analysis/model/weights.json';
import type { ModelFile } from '../../../src/analysis/model/types';
import { NAMED_HASH, HASH_BITS } from '../../../src/analysis/features';
import { pack, unpack } from '../../../src/analysis/model/sparse';
import { corpusDigest, realRows, writtenRows, loadWritten } from '../../../scripts/train/data';
import { fit, FIT } from '../../../scripts/train/fit';
import { groupFolds } from '../../../scripts/eval/cv';

const file = modelFile as unknown as ModelFile;

describe('npm run train', () => {
  test('the committed weights were trained on the current dev corpus with the current features', () => {
    expect(file.named).toBe(NAMED_HASH);
    expect(file.hashBits).toBe(HASH_BITS);
    const rows = [...realRows('dev').map((r) => r.row), ...(file.trainedOn.written ? writtenRows() : [])];
    expect(file.trainedOn.data, 'the corpus changed: run npm run train').toBe(corpusDigest(rows));
    expect(file.thresholds.button).toBeLessThanOrEqual(file.thresholds.verdict);
  });

  test('training is deterministic: the same rows give the same packed weights', () => {
    const xs = loadWritten().slice(0, 60);
    const o = { ...FIT, steps: 40 };
    expect(JSON.stringify(fit(xs, o).packed)).toBe(JSON.stringify(fit(xs, o).packed));
  });

  test('packed weights round-trip within one quantum', () => {
    const ws: Array<[number, number]> = [[0, 1.5], [3, -0.25], [70000, 0.7], [262000, -1.5]];
    const back = unpack(pack(ws));
    const scale = 1.5 / 127;
    for (const [i, w] of ws) expect(Math.abs((back.get(i) ?? 0) - w)).toBeLessThanOrEqual(scale / 2 + 1e-6);
  });

  test('grouped folds never split a source group', () => {
    const xs = realRows('dev').map(({ row, group }) => ({ group, row }) as never);
    const folds = groupFolds(xs, 10);
    const seen = new Set<string>();
    for (const f of folds) for (const g of f) {
      expect(seen.has(g)).toBe(false);
      seen.add(g);
    }
    expect(seen.size).toBe(new Set(realRows('dev').map((r) => r.group)).size);
  });
});
