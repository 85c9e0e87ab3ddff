// Tables of the evaluation: one line per slice (language, source type, real or written).
import { FIELDS, metrics, type Metrics, type Scored } from './metrics';

const f3 = (x: number): string => (Number.isNaN(x) ? '  –  ' : x.toFixed(3));

export function header(): string {
  return [
    'slice'.padEnd(24), 'n'.padStart(4), 'inv'.padStart(4), ' prec ', ' rec  ', ' kind ',
    ...FIELDS.map((f) => ({ company: 'comp ', role: 'role ', contact_name: 'cont ', format: 'fmt  ', location: 'loc  ', scheduling_link: 'link ', proposed_times: 'times' })[f].padStart(6)),
    ' wrong(n)   ', 'btn  ', 'btnRest',
  ].join(' ');
}

export function line(name: string, m: Metrics): string {
  const fa = FIELDS.map((f) => f3(m.field[f].ok / m.field[f].n).padStart(6));
  const wrong = `${f3(m.values.wrong / m.values.returned)}(${m.values.wrong}/${m.values.returned})`;
  return [name.slice(0, 24).padEnd(24), String(m.emails).padStart(4), String(m.invitations).padStart(4), f3(m.precision), f3(m.recall), f3(m.kindAccuracy), ...fa, wrong.padEnd(12), f3(m.buttonRecall), f3(m.buttonRest)].join(' ');
}

export function sliced(title: string, s: Scored[], by: (x: Scored) => string): string[] {
  const groups = new Map<string, Scored[]>();
  for (const e of s) {
    const k = by(e);
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  const out = [`-- ${title}`];
  for (const [k, v] of [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) out.push(line(k, metrics(v)));
  return out;
}

/** The full table: overall, per language, per source type, real vs written, the title-only templates. */
export function table(s: Scored[]): string[] {
  const real = s.filter((e) => e.x.real);
  const written = s.filter((e) => !e.x.real);
  const out = [header(), line('real (all)', metrics(real))];
  if (written.length) out.push(line('written by us', metrics(written)));
  out.push(line('real, no title-only tmpl', metrics(real.filter((e) => !e.x.titleOnly))));
  out.push(line('real, title-only tmpl', metrics(real.filter((e) => e.x.titleOnly))));
  out.push(...sliced('real, per language', real, (e) => e.x.lang));
  out.push(...sliced('real, per source type', real, (e) => e.x.type));
  if (real.some((e) => e.x.row.source?.collector)) out.push(...sliced('real, per collector (the hold-out parts of e and f: never read before their final evaluation)', real, (e) => e.x.row.source?.collector ?? '?'));
  return out;
}
