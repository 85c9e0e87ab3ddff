import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assemble, collectors, groupCounts, names, REAL } from '../../../scripts/eval/sources';

describe('tests/corpus/real/SOURCES.md', () => {
  it('is the collectors\' lists assembled (npx tsx scripts/eval/sources.ts --write)', () => {
    expect(readFileSync(join(REAL, 'SOURCES.md'), 'utf8')).toBe(assemble());
  });
  it('names every source group of the corpus, in dev and hold-out', () => {
    const md = readFileSync(join(REAL, 'SOURCES.md'), 'utf8');
    const groups = [...groupCounts().keys()];
    expect(groups.length).toBeGreaterThan(100);
    expect(groups.filter((g) => !names(md, g))).toEqual([]);
  });
  it('holds every collector\'s list', () => {
    expect(collectors()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });
  it('matches a slug as a whole word only', () => {
    expect(names('group **odoo-survey**', 'odoo')).toBe(false);
    expect(names('group **odoo** (dev)', 'odoo')).toBe(true);
  });
});
