// Builds tests/corpus/emails.jsonl (from src/*.txt) and holdout.jsonl (from holdout-src/*.txt).
// Record format:
//   === <id>
//   subject: …
//   from: Name <address>
//   date: 2026-03-02T09:14:00Z
//   label: no                                   (a near-miss)
//   label: yes <kind>; company=…; role=…; contact=…; format=…; link=1; times=2026-03-03T14:00,…
//   ---
//   body…
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Label } from './corpus';

const here = dirname(fileURLToPath(import.meta.url));

function parseLabel(s: string): Label {
  const l: Label = { invitation: false, kind: 'invitation', company: '', role: '', contact_name: '', format: '', scheduling_link: false, proposed_times: [] };
  const parts = s.split(';').map((p) => p.trim());
  const head = (parts.shift() ?? '').split(/\s+/);
  l.invitation = head[0] === 'yes';
  if (head[1]) l.kind = head[1];
  for (const p of parts) {
    const i = p.indexOf('=');
    if (i < 0) continue;
    const k = p.slice(0, i).trim();
    const v = p.slice(i + 1).trim();
    if (k === 'company') l.company = v;
    else if (k === 'role') l.role = v;
    else if (k === 'contact') l.contact_name = v;
    else if (k === 'format') l.format = v;
    else if (k === 'link') l.scheduling_link = v === '1' || v === 'yes';
    else if (k === 'times') l.proposed_times = v ? v.split(',').map((t) => t.trim()) : [];
    else throw new Error(`unknown label key ${k}`);
  }
  return l;
}

function build(dir: string, out: string): number {
  const lines: string[] = [];
  const ids = new Set<string>();
  for (const f of readdirSync(join(here, dir)).filter((x) => x.endsWith('.txt')).sort()) {
    const text = readFileSync(join(here, dir, f), 'utf8');
    for (const rec of text.split(/^=== /m).slice(1)) {
      const nl = rec.indexOf('\n');
      const id = rec.slice(0, nl).trim();
      const sep = rec.indexOf('\n---\n');
      if (sep < 0) throw new Error(`${f}:${id}: no --- separator`);
      const header = rec.slice(nl + 1, sep);
      const body = rec.slice(sep + 5).replace(/\s+$/, '');
      const h: Record<string, string> = {};
      for (const hl of header.split('\n')) {
        const i = hl.indexOf(':');
        if (i > 0) h[hl.slice(0, i).trim()] = hl.slice(i + 1).trim();
      }
      const from = /^(.*?)\s*<([^>]+)>$/.exec(h.from ?? '') ?? ['', h.from ?? '', ''];
      if (ids.has(id)) throw new Error(`duplicate id ${id}`);
      ids.add(id);
      lines.push(
        JSON.stringify({
          id,
          subject: h.subject ?? '',
          from_name: (from[1] ?? '').replace(/^"|"$/g, ''),
          from_email: from[2] ?? '',
          body,
          received_at: h.date ?? '',
          lang: h.lang ?? 'en',
          label: parseLabel(h.label ?? 'no'),
        }),
      );
    }
  }
  writeFileSync(join(here, out), `${lines.join('\n')}\n`);
  return lines.length;
}

console.log('emails.jsonl', build('src', 'emails.jsonl'));
console.log('holdout.jsonl', build('holdout-src', 'holdout.jsonl'));
