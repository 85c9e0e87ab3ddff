// Reply and forward markers used by common mail clients in several languages
// (Re, AW/Antw, SV, VS, Fw/Fwd, WG, TR, RV, Enc, Res). Repeated ones collapse into one "Re: ".
const PREFIX = /^\s*(?:(?:re|aw|antw|sv|vs|fw|fwd|wg|tr|rv|enc|res)(?:\s*\[\d+\]|\s*\(\d+\))?\s*[:：]\s*)+/i;

export function stripReplyPrefixes(subject: string): string {
  return subject.replace(PREFIX, '').trim();
}

export function replySubject(originalSubject: string, fallback: string): string {
  // CR/LF in a subject could be used for header injection by whoever consumes it.
  const flat = String(originalSubject ?? '')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const core = stripReplyPrefixes(flat);
  return core === '' ? fallback : `Re: ${core}`;
}
