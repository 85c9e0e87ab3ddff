// Scores of a set of predictions against their labels: the verdict, the kind, every field,
// the wrong values a draft would carry, and the button.
import type { Analysis } from '../../src/shared/types';
import type { Example } from '../train/data';
import { normCompany, normText } from './compare';

export interface Scored {
  x: Example;
  a: Analysis;
}

export const FIELDS = ['company', 'role', 'contact_name', 'format', 'location', 'scheduling_link', 'proposed_times'] as const;
export type FieldName = (typeof FIELDS)[number];
/** The values a draft writes into the user's words. */
export const DRAFT_FIELDS = ['company', 'role', 'contact_name', 'location'] as const;

export function got(a: Analysis, f: FieldName): string {
  const v = a.fields;
  switch (f) {
    case 'company': return normCompany(v.company);
    case 'role': return normText(v.role);
    case 'contact_name': return normText(v.contactName);
    case 'format': return v.format;
    case 'location': return normText(v.location);
    case 'scheduling_link': return String(v.schedulingLink !== '');
    case 'proposed_times': return [...v.proposedTimes].sort().join(',');
  }
}

/** The label's value, or undefined when the corpus does not label that field (our written corpus has no location). */
export function want(x: Example, f: FieldName): string | undefined {
  const l = x.row.label;
  switch (f) {
    case 'company': return normCompany(l.company);
    case 'role': return normText(l.role);
    case 'contact_name': return normText(l.contact_name);
    case 'format': return l.format;
    case 'location': return l.location === undefined ? undefined : normText(l.location);
    case 'scheduling_link': return String(l.scheduling_link);
    case 'proposed_times': return [...l.proposed_times].sort().join(',');
  }
}

export interface Metrics {
  emails: number;
  invitations: number;
  tp: number; fp: number; fn: number; tn: number;
  precision: number;
  recall: number;
  /** Invitations detected with the right kind, over all invitations. */
  kindAccuracy: number;
  field: Record<FieldName, { n: number; ok: number }>;
  /** Values a draft would carry (company/role/contact/location on invitations with the button): returned and wrong. */
  values: { returned: number; wrong: number; perField: Record<string, { returned: number; wrong: number }> };
  /** Raw counts behind the rates (the hold-out pin records them). */
  counts: { kindOk: number; buttonInv: number; buttonRest: number };
  buttonRecall: number;
  /** Share of non-invitations that get the button. */
  buttonRest: number;
  unsure: number;
}

const ratio = (a: number, b: number): number => (b ? a / b : NaN);

export function metrics(s: Scored[]): Metrics {
  let tp = 0, fp = 0, fn = 0, tn = 0, kindOk = 0, btnInv = 0, btnRest = 0, unsure = 0;
  const field = Object.fromEntries(FIELDS.map((f) => [f, { n: 0, ok: 0 }])) as Metrics['field'];
  const perField = Object.fromEntries(DRAFT_FIELDS.map((f) => [f, { returned: 0, wrong: 0 }]));
  for (const { x, a } of s) {
    const exp = x.y === 1;
    if (a.unsure) unsure++;
    if (exp && a.invitation) tp++;
    else if (!exp && a.invitation) fp++;
    else if (exp) fn++;
    else tn++;
    if (exp && a.button) btnInv++;
    if (!exp && a.button) btnRest++;
    if (!exp) continue;
    if (a.invitation && a.kind === x.row.label.kind) kindOk++;
    for (const f of FIELDS) {
      const w = want(x, f);
      if (w === undefined) continue;
      field[f].n++;
      if (got(a, f) === w) field[f].ok++;
    }
    if (!a.button) continue;
    for (const f of DRAFT_FIELDS) {
      const g = got(a, f);
      const w = want(x, f);
      if (!g || w === undefined) continue;
      const pf = perField[f] as { returned: number; wrong: number };
      pf.returned++;
      if (g !== w) pf.wrong++;
    }
  }
  const returned = Object.values(perField).reduce((a, v) => a + v.returned, 0);
  const wrong = Object.values(perField).reduce((a, v) => a + v.wrong, 0);
  const inv = tp + fn;
  return {
    emails: s.length, invitations: inv, tp, fp, fn, tn,
    precision: ratio(tp, tp + fp), recall: ratio(tp, inv), kindAccuracy: ratio(kindOk, inv),
    field, values: { returned, wrong, perField }, counts: { kindOk, buttonInv: btnInv, buttonRest: btnRest }, buttonRecall: ratio(btnInv, inv), buttonRest: ratio(btnRest, s.length - inv), unsure,
  };
}
