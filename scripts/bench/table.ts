// The one table `npm run bench` prints: Markdown, so docs/performance.md can quote it as is.

export interface Row {
  area: string;
  measure: string;
  result: string;
  detail: string;
}

const esc = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function markdownTable(rows: Row[]): string {
  const head: Row = { area: 'Area', measure: 'Measure', result: 'Result', detail: 'Detail' };
  const all = [head, ...rows].map((r) => [esc(r.area), esc(r.measure), esc(r.result), esc(r.detail)]);
  const width = [0, 1, 2, 3].map((c) => Math.max(3, ...all.map((r) => [...r[c]!].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c + ' '.repeat(width[i]! - [...c].length)).join(' | ')} |`;
  const sep = `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(all[0]!), sep, ...all.slice(1).map(line)].join('\n');
}
