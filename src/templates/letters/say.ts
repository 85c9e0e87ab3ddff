import type { Reason, Tone } from '../../shared/types';
import type { Ctx } from '../model';
import type { Vars } from '../sanitize';
import type { Phrase, Said, Toned, Variants } from './phrases';

export function forTone(t: Toned, tone: Tone): Variants {
  if (Array.isArray(t)) return t as Variants;
  if ('full' in t) return tone === 'brief' ? t.brief : t.full;
  return (t as Record<Tone, Variants>)[tone];
}

/** The table for the draft's register: a sentence written once serves both. */
export function forRegister(s: Said, c: Pick<Ctx, 'register'>): Toned {
  if (!Array.isArray(s) && 'familiar' in s) return c.register === 'informal' ? s.familiar : s.polite;
  return s as Toned;
}

/** The phrasing of `phrase` for the draft's register and tone, chosen by the seed under `key` ("de.decline.thanks"). */
export function say<A>(c: Ctx, key: string, phrase: Phrase<A>, arg: A): string {
  const table = typeof phrase === 'function' ? phrase(arg) : phrase;
  return c.pick(key, forTone(forRegister(table, c), c.tone));
}

/** The reason sentence plus the candidate's own detail, or "" for no_reason. */
export function reasonSentence(c: Ctx, code: string, reasons: Readonly<Partial<Record<Reason, Toned>>>): string {
  const table = reasons[c.reason];
  const base = table ? c.pick(`${code}.reason.${c.reason}`, forTone(table, c.tone)) : '';
  return [base, c.v.reasonDetail].filter(Boolean).join(' ');
}

/** " – Senior Analyst, Acme" after a subject of our own. */
export function subjectTail(v: Vars): string {
  if (v.role && v.company) return ` – ${v.role}, ${v.company}`;
  if (v.role || v.company) return ` – ${v.role || v.company}`;
  return '';
}

/** " (Tuesday 14 May, 10:00)": parentheses fit any way the time was written. */
export function parenTime(v: Vars): string {
  return v.interviewTime ? ` (${v.interviewTime})` : '';
}

/** A link, an e-mail address or a run of digits: an accept restates none of them (the email may have planted it). */
export function isPlainPlace(location: string): boolean {
  return !/(?:https?:|www\.|@|\/\/|\d[\d\s().+-]{5,}\d)/i.test(location);
}
