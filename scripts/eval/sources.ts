// Assembles tests/corpus/real/SOURCES.md from the collectors' lists (tests/corpus/real/sources/<c>.md).
// Reads only each record's `source` field (never a text field): the hold-out stays unread.
// Usage: tsx scripts/eval/sources.ts [--write]   (without --write: exit 1 when SOURCES.md is stale)
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const REAL = join(import.meta.dirname, '../../tests/corpus/real');
const SPLITS = ['dev', 'holdout'] as const;

/** Record counts per source group and split, from the `source` fields only. */
export function groupCounts(root = REAL): Map<string, Record<(typeof SPLITS)[number], number>> {
  const out = new Map<string, Record<(typeof SPLITS)[number], number>>();
  for (const split of SPLITS) {
    for (const f of readdirSync(join(root, split)).filter((n) => n.endsWith('.jsonl')).sort()) {
      for (const l of readFileSync(join(root, split, f), 'utf8').split('\n')) {
        if (!l.trim()) continue;
        const group = String((JSON.parse(l) as { source: { group: string } }).source.group);
        const c = out.get(group) ?? { dev: 0, holdout: 0 };
        c[split]++;
        out.set(group, c);
      }
    }
  }
  return out;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A group is named by a list when its slug appears as a whole word (not inside a longer slug). */
export const names = (md: string, group: string) => new RegExp(`(?<![\\w-])${esc(group)}(?![\\w-])`).test(md);

export function collectors(root = REAL): string[] {
  return readdirSync(join(root, 'sources')).filter((n) => /^[a-z]\.md$/.test(n)).sort().map((n) => n[0]!);
}

export function assemble(root = REAL): string {
  const counts = groupCounts(root);
  const lists = collectors(root).map((c) => ({ c, md: readFileSync(join(root, 'sources', `${c}.md`), 'utf8').trim() }));
  const head = [
    '# Sources of the real-mail corpus (tests/corpus/real/)',
    '',
    'Assembled by `npx tsx scripts/eval/sources.ts --write` from each collector\'s own list in `sources/<collector>.md`',
    '(tests/unit/scripts/sources.test.ts fails when this file is stale or a corpus group is named by no list). Each',
    'list names every source its collector read, used or not (collector e\'s, written after it was cut off, names only',
    'the sources it used). Counts are emails in the groups each list names (a group several lists add to, like `odoo`,',
    'counts under each of them); per split: dev (fitted on) / hold-out (frozen, read only by the final evaluation).',
    '',
    '| collector | covers | groups | dev | hold-out |',
    '|---|---|---|---|---|',
  ];
  for (const { c, md } of lists) {
    const title = (md.split('\n')[0] ?? '').replace(/^#\s*/, '');
    const covers = title.match(/\((.*)\)\s*$/)?.[1] ?? title;
    const gs = [...counts.keys()].filter((g) => names(md, g));
    const sum = (k: 'dev' | 'holdout') => gs.reduce((n, g) => n + counts.get(g)![k], 0);
    head.push(`| ${c} | ${covers} | ${gs.length} | ${sum('dev')} | ${sum('holdout')} |`);
  }
  const tot = (k: 'dev' | 'holdout') => [...counts.values()].reduce((n, v) => n + v[k], 0);
  head.push(`| all | ${counts.size} groups | ${counts.size} | ${tot('dev')} | ${tot('holdout')} |`, '');
  const body = lists.map(({ md }) => md.replace(/^# /, '## ').replace(/\n## /g, '\n### '));
  return `${head.join('\n')}\n${body.join('\n\n')}\n`;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const file = join(REAL, 'SOURCES.md');
  const text = assemble();
  if (process.argv.includes('--write')) writeFileSync(file, text);
  else if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    console.error('tests/corpus/real/SOURCES.md is stale: run npx tsx scripts/eval/sources.ts --write');
    process.exit(1);
  }
}
