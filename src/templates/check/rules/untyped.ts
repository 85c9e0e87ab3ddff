import type { Finding } from '../../../shared/types';
import { type Rule } from '../doc';
import { said, type FindingKey } from '../messages';

// A link, an e-mail address, an account number or a phone number in the draft that the user did
// not type themselves came from somewhere else: the invitation, an extracted field, a template.
// The email is attacker-controlled, so such a run must not go out unseen. Pure: the caller passes
// what the user typed (name, signature, reason detail, their own text in the draft box) in
// `typed`; without it the rule cannot tell, and stays silent.

type Kind = 'link' | 'email' | 'account' | 'phone';

const PATTERNS: readonly [Kind, RegExp][] = [
  ['email', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu],
  ['link', /(?:\b(?:https?|ftp):\/\/|\bwww\.)[^\s<>"'«»“”]+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}\/[^\s<>"'«»“”]*/giu],
  // IBAN: country, check digits, then up to 30 letters and digits, often in groups of four.
  ['account', /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/g],
  ['phone', /(?<![\p{L}\p{N}+])\+?\(?\d[\d ().\/-]{5,}\d(?![\p{L}\p{N}])/gu],
];

const KEY: Record<Kind, FindingKey> = {
  link: 'findingUntypedLink',
  email: 'findingUntypedEmail',
  account: 'findingUntypedAccount',
  phone: 'findingUntypedPhone',
};

/** "12.05.2026", "2026-05-12", "14.00–16.00": dates and times are not phone numbers. */
function looksLikeDate(run: string): boolean {
  return /^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$/.test(run.trim()) || /^\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}$/.test(run.trim());
}

function key(kind: Kind, run: string): string {
  if (kind === 'phone') return run.replace(/\D/g, '').replace(/^00/, '');
  if (kind === 'account') return run.replace(/\s/g, '').toUpperCase();
  return run.toLowerCase().replace(/[.,;:!?)\]]+$/, '');
}

function runs(text: string): { kind: Kind; start: number; end: number; key: string }[] {
  const out: { kind: Kind; start: number; end: number; key: string }[] = [];
  for (const [kind, re] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      let raw = m[0];
      if (kind === 'link') raw = raw.replace(/[.,;:!?)\]]+$/, '');
      const start = m.index;
      const end = start + raw.length;
      if (out.some((o) => start < o.end && o.start < end)) continue;
      if (kind === 'phone' && (looksLikeDate(raw) || raw.replace(/\D/g, '').length < 7 || raw.replace(/\D/g, '').length > 15)) continue;
      out.push({ kind, start, end, key: key(kind, raw) });
    }
  }
  return out;
}

export const untypedData: Rule = {
  id: 'untyped-data',
  run(doc, ctx) {
    if (!ctx.typed) return [];
    const typed = ctx.typed.join('\n');
    const known = new Set(runs(typed).map((r) => `${r.kind}:${r.key}`));
    const typedLower = typed.toLowerCase();
    const typedDigits = typed.replace(/\D/g, '');
    const typedCompact = typed.replace(/\s/g, '').toUpperCase();
    const out: Finding[] = [];
    for (const r of runs(doc.body)) {
      if (known.has(`${r.kind}:${r.key}`)) continue;
      // Typed in another shape ("+49 30 1234567" vs "030 1234567" is different; "0301234567" vs "030 123 4567" is not).
      if (r.kind === 'phone' ? typedDigits.includes(r.key) : r.kind === 'account' ? typedCompact.includes(r.key) : typedLower.includes(r.key)) continue;
      const shown = doc.body.slice(r.start, Math.min(r.end, r.start + 60));
      out.push(said('untyped-data', 'error', KEY[r.kind], [shown], [r.start, r.end]));
    }
    return out.slice(0, 10);
  },
};
