import { afterAll, describe, expect, test } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { modelDigest, modelFiles } from '../../../scripts/eval/pin';

// The hold-out pin belongs to one model. The model is not only its weights: an extraction or
// feature change with the same weights.json changes the hold-out's counts too, so the digest
// must cover the analysis code, or holdout.test.ts would compare (and print) the counts of a
// model under development — a reading of the frozen hold-out.
const ROOT = new URL('../../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'tactful-pin-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of every file the digest reads, under a fresh root. */
function copyTree(name: string): string {
  const root = join(tmp, name);
  for (const f of modelFiles(ROOT)) {
    const to = join(root, f.slice(ROOT.length));
    mkdirSync(dirname(to), { recursive: true });
    cpSync(f, to);
  }
  return root;
}

describe('modelDigest', () => {
  test('covers the weights, every file under src/analysis/ and the scoring scripts', () => {
    const rel = modelFiles(ROOT).map((f) => f.slice(ROOT.length));
    expect(rel).toContain('src/analysis/model/weights.json');
    expect(rel).toContain('src/analysis/extract/location.ts');
    expect(rel).toContain('src/analysis/lexicon/de.ts');
    expect(rel).toContain('scripts/eval/cv.ts');
    expect(rel.filter((f) => !f.startsWith('src/analysis/') && !f.startsWith('scripts/'))).toEqual([]);
  });

  test('is the same for an identical copy and does not depend on the order of the files', () => {
    const root = copyTree('same');
    const files = modelFiles(root);
    expect(modelDigest(files, root)).toBe(modelDigest(modelFiles(ROOT), ROOT));
    expect(modelDigest([...files].reverse(), root)).toBe(modelDigest(files, root));
  });

  test('changes when an analysis file changes and the weights do not', () => {
    const root = copyTree('edited');
    const before = modelDigest(modelFiles(root), root);
    appendFileSync(join(root, 'src/analysis/extract/location.ts'), '\n// an extraction change\n');
    expect(modelDigest(modelFiles(root), root)).not.toBe(before);
  });

  test('changes when an analysis file is added, or the weights change', () => {
    const added = copyTree('added');
    const before = modelDigest(modelFiles(added), added);
    writeFileSync(join(added, 'src/analysis/extract/new-rule.ts'), 'export const x = 1;\n');
    expect(modelDigest(modelFiles(added), added)).not.toBe(before);
    const weights = copyTree('weights');
    appendFileSync(join(weights, 'src/analysis/model/weights.json'), ' ');
    expect(modelDigest(modelFiles(weights), weights)).not.toBe(before);
  });
});
