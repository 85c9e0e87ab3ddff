// Usage: tsx scripts/eval.ts [tests/corpus/emails.jsonl] [--verbose]
// Scores the detector and the extractor against a labelled corpus.
import { analyzeEmail } from '../src/analysis/index';
import { normCompany, normText } from './eval/compare';
import { readCorpus, type CorpusRow as Row } from '../tests/corpus/corpus';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const file = args.find((a) => !a.startsWith('--')) ?? 'tests/corpus/emails.jsonl';
const rows = readCorpus(file);

let tp = 0, fp = 0, fn = 0, tn = 0;
const confusions: string[] = [];
const kindStats = new Map<string, { n: number; ok: number }>();
const fieldNames = ['company', 'role', 'contact_name', 'format', 'scheduling_link', 'proposed_times'] as const;
const fieldStats = Object.fromEntries(fieldNames.map((f) => [f, { n: 0, ok: 0 }])) as Record<(typeof fieldNames)[number], { n: number; ok: number }>;
const fieldMisses: string[] = [];
const langs = new Map<string, number>();
let totalMs = 0;

for (const r of rows) {
  langs.set(r.lang ?? 'en', (langs.get(r.lang ?? 'en') ?? 0) + 1);
  const t0 = performance.now();
  const a = analyzeEmail({ subject: r.subject, fromName: r.from_name, fromEmail: r.from_email, body: r.body, receivedAt: r.received_at });
  totalMs += performance.now() - t0;
  const exp = r.label.invitation;
  if (exp && a.invitation) tp++;
  else if (!exp && a.invitation) { fp++; confusions.push(`FP ${r.id}: expected no, got ${a.kind} (${a.confidence}) – ${a.signals.slice(0, 3).join('; ')}`); }
  else if (exp && !a.invitation) { fn++; confusions.push(`FN ${r.id}: expected ${r.label.kind}, got no (${a.confidence}) – ${a.signals.slice(0, 3).join('; ')}`); }
  else tn++;
  if (!exp) continue;
  const ks = kindStats.get(r.label.kind) ?? { n: 0, ok: 0 };
  ks.n++;
  if (a.invitation && a.kind === r.label.kind) ks.ok++;
  else if (a.invitation) confusions.push(`KIND ${r.id}: expected ${r.label.kind}, got ${a.kind}`);
  kindStats.set(r.label.kind, ks);
  const f = a.fields;
  const got: Record<(typeof fieldNames)[number], string> = {
    company: normCompany(f.company),
    role: normText(f.role),
    contact_name: normText(f.contactName),
    format: f.format,
    scheduling_link: String(f.schedulingLink !== ''),
    proposed_times: [...f.proposedTimes].sort().join(','),
  };
  const want: Record<(typeof fieldNames)[number], string> = {
    company: normCompany(r.label.company),
    role: normText(r.label.role),
    contact_name: normText(r.label.contact_name),
    format: r.label.format,
    scheduling_link: String(r.label.scheduling_link),
    proposed_times: [...r.label.proposed_times].sort().join(','),
  };
  for (const k of fieldNames) {
    fieldStats[k].n++;
    if (got[k] === want[k]) fieldStats[k].ok++;
    else fieldMisses.push(`${k.padEnd(15)} ${r.id}: expected "${want[k]}", got "${got[k]}"`);
  }
}

const p = tp / Math.max(1, tp + fp);
const rcl = tp / Math.max(1, tp + fn);
const f1 = (2 * p * rcl) / Math.max(1e-9, p + rcl);
const pct = (x: number): string => x.toFixed(3);
console.log(`corpus: ${file} — ${rows.length} emails (${[...langs].map(([l, n]) => `${l} ${n}`).join(', ')}), ${tp + fn} invitations`);
console.log(`invitation: precision ${pct(p)}  recall ${pct(rcl)}  F1 ${pct(f1)}  (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn})`);
console.log('kind accuracy (on invitations):');
for (const [k, s] of kindStats) console.log(`  ${k.padEnd(22)} ${pct(s.ok / s.n)}  (${s.ok}/${s.n})`);
console.log('field accuracy (on invitations):');
for (const k of fieldNames) console.log(`  ${k.padEnd(16)} ${pct(fieldStats[k].ok / Math.max(1, fieldStats[k].n))}  (${fieldStats[k].ok}/${fieldStats[k].n})`);
console.log(`mean analysis time: ${(totalMs / Math.max(1, rows.length)).toFixed(2)} ms/email`);
const worst = confusions.slice(0, verbose ? 1000 : 15);
console.log(`worst confusions (${confusions.length}):`);
for (const c of worst) console.log(`  ${c}`);
const misses = fieldMisses.slice(0, verbose ? 1000 : 20);
console.log(`field misses (${fieldMisses.length}):`);
for (const m of misses) console.log(`  ${m}`);
