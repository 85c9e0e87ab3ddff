// What an extracted value may look like before it can go into the user's own words: a
// name, a company, a role or a place, never a URL, an address, a number, a sentence or a
// paragraph. And no invisible character ever reaches a field or the draft.

import { GIVEN_NAMES } from '../given-names';

/** Zero-width characters, bidi controls and marks, word joiners, the BOM, and the Unicode tag block. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;

export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, '');
}

export type GuardedField = 'company' | 'role' | 'contactName' | 'location';

/** Most words a value of each field may have. */
const MAX_WORDS: Record<GuardedField, number> = { company: 6, role: 8, contactName: 5, location: 14 };
const MAX_CHARS: Record<GuardedField, number> = { company: 60, role: 80, contactName: 50, location: 120 };

const URL = /\b(?:https?:\/\/|www\.)|\b[\w-]+\.[a-z]{2,12}\/|\b[\w-]+\.(?:com|net|org|io|co|de|fr|es|nl|it|pl|pt|uk|info|biz|app|dev|me|xyz|example)(?:\/|\b)/i;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+|@/;
const DIGITS = /\d[\d\s./-]{5,}\d|\d{5,}/;
/** Sentence punctuation after a word, followed by more words ("Acme. I also accept…"); any "!" or "?". */
const SENTENCE = /(?<=\p{L}{2})[.!?;:]\s+\p{L}|[!?]/u;
/** Abbreviations whose dot ends no sentence. */
const ABBREV = /(?<![\p{L}])(?:[\p{Lu}]|St|Dr|Prof|Sr|Sra|Jr|Mr|Mrs|Ms|Mme|Mlle|Hr|Fr|Inc|Ltd|Co|Corp|Str|Nr|No|Av|Avda|ul|Ing|Dipl|Mag|Jl|Kav|Kec|Rd|Ave|Blvd|Bldg|Ste|Fl|Apt|Dist|Sp)\./giu;
const MARKUP = /[<>{}[\]|\\^`$]|%=|\$\{|javascript:|data:/i;

const COURTESY = /^(?:mr|mrs|ms|miss|dr|prof|herr|frau|m|mme|mlle|sr|sra|srta|dhr|mevr|sig|sig\.ra|pan|pani)\.?$/i;
/** Without accents; "ł" has no decomposition and is folded by hand ("Łukasz" → "lukasz"). */
const fold = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l');

/** A contact is a person: a known given name first, or a courtesy title and a surname ("Frau Hoffmann"). */
export function looksLikePerson(v: string): boolean {
  const words = v.split(/\s+/).filter(Boolean);
  const first = words[0] ?? '';
  if (COURTESY.test(first)) return words.length >= 2 && /^\p{Lu}/u.test(words[1] ?? '');
  return GIVEN_NAMES.has(fold(first).replace(/[^a-z-]/g, '')) || GIVEN_NAMES.has(fold(first).split('-')[0] ?? '');
}

/** Why a value is refused, or "" when it may be used. */
export function refusal(field: GuardedField, value: string): string {
  const v = value.trim();
  if (!v) return '';
  if (MARKUP.test(v)) return 'markup';
  if (EMAIL.test(v)) return 'e-mail address';
  if (URL.test(v)) return 'URL';
  // A street address has a house number and a postcode: only the location may hold digits, and no long run even there.
  if (field === 'location' ? /\d{7,}/.test(v.replace(/\s/g, '')) && DIGITS.test(v) : DIGITS.test(v) || /\d{3,}/.test(v)) return 'digit run';
  if (SENTENCE.test(v.replace(ABBREV, 'X'))) return 'sentence';
  if (v.split(/\s+/).length > MAX_WORDS[field]) return 'too many words';
  if (v.length > MAX_CHARS[field]) return 'too long';
  if (field === 'contactName' && !looksLikePerson(v)) return 'not a person';
  return '';
}

/** The value if it may be used, else "". */
export function guard(field: GuardedField, value: string): string {
  const v = stripInvisible(value).replace(/\s+/g, ' ').trim();
  return refusal(field, v) ? '' : v;
}
