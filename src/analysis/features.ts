// Features of one email for the learned verdict: the lexicon categories and structural
// signals as named, explainable features, plus hashed word and character n-grams. Pure and
// deterministic: `npm run train` and the worker compute exactly the same vector.
import type { EmailInput, ExtractedFields } from '../shared/types';
import { hits, CATS } from './detect';
import { atsOfSender, domainOf, FREEMAIL, type LinkInfo } from './ats';
import { withoutConditionals } from './detect';
import { wordsRe } from './util';
import { APPOINTMENT, JOB, OTHER_INTERVIEW } from './concept-vocabulary';
import { LEXICONS } from './lexicon';
import { GIVEN_NAMES } from './given-names';
import { greetingName } from './extract/contact';

export interface FeatureInput {
  email: EmailInput;
  fresh: string;
  quoted: string;
  hasQuoted: boolean;
  links: LinkInfo[];
  fields: ExtractedFields;
}

/** Hashed word n-gram buckets (after the named features), then character 4-gram buckets. */
export const HASH_BITS = 18;
const HASH_MASK = (1 << HASH_BITS) - 1;
export const CHAR_BITS = 16;
const CHAR_MASK = (1 << CHAR_BITS) - 1;

const STRUCT = [
  'bias', 'atsSender', 'schedLink', 'meetLink', 'times1', 'times2', 'question', 'noreply', 'freemail', 'subjRe', 'subjFwd',
  'hasQuoted', 'interviewOnlyQuoted', 'role', 'company', 'contact', 'fmtPhone', 'fmtVideo', 'fmtOnsite', 'location',
  'short', 'long', 'placeholder', 'youAddressed', 'sameAsCandidate', 'noInterviewWord',
  // Nothing is proposed or asked: no time, no link, no invitation or availability phrase, no question, no place.
  'noProposal',
  // A person named in the subject who is neither the reader (greeted) nor the sender: a notice about someone else.
  'subjectPerson',
  // A test or questionnaire to answer by a date ("please answer by 03/09/2026"): a date alone says little.
  'assessmentDue',
  // A clock time in the new text ("alle 09:00", "pukul 13.30", "9am"), whether or not the time extractor resolved it.
  'clockTime',
  // A named person other than the reader does the candidate's part ("Daniel Okafor booked an appointment with you").
  'thirdParty',
] as const;

const CONCEPTS = ['job', 'appointment', 'otherInterview', 'interviewAny', 'jobMeeting'] as const;
/** Pairs whose conjunction the linear model cannot form on its own. */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ...['job', 'f:invite', 'f:availability', 'times1', 'schedLink', 'meetLink', 'f:confirmation', 'f:reminder', 'f:reschedule', 'question', 'youAddressed', 'atsSender', 'f:internal', 'f:rejection', 'f:received', 'noreply', 'appointment', 'f:thanksAfter', 'f:offer', 'location', 's:interview', 'noProposal', 'f:hiringSide', 'f:cancellation', 'subjectPerson', 'otherInterview', 'f:assessment', 'thirdParty'].map((b) => ['interviewAny', b] as const),
  ...['appointment', 'times1', 'meetLink', 'f:confirmation', 'f:reminder', 'f:reschedule', 'f:invite', 'job', 'f:meeting', 'noProposal'].map((b) => ['noInterviewWord', b] as const),
  ...['f:invite', 'times1', 'f:availability', 'schedLink', 'noProposal', 'f:hiringSide'].map((b) => ['jobMeeting', b] as const),
  ['job', 'f:invite'], ['job', 'times1'], ['job', 'f:availability'], ['appointment', 'times1'], ['otherInterview', 'times1'],
  ['f:cancellation', 'noProposal'], ['f:hiringSide', 'times1'], ['f:meeting', 'times1'],
  ['job', 'f:assessment'], ['thirdParty', 'times1'],
];

/** Named features: fixed indices 0…N-1, each with a meaning the "why" line can say. */
export const NAMED: readonly string[] = [
  ...STRUCT,
  ...CATS.flatMap((c) => [`f:${c}`, `f2:${c}`, `s:${c}`, `q:${c}`]),
  ...CONCEPTS,
  ...PAIRS.map(([a, b]) => `${a}&${b}`),
];
const CONCEPT_RES = { job: wordsRe(JOB, 'u'), appointment: wordsRe(APPOINTMENT, 'u'), otherInterview: wordsRe(OTHER_INTERVIEW, 'u') };
const NAMED_INDEX = new Map(NAMED.map((n, i) => [n, i]));
/** First index of the character 4-gram buckets. */
export const CHAR_BASE = NAMED.length + (1 << HASH_BITS);
export const DIM = CHAR_BASE + (1 << CHAR_BITS);

export interface Features {
  idx: Int32Array;
  val: Float32Array;
  /** Readable text of the word n-gram buckets present (for the "why" line). */
  words: Map<number, string>;
}

/** FNV-1a, 32-bit. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
const bucket = (s: string): number => (s.startsWith('c:') ? CHAR_BASE + (fnv(s) & CHAR_MASK) : NAMED.length + (fnv(s) & HASH_MASK));

/** The named features' fingerprint, recorded in the model file. */
export const NAMED_HASH = fnv(NAMED.join('\n')).toString(16);

/** Lower case, no diacritics, digits folded to 0 (a time is a shape, not a value). */
export function fold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\d/g, '0');
}

const TOKEN = /[\p{L}\p{N}]+/gu;
/** Function words of every language: as single words they say which language, not what the email is. */
const STOPWORDS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.stopwords.map(fold)));
const BODY_CHARS = 3000;
const CHAR_CHARS = 1200;
const MAX_TOKENS = 600;

function addBlock(out: Map<number, number>, keys: Set<string>, words?: Map<number, string>, label?: (k: string) => string): void {
  if (keys.size === 0) return;
  const v = 1 / Math.sqrt(keys.size);
  for (const k of keys) {
    const b = bucket(k);
    out.set(b, (out.get(b) ?? 0) + v);
    if (words && label) words.set(b, label(k));
  }
}

function wordGrams(text: string, prefix: string): Set<string> {
  const toks = (fold(text).match(TOKEN) ?? []).slice(0, MAX_TOKENS);
  const s = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] ?? '';
    if (t.length > 2 && !STOPWORDS.has(t)) s.add(`${prefix}${t}`);
    if (i + 1 < toks.length) s.add(`${prefix}${toks[i]} ${toks[i + 1]}`);
  }
  return s;
}

function charGrams(text: string): Set<string> {
  const t = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const s = new Set<string>();
  for (let i = 0; i + 4 <= t.length; i++) s.add(`c:${t.slice(i, i + 4)}`);
  return s;
}

const QUESTION = /(?:\byou\b|\byour\b|\bsie\b|\bihnen\b|\bdu\b|\bvous\b|\btu\b|\busted\b|\bvoc[eê]\b|\bu\b|\bje\b|\blei\b|\bpan(?:i)?\b)[^.!?\n]{0,120}\?/iu;
const YOU = /\b(?:you|your|sie|ihnen|ihr|vous|votre|usted|su|você|seu|sua|u|uw|lei|suo|pan|pani|państwa)\b/iu;
const PLACEHOLDER = /\[[^\]\n]{1,40}\]|\{\{[^}\n]{1,40}\}\}|%[A-Z_]{2,30}%|\$\{[^}\n]{1,30}\}/;

const PERSON = /(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+)\s+\p{Lu}[\p{Ll}'’-]+/gu;
const CLOCK = /(?<![\d.:/-])(?:[01]?\d|2[0-3])[:.h][0-5]\d(?![\d:/-]|\.\d)|(?<!\d)(?:1[0-2]|0?[1-9])\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])/iu;
const DATE = /(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})(?!\d)/;
/** Verbs of the candidate's part (booking, applying, accepting) in every language, after a person's name and an optional "(address)". */
const ACTOR = new RegExp(`(\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+)+)\\s*(?:\\([^)\\n]{0,80}\\))?\\s+(?:${[
  'booked', 'has booked', 'has applied', 'applied', 'has accepted', 'accepted', 'has declined', 'hat (?:einen|den|die|sich)', 'a pris', 'a accepté', 'a postulé',
  'ha reservado', 'ha aceptado', 'se ha postulado', 'ha prenotato', 'ha accettato', 'si è candidat', 'heeft (?:een|de|gesolliciteerd)', 'marcou', 'aceitou', 'se candidatou', 'rezerwuje', 'przyjął', 'przyjęła',
].join('|')})(?![\\p{L}])`, 'u');

/** "… has been scheduled with Rohan Verma", with no "your" just before it: an interview of someone else. */
const SCHEDULED_WITH = /(?:scheduled|booked|arranged|confirmed)\s+(?:with|for)\s+(\p{Lu}[\p{Ll}'’-]+)\s+\p{Lu}[\p{Ll}'’-]+/gu;
const PASSIVE_ACTOR = /(\p{Lu}[\p{Ll}'’-]+)\s+\p{Lu}[\p{Ll}'’-]+\s+(?:has|have) been (?:scheduled|shortlisted|invited)/gu;
const YOUR_BEFORE = /\byour\b/i;

/** A person named as doing the candidate's part who is not the reader: a notice to the hiring side. */
function thirdPartyActor(text: string, reader: string): boolean {
  const head = text.slice(0, 1500);
  const r = fold(reader).split(/\s+/)[0] ?? '';
  const other = (name: string): boolean => r === '' || !fold(name).includes(r);
  const m = ACTOR.exec(head);
  if (m && other(m[1] ?? '')) return true;
  for (const re of [SCHEDULED_WITH, PASSIVE_ACTOR]) {
    for (const x of head.matchAll(re)) {
      const first = fold(x[1] ?? '');
      const before = head.slice(Math.max(0, (x.index ?? 0) - 30), x.index);
      if (GIVEN_NAMES.has(first) && other(first) && !YOUR_BEFORE.test(before)) return true;
    }
  }
  return false;
}



/** A person ("Meera Joshi": a known given name and a capitalised word) in the subject who is not the reader nor the sender. */
function otherPersonIn(subject: string, reader: string, sender: string): boolean {
  const r = fold(reader).split(/\s+/)[0] ?? '';
  const s = fold(sender);
  for (const m of subject.matchAll(PERSON)) {
    const first = fold(m[1] ?? '');
    if (!GIVEN_NAMES.has(first) || first === r || s.includes(fold(m[0]))) continue;
    return true;
  }
  return false;
}


function sameName(a: string, b: string): boolean {
  const n = (s: string): string => s.toLowerCase().replace(/[^\p{L} ]/gu, '').replace(/\s+/g, ' ').trim();
  return n(a) !== '' && n(a) === n(b);
}

export function features(input: FeatureInput): Features {
  const { email, fresh, quoted, links, fields } = input;
  const subject = email.subject ?? '';
  const named = new Map<number, number>();
  const on = (name: string, v = 1): void => {
    const i = NAMED_INDEX.get(name);
    if (i !== undefined && v !== 0) named.set(i, v);
  };
  on('bias');
  const plain = withoutConditionals(fresh);
  const head = `${subject}\n${fresh.slice(0, 600)}`;
  let interviewFresh = false;
  for (const c of CATS) {
    const text = c === 'invite' || c === 'availability' || c === 'reschedule' ? plain : c === 'confirmation' || c === 'reminder' ? head : fresh;
    const h = hits(c, text);
    if (h.length) on(`f:${c}`);
    if (h.length >= 2) on(`f2:${c}`);
    if (hits(c, subject).length) on(`s:${c}`);
    if (input.hasQuoted && !h.length && hits(c, quoted).length) on(`q:${c}`);
    if (c === 'interview' && h.length) interviewFresh = true;
  }
  const from = email.fromEmail ?? '';
  const local = from.split('@')[0] ?? '';
  const host = domainOf(from);
  if (atsOfSender(from)) on('atsSender');
  if (links.some((l) => l.tool.startsWith('scheduler:'))) on('schedLink');
  if (links.some((l) => l.tool.startsWith('meeting:'))) on('meetLink');
  const n = fields.proposedTimes.length;
  if (n >= 1) on('times1');
  if (n >= 2) on('times2');
  if (QUESTION.test(fresh)) on('question');
  if (/no-?reply|do-?not-?reply|notification|mailer|system/i.test(local)) on('noreply');
  if (host && FREEMAIL.has(host)) on('freemail');
  if (/^\s*(?:re|aw|antw|sv|r)\s*:/i.test(subject)) on('subjRe');
  if (/^\s*(?:fw|fwd|wg|tr|rv|enc|i)\s*:/i.test(subject)) on('subjFwd');
  if (input.hasQuoted) on('hasQuoted');
  if (!interviewFresh && input.hasQuoted && hits('interview', quoted).length) on('interviewOnlyQuoted');
  if (!interviewFresh && !hits('interview', subject).length) on('noInterviewWord');
  if (fields.role) on('role');
  if (fields.company) on('company');
  if (fields.contactName) on('contact');
  if (fields.format === 'phone') on('fmtPhone');
  if (fields.format === 'video') on('fmtVideo');
  if (fields.format === 'onsite') on('fmtOnsite');
  if (fields.location) on('location');
  if (fresh.length < 300) on('short');
  if (fresh.length > 3000) on('long');
  if (PLACEHOLDER.test(fresh) || PLACEHOLDER.test(subject)) on('placeholder');
  if (YOU.test(fresh.slice(0, 1500))) on('youAddressed');
  if (email.candidateName && sameName(email.fromName ?? '', email.candidateName)) on('sameAsCandidate');
  const low = `${subject}\n${fresh}`.toLowerCase();
  // What kind of interview an email is about is said early: a "mock interview" tip deep in a long invitation is not its topic.
  const lowHead = low.slice(0, subject.length + 700);
  for (const [k, r] of Object.entries(CONCEPT_RES)) if (r.test(k === 'otherInterview' ? lowHead : low)) on(k);
  if (interviewFresh || hits('interview', subject).length) on('interviewAny');
  if (named.has(NAMED_INDEX.get('job') ?? -1) && (hits('meeting', fresh).length || hits('meeting', subject).length)) on('jobMeeting');
  if (CLOCK.test(fresh.slice(0, BODY_CHARS))) on('clockTime');
  const proposes = ['times1', 'clockTime', 'schedLink', 'meetLink', 'f:invite', 'f:availability', 'f:assessment', 'question', 'location'].some((k) => named.has(NAMED_INDEX.get(k) ?? -1));
  if (!proposes) on('noProposal');
  const reader = greetingName(fresh);
  if (otherPersonIn(subject, reader, email.fromName ?? '')) on('subjectPerson');
  if (named.has(NAMED_INDEX.get('f:assessment') ?? -1) && DATE.test(fresh.slice(0, BODY_CHARS))) on('assessmentDue');
  if (thirdPartyActor(`${subject}\n${fresh}`, reader)) on('thirdParty');
  for (const [a, b] of PAIRS) {
    const ia = NAMED_INDEX.get(a);
    const ib = NAMED_INDEX.get(b);
    if (ia !== undefined && ib !== undefined && named.has(ia) && named.has(ib)) on(`${a}&${b}`);
  }

  const hashed = new Map<number, number>();
  const words = new Map<number, string>();
  const body = fresh.slice(0, BODY_CHARS);
  addBlock(hashed, wordGrams(subject, 's:'), words, (k) => k.slice(2));
  addBlock(hashed, wordGrams(body, 'b:'), words, (k) => k.slice(2));
  addBlock(hashed, charGrams(`${subject} ${body.slice(0, CHAR_CHARS)}`));
  const all = [...named, ...hashed].sort((a, b) => a[0] - b[0]);
  const idx = new Int32Array(all.length);
  const val = new Float32Array(all.length);
  all.forEach(([i, v], k) => {
    idx[k] = i;
    val[k] = v;
  });
  return { idx, val, words };
}
