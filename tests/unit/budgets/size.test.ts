// Bundle budgets on the built extension (dist/chrome): the content script loads into every
// Gmail / Outlook tab, the popup on every toolbar click. Sizes are gzip (level 9), summed
// over every file the entry loads, transitively (scripts/bench/sizes.ts, shared with
// `npm run bench`). `npm test` builds before vitest runs; a missing dist/ is a failure.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUDGETS, distSizes, kb, type EntrySize } from '../../../scripts/bench/sizes';

const DIST = path.resolve(import.meta.dirname, '../../../dist/chrome');

function report(e: EntrySize, budget: number): string {
  const files = e.files.map((f) => `    ${f.file}: ${f.raw} B raw, ${f.gzip} B gzip`).join('\n');
  return `${e.name}: ${kb(e.gzip)} gzip (${e.gzip} B) of ${kb(budget)} budget, ${kb(e.raw)} raw, ${e.files.length} file(s)\n${files}`;
}

describe('bundle budgets (dist/chrome)', () => {
  test('dist/chrome exists (run `npm run build`; `npm test` builds first)', () => {
    expect(existsSync(path.join(DIST, 'manifest.json')), `${DIST}/manifest.json is missing: run \`npm run build\` first`).toBe(true);
  });

  test(`content script ≤ ${kb(BUDGETS.content)} gzip`, () => {
    const { content } = distSizes(DIST);
    console.log(report(content, BUDGETS.content));
    expect(content.files.map((f) => f.file)).toContain('src/content/index.js');
    expect(content.gzip, report(content, BUDGETS.content)).toBeLessThanOrEqual(BUDGETS.content);
  });

  test(`popup (html + every chunk it loads) ≤ ${kb(BUDGETS.popup)} gzip`, () => {
    const { popup } = distSizes(DIST);
    console.log(report(popup, BUDGETS.popup));
    expect(popup.files.some((f) => f.file.endsWith('.html'))).toBe(true);
    expect(popup.files.some((f) => f.file.endsWith('.js'))).toBe(true);
    expect(popup.gzip, report(popup, BUDGETS.popup)).toBeLessThanOrEqual(BUDGETS.popup);
  });
});
