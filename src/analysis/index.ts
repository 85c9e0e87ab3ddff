// Invitation analysis: pure functions over plain data (no DOM), used by the content
// script, the background service and the command-line tools.
import type { Analysis, EmailInput, ExtractedFields } from '../shared/types';
import { normalizeBody, type Normalized } from './normalize';
import { detectLanguage } from './language';
import { findUrls } from './ats';
import { extractFields as extractAll } from './extract';
import { detectInvitation as detect, type Detection } from './detect';

export { normalizeBody } from './normalize';
export { detectLanguage } from './language';
export { extractTimes, findTimezone } from './times';

interface Prepared {
  email: EmailInput;
  norm: Normalized;
  lang: string;
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

function prepare(email: EmailInput): Prepared {
  const safe: EmailInput = {
    subject: String(email.subject ?? '').slice(0, 1000),
    fromName: String(email.fromName ?? '').slice(0, 300),
    fromEmail: String(email.fromEmail ?? '').slice(0, 300),
    body: String(email.body ?? ''),
    receivedAt: String(email.receivedAt ?? ''),
    ...(email.candidateName ? { candidateName: String(email.candidateName).slice(0, 200) } : {}),
  };
  const norm = scanView(normalizeBody(safe.body));
  const lang = detectLanguage(`${safe.subject}\n${norm.fresh}`);
  return { email: safe, norm, lang };
}

function fieldsOf(p: Prepared): ExtractedFields & { timeTexts: string[] } {
  return extractAll({ email: p.email, fresh: p.norm.fresh, signature: p.norm.signature, lang: p.lang, links: findUrls(p.norm.fresh) });
}

/** Fields of an invitation (company, role, contact, times…), from the new text only. */
export function extractFields(email: EmailInput): ExtractedFields {
  const { timeTexts: _t, ...f } = fieldsOf(prepare(email));
  return f;
}

/** The verdict alone (with its signals). */
export function detectInvitation(email: EmailInput): Detection {
  const p = prepare(email);
  const f = fieldsOf(p);
  return detect({ email: p.email, fresh: p.norm.fresh, quoted: p.norm.quoted, hasQuoted: p.norm.hasQuoted, links: findUrls(p.norm.fresh), fields: f });
}

/** Full analysis of one email. */
export function analyzeEmail(email: EmailInput): Analysis {
  const p = prepare(email);
  const links = findUrls(p.norm.fresh);
  const { timeTexts: _t, ...fields } = extractAll({ email: p.email, fresh: p.norm.fresh, signature: p.norm.signature, lang: p.lang, links });
  const d = detect({ email: p.email, fresh: p.norm.fresh, quoted: p.norm.quoted, hasQuoted: p.norm.hasQuoted, links, fields });
  return { invitation: d.invitation, confidence: d.confidence, kind: d.kind, signals: d.signals, fields, language: p.lang };
}
