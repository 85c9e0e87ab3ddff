import type { Tone } from '../../shared/types';
import type { Ctx } from '../model';
import type { Vars } from '../sanitize';
import type { CoreLetterLanguage, Phrase, Said, Toned, Variants } from './phrases';

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

/** The interview needs no travel: it is by video or phone. */
export function isRemote(v: Vars): boolean {
  return v.format === 'video' || v.format === 'phone';
}

/** Several times were offered (or a booking link) and none is the one: the reasons speak of "those times". */
export function againstOffered(v: Vars): boolean {
  return v.interviewTime === '' && (v.noneOfOffered || v.bookingLink);
}

type ReasonTables = Pick<CoreLetterLanguage, 'code' | 'reasons' | 'remoteLogistics' | 'offeredReasons'>;

/** The reason as the email's facts allow it: no distance for a video call, no "that date" against three dates. */
function reasonTable(c: Ctx, lang: ReasonTables): [string, Toned] | null {
  const { v } = c;
  if (c.reason === 'logistics' && isRemote(v)) return [`${lang.code}.reason.logistics.remote`, lang.remoteLogistics];
  if ((c.reason === 'conflict' || c.reason === 'travel') && againstOffered(v)) return [`${lang.code}.reason.${c.reason}.offered`, lang.offeredReasons[c.reason]];
  const table = c.reason === 'no_reason' ? undefined : lang.reasons[c.reason];
  return table ? [`${lang.code}.reason.${c.reason}`, table] : null;
}

/** The reason sentence plus the candidate's own detail, or "" for no_reason. */
export function reasonSentence(c: Ctx, lang: ReasonTables): string {
  const found = reasonTable(c, lang);
  const base = found ? c.pick(found[0], forTone(found[1], c.tone)) : '';
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
