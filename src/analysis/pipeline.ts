// The steps before the verdict: bound and normalise the email, pick its language, find its
// links and fields, compute its features. Shared by analyzeEmail, `npm run train` and `npm run eval`.
import type { EmailInput, ExtractedFields } from '../shared/types';
import { normalizeBody, type Normalized } from './normalize';
import { detectLanguage } from './language';
import { findUrls, type LinkInfo } from './ats';
import { extractFields as extractAll } from './extract/index';
import { features, type Features } from './features';
import { guard, stripInvisible } from './fields/guard';
import { VALUE_FIELDS, valueFeatures, type ValueFeatures, type ValueField } from './fields/confidence';

export interface Prepared {
  email: EmailInput;
  norm: Normalized;
  lang: string;
  links: LinkInfo[];
  /** The extracted fields that passed the shape guard (before the confidence gate). */
  fields: ExtractedFields;
  features: Features;
  /** Features of each non-empty company/role/contact/location value, for the confidence gate. */
  values: Partial<Record<ValueField, ValueFeatures>>;
}

/** Characters of new text the pattern scan reads: the head plus the tail (where the signature is). */
const SCAN_HEAD = 2500;
const SCAN_TAIL = 1000;

/** Long new text is scanned as its opening plus its closing lines: enough for any invitation, bounded work. */
function scanView(n: Normalized): Normalized {
  if (n.fresh.length <= SCAN_HEAD + SCAN_TAIL) return n;
  const head = n.fresh.slice(0, SCAN_HEAD);
  const tail = n.fresh.slice(-SCAN_TAIL);
  return { ...n, fresh: `${head.slice(0, head.lastIndexOf('\n') > 0 ? head.lastIndexOf('\n') : head.length)}\n${tail.slice(tail.indexOf('\n') + 1)}` };
}

/** Bounded strings with no invisible characters (zero-width, bidi controls, the tag block): nothing hidden reaches a field. */
export function safeEmail(email: EmailInput): EmailInput {
  const clean = (v: unknown, max: number): string => stripInvisible(String(v ?? '').slice(0, max * 2)).slice(0, max);
  return {
    subject: clean(email.subject, 1000),
    fromName: clean(email.fromName, 300),
    fromEmail: clean(email.fromEmail, 300),
    body: stripInvisible(String(email.body ?? '')),
    receivedAt: String(email.receivedAt ?? '').slice(0, 100),
    ...(email.candidateName ? { candidateName: clean(email.candidateName, 200) } : {}),
  };
}

/** Alternative steps, for measuring libraries against ours (scripts/eval/libraries.ts). */
export interface PrepareOptions {
  normalize?: (body: string, subject: string) => Normalized;
  language?: (text: string) => string;
}

/** "Hafenstraße 12, Duisburg (Karte anzeigen)": a calendar's map link label is not part of the address. */
function withoutMapLink(location: string): string {
  return location
    // …but not a province code: "Osimo (AN)", "Maddaloni (CE)".
    .replace(/\s*\((?!\p{Lu}{1,3}\))(?:[^()\d]{2,30})\)\s*$/u, '')
    .replace(/^(?:location|place|venue|address|local|localização|lieu|adresse|ort|ubicación|lugar|luogo|locatie|lokalizacja)(?: or link)?\s*:?\s+(?=\S)/iu, '')
    .trim();
}

export function prepare(input: EmailInput, opts: PrepareOptions = {}): Prepared {
  const email = safeEmail(input);
  const norm = scanView((opts.normalize ?? normalizeBody)(email.body, email.subject));
  const lang = (opts.language ?? detectLanguage)(`${email.subject}\n${norm.fresh}`);
  const links = findUrls(norm.fresh);
  const { timeTexts: _t, ...raw } = extractAll({ email, fresh: norm.fresh, signature: norm.signature, lang, links });
  const fields: ExtractedFields = { ...raw, company: guard('company', raw.company), role: guard('role', raw.role), contactName: guard('contactName', raw.contactName), location: guard('location', withoutMapLink(raw.location)) };
  const feats = features({ email, fresh: norm.fresh, quoted: norm.quoted, hasQuoted: norm.hasQuoted, links, fields });
  const values: Prepared['values'] = {};
  const others = { company: fields.company, role: fields.role, contactName: fields.contactName, location: fields.location };
  for (const f of VALUE_FIELDS) {
    if (fields[f]) values[f] = valueFeatures(f, fields[f], { email, fresh: norm.fresh, signature: norm.signature, lang, others });
  }
  return { email, norm, lang, links, fields, features: feats, values };
}
