// The labelled mail the model is fitted and scored on: the real corpus (tests/corpus/real/,
// one file per source group) and our own written corpus (tests/corpus/*.jsonl, one group).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { prepare, type Prepared, type PrepareOptions } from '../../src/analysis/pipeline';

export interface RealLabel {
  invitation: boolean;
  kind: string;
  category?: string;
  company: string;
  role: string;
  contact_name: string;
  format: string;
  location?: string;
  scheduling_link: boolean;
  proposed_times: string[];
}

export interface Row {
  id: string;
  subject: string;
  from_name: string;
  from_email: string;
  body: string;
  received_at: string;
  lang?: string;
  label: RealLabel;
  source?: { group: string; type: string; path?: string; repo?: string; collector?: string };
}

export interface Example {
  row: Row;
  group: string;
  lang: string;
  /** Source type for real mail, "written" for ours. */
  type: string;
  real: boolean;
  /** Collector a's generic calendar/booking templates: the interview meaning is only in an invented event title. */
  titleOnly: boolean;
  y: 0 | 1;
  p: Prepared;
}

const ROOT = new URL('../../tests/corpus/', import.meta.url).pathname;

function readJsonl(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

/** Generic calendar / booking / survey templates whose interview meaning is only in an invented event title: SOGo, Easy!Appointments, Odoo calendar and survey mails (collector a), Nextcloud and EGroupware calendar mails (collector f). */
export function isTitleOnly(r: Row): boolean {
  const g = r.source?.group ?? '';
  if (g === 'sogo' || g === 'easyappointments' || g === 'nextcloud-calendar' || g === 'egroupware') return true;
  return g === 'odoo' && /(?:^|\/)(?:calendar|survey|hr_recruitment_survey)\//.test(r.source?.path ?? '');
}

function example(row: Row, real: boolean, group: string, opts: PrepareOptions = {}): Example {
  return {
    row,
    group,
    lang: row.lang ?? 'en',
    type: real ? row.source?.type ?? 'unknown' : 'written',
    real,
    titleOnly: real && isTitleOnly(row),
    y: row.label.invitation ? 1 : 0,
    p: prepare({ subject: row.subject, fromName: row.from_name, fromEmail: row.from_email, body: row.body, receivedAt: row.received_at }, opts),
  };
}

/** The rows of the real corpus's dev or holdout part with their group (never read the holdout while fitting or tuning). */
export function realRows(part: 'dev' | 'holdout'): Array<{ row: Row; group: string }> {
  const dir = join(ROOT, 'real', part);
  const out: Array<{ row: Row; group: string }> = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const row of readJsonl(join(dir, f))) out.push({ row, group: row.source?.group ?? f.replace(/\.jsonl$/, '') });
  }
  return out;
}

export function loadReal(part: 'dev' | 'holdout', opts: PrepareOptions = {}): Example[] {
  return realRows(part).map(({ row, group }) => example(row, true, group, opts));
}

export function writtenRows(): Row[] {
  return ['emails.jsonl', 'holdout.jsonl'].flatMap((f) => readJsonl(join(ROOT, f)));
}

/** Our own written corpus (emails.jsonl and holdout.jsonl): one group, scored apart from real mail. */
export function loadWritten(opts: PrepareOptions = {}): Example[] {
  return writtenRows().map((row) => example(row, false, 'written', opts));
}

/** A short digest of the training rows: the committed model records it, a test checks it is current. */
export function corpusDigest(rows: Row[]): string {
  const h = createHash('sha256');
  for (const r of rows) h.update(`${r.id}\n${r.subject}\n${r.body}\n${JSON.stringify(r.label)}\n`);
  return h.digest('hex').slice(0, 16);
}
