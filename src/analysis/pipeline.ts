// The steps before the verdict: bound and normalise the email, pick its language, find its
// links and fields, compute its features. Shared by analyzeEmail, `npm run train` and `npm run eval`.
import type { EmailInput, ExtractedFields } from '../shared/types';
import { normalizeBody, type Normalized } from './normalize';
import { detectLanguage } from './language';
import { findUrls, type LinkInfo } from './ats';
import { extractFields as extractAll } from './extract/index';
import { features, type Features } from './features';

export interface Prepared {
  email: EmailInput;
  norm: Normalized;
  lang: string;
  links: LinkInfo[];
  fields: ExtractedFields;
  features: Features;
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

export function safeEmail(email: EmailInput): EmailInput {
  return {
    subject: String(email.subject ?? '').slice(0, 1000),
    fromName: String(email.fromName ?? '').slice(0, 300),
    fromEmail: String(email.fromEmail ?? '').slice(0, 300),
    body: String(email.body ?? ''),
    receivedAt: String(email.receivedAt ?? ''),
    ...(email.candidateName ? { candidateName: String(email.candidateName).slice(0, 200) } : {}),
  };
}

export function prepare(input: EmailInput): Prepared {
  const email = safeEmail(input);
  const norm = scanView(normalizeBody(email.body));
  const lang = detectLanguage(`${email.subject}\n${norm.fresh}`);
  const links = findUrls(norm.fresh);
  const { timeTexts: _t, ...fields } = extractAll({ email, fresh: norm.fresh, signature: norm.signature, lang, links });
  const feats = features({ email, fresh: norm.fresh, quoted: norm.quoted, hasQuoted: norm.hasQuoted, links, fields });
  return { email, norm, lang, links, fields, features: feats };
}
