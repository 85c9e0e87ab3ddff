// How sure we are that an extracted company, role, contact or place is right: a small
// logistic regression per field over what the value looks like and where it sits in the
// email, learned by `npm run train` from labelled invitations. A value below its field's
// threshold is dropped: a draft without a name is better than a draft with a wrong one.
import type { EmailInput } from '../../shared/types';
import { fold } from '../features';
import { domainOf, FREEMAIL, isAtsDomain } from '../ats';
import { LEXICONS } from '../lexicon';
import { wordsRe } from '../util';
import { GIVEN_NAMES } from '../given-names';
import { labelledPlace } from '../extract/location';
import { PLACEHOLDER, SIGNOFF, dropPlaceholders, signoffLine } from '../extract/context';
import { rolePair } from '../extract/pairs';
import { titleRole } from '../extract/title';

const TITLE = /recruit|talent|hiring|\bhr\b|people|partner|manager|director|\blead\b|head of|coordinator|sourcer|engineer|founder|ceo|cto|personal|recrut|reclut|werving|\brh\b|consultant|advisor|adviseur|officer|specialist|executive|referent|responsabile|kierownik|specjalist|rekruter/i;
const ORG_WORD = /\b(?:gmbh|ag|ltd|limited|inc|llc|plc|bv|nv|sas|sarl|sa|sl|lda|ltda|spa|srl|group|groupe|grupo|team|équipe|equipo|company|services?|solutions|consulting|logisti\w*|bank|hospital|school|university|universit\w*|les|the|der|die|das)\b/i;

const ROLE_LABEL = new RegExp(`^[ \\t]*(?:${LEXICONS.flatMap((l) => l.roleLabels ?? []).join('|')})[ \\t]*:`, 'iu');
const COMPANY_LABEL = /^[ \t]*(?:company|employer|organi[sz]ation|firma|unternehmen|arbeitgeber|entreprise|société|employeur|empresa|azienda|società|bedrijf|organisatie|werkgever|pracodawca)[ \t]*:/iu;
const TITLES = new RegExp(`^(?:(?:${LEXICONS.flatMap((l) => l.titles ?? []).join('|')})\\.?\\s+)+`, 'iu');
/** A signature's name line without its courtesy title and a trailing "(she/her)" or ", Recruiter". */
const bareName = (l: string): string => l.replace(TITLES, '').replace(/\s*\([^)]{1,20}\)\s*$/u, '').replace(/\s*[,|–-]\s*[^,|]{1,40}$/u, '').trim();

/**
 * "Fernbrook Care" written in the text of a mail from fernbrook-care.co.uk: a name of two words or more that spells the
 * sender's own domain (not an ATS's, not a freemail's). One word is not enough: a platform's name spells its domain too.
 */
function spellsSenderDomain(value: string, ctx: Pick<ValueContext, 'fresh' | 'signature' | 'email'>): boolean {
  const v = value.trim();
  const host = domainOf(ctx.email.fromEmail ?? '');
  if (!host || FREEMAIL.has(host) || isAtsDomain(host) || v.split(/\s+/).length < 2) return false;
  const parts = host.split('.');
  const sld = (/\.(?:co|com|org|net|ac|gov)\.[a-z]{2}$/.test(host) ? parts[parts.length - 3] : parts[parts.length - 2]) ?? '';
  if (squash(v).replace(/and/g, '') !== squash(sld).replace(/and/g, '') || squash(sld).length < 5) return false;
  if (APP_WORDS.test(v)) return false;
  const text = `${ctx.fresh}\n${ctx.signature}`.replace(/\S*(?:@|:\/\/|www\.)\S*/g, ' ');
  // The whole name, not a part of a longer one ("Groupe Vercors" in "Groupe Vercors Industrie", "Sinar Abadi" in "PT Sinar Abadi").
  for (let at = text.indexOf(v); at >= 0; at = text.indexOf(v, at + 1)) {
    const before = text.slice(Math.max(0, at - 20), at);
    const after = text.slice(at + v.length, at + v.length + 20);
    if (!/\p{Lu}[\p{L}.]*[ \t]$/u.test(before) && !/^[ \t]+(?:&[ \t]*)?\p{Lu}/u.test(after) && !/^[\p{L}\d]/u.test(after)) return true;
  }
  return false;
}
/** A product's name spells its own domain too ("Interview Scheduler", "Jobs Portal"): never taken for the employer. */
const APP_WORDS = /\b(?:interview|scheduler|scheduling|booking|recruit\w*|jobs?|careers?|portal|hris|ats|hr|talent|hiring|app|platform|system)\b/i;

const gfold = (s: string): string => fold(s).replace(/ł/g, 'l');
const LEGAL_TAIL = /[\s,]+(?:gmbh|ag|se|kg|ltd\.?|limited|inc\.?|llc|llp|plc|b\.?v\.?|n\.?v\.?|sas|sarl|s\.?a\.?|s\.?l\.?|lda|ltda|pvt\.? ltd\.?|s\.?p\.?a\.?|s\.?r\.?l\.?|sp\. z o\.o\.)$/iu;
/**
 * The organisations a signature block names beside its signer: "Jane Doe | Acme", "Talent Partner | Acme",
 * "Recruiter, Acme", "Acme GmbH" on its own line below the name or the title. The block is the signature after
 * "-- ", else the lines after the last sign-off; its first line must be a person (a known given name).
 */
export function signatureOrg(ctx: Pick<ValueContext, 'fresh' | 'signature'>): string[] {
  const fresh = ctx.fresh.split('\n').map((l) => l.trim());
  let block = ctx.signature.split('\n').map((l) => l.trim()).filter(Boolean);
  if (!block.length) {
    let k = -1;
    for (let i = fresh.length - 1; i >= Math.max(0, fresh.length - 12); i--) if (signoffLine(fresh[i] ?? '')) { k = i; break; }
    block = k < 0 ? [] : fresh.slice(k + 1).filter(Boolean);
  }
  block = block.filter((l) => !/^[-_=~*]{2,}$/.test(l)).slice(0, 4);
  const SEP = /\s+(?:\||–|—|-|·|•|@|at)\s+|\s*[|,]\s*/u;
  const first = (block[0] ?? '').split(SEP);
  if (!GIVEN_NAMES.has(fold(first[0] ?? '').split(/\s+/)[0] ?? '') || (first[0] ?? '').split(/\s+/).length > 4) return [];
  const out: string[] = [];
  const add = (seg: string): void => {
    const v = seg.trim().replace(LEGAL_TAIL, '').trim();
    if (v && !/\d|@|https?:|www\./i.test(v) && v.split(/\s+/).length <= 6) out.push(fold(v));
  };
  first.slice(1).forEach(add);
  for (const l of block.slice(1)) {
    if (/\d{3}|@|https?:|www\./i.test(l)) continue;
    l.split(SEP).forEach(add);
  }
  return out;
}

/**
 * The strong structures a value can sit in, where a value is rarely wrong on any publisher:
 * a labelled line ("Position: …", "Company: …"), the signature's person line (its own line right
 * below a sign-off, starting with a known given name; the sender's own name when the sender is a person) and the organisation line below the
 * signer (or below the signer's title). A field whose learned confidence cannot reach 98 %
 * right across publishers is accepted only from these (the value threshold is then 1).
 */
export function strongStructure(field: ValueField, value: string, ctx: Pick<ValueContext, 'fresh' | 'signature' | 'email'>): boolean {
  const fv = fold(value.trim());
  if (!fv) return false;
  if (field === 'role' || field === 'company') {
    // "the X position at Y" and its translations: both values named together.
    const pair = rolePair(`${ctx.email.subject ?? ''}\n${ctx.fresh}`.replace(PLACEHOLDER, '\n'), domainOf(ctx.email.fromEmail ?? ''));
    if (pair && fold(field === 'role' ? pair.role : pair.company).replace(/[^a-z0-9]+/g, ' ').trim() === fv.replace(/[^a-z0-9]+/g, ' ').trim()) return true;
  }
  if (field === 'role' && fold(titleRole([dropPlaceholders(ctx.email.subject ?? ''), ctx.fresh.replace(PLACEHOLDER, '\n')])).includes(fv) && fv.length >= 3) return true;
  if (field === 'role') {
    // "an interview for the QA Lead role at …", "für die Stelle als …", "pour le poste de …": the role named as the job applied for.
    const esc = value.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const phrase = new RegExp(`(?:for the|for our|for a|as|als|pour le poste d[e']|au poste d[e']|para el puesto de|per la posizione di|voor de functie(?: van)?|para a vaga de|na stanowisko)\\s+${esc}\\s+(?:role|position|job|vacancy|opening)\\b|(?:Stelle als|poste de|puesto de|posizione di|functie van|vaga de|stanowisko)\\s+${esc}(?![\\p{L}])`, 'iu');
    if (phrase.test(`${ctx.email.subject ?? ''}\n${ctx.fresh}`)) return true;
  }
  // A place on a labelled line ("Location: …", "Ort …", "📍 Location" above it).
  if (field === 'location' && fold(labelledPlace(ctx.fresh.split('\n'))).includes(fv)) return true;
  const lines = `${ctx.fresh}\n${ctx.signature}`.split('\n').map((l) => l.trim());
  // A signature separator ("--", "___") stands between the sign-off and the name: it is skipped.
  const prevLine = (i: number): string => { for (let j = i - 1; j >= 0; j--) if (lines[j] && !/^[-_=~*]{2,}$/.test(lines[j] ?? '')) return lines[j] ?? ''; return ''; };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    const fl = fold(l);
    if (!fl.includes(fv)) continue;
    const own = l.length <= value.trim().length + 3 || fold(bareName(l)) === fv;
    if (field === 'role' && ROLE_LABEL.test(l)) return true;
    if (field === 'company' && COMPANY_LABEL.test(l)) return true;
    // The signer: a person's name on its own line below the sign-off. When the sender is a person too
    // it must be that same person (else the template may sign with someone else's name); an
    // organisation, a team or an ATS robot sending on a recruiter's behalf is the usual case.
    const person = fold(bareName(value));
    const from = fold(ctx.email.fromName ?? '');
    const senderIsPerson = GIVEN_NAMES.has(from.split(/\s+/)[0] ?? '');
    // "Sincerely, Jane Doe": the sign-off and the name on one line.
    if (field === 'contactName' && signoffLine(l.slice(0, Math.max(0, fl.indexOf(fv))).replace(/[\s,]+$/, '')) && fl.endsWith(fv) && GIVEN_NAMES.has(fv.split(/\s+/)[0] ?? '') && !(ctx.email.candidateName && fold(ctx.email.candidateName).includes(fv))) return true;
    if (field === 'contactName' && own && person && signoffLine(prevLine(i)) && GIVEN_NAMES.has(person.split(/\s+/)[0] ?? '') && (!senderIsPerson || from.includes(person)) && !(ctx.email.candidateName && fold(ctx.email.candidateName).includes(person))) return true;
    if (field === 'company' && own) {
      const p1 = prevLine(i);
      const p2 = prevLine(lines.indexOf(p1, 0) >= 0 ? lines.lastIndexOf(p1, i - 1) : 0);
      const signer = (x: string): boolean => /^\p{Lu}[\p{Ll}'’-]+ \p{Lu}[\p{Ll}'’-]+$/u.test(x) && GIVEN_NAMES.has(fold(x).split(' ')[0] ?? '');
      if ((signer(p1) && signoffLine(prevLine(lines.lastIndexOf(p1, i - 1)))) || (TITLE.test(p1) && signer(p2))) return true;
    }
  }
  if (field === 'company' && signatureOrg(ctx).includes(fv)) return true;
  if (field === 'company' && spellsSenderDomain(value, ctx)) return true;
  // The sender's own name on its own line at the end of the new text or atop the signature: the sender signs.
  const sender = gfold(ctx.email.fromName ?? '').replace(/[^a-z\s'-]/g, '').trim();
  if (field === 'contactName' && /\s/.test(fv) && gfold(value.trim()) === sender && GIVEN_NAMES.has(sender.split(/\s+/)[0] ?? '')) {
    const end = [...ctx.fresh.split('\n').map((l) => l.trim()).filter(Boolean).slice(-6), (ctx.signature.split('\n').find((l) => l.trim()) ?? '').trim()];
    if (end.some((l) => gfold(bareName(l)) === sender) && !(ctx.email.candidateName && gfold(ctx.email.candidateName).includes(sender))) return true;
  }
  // The sender is this person and the text names them as the one who acts ("Jane Doe invited you", "created by
  // Jane Doe"), not only in a list of interviewers or attendees ("Interviewers: Jane Doe, …", a name alone on its line).
  if (field === 'contactName' && /\s/.test(fv) && fold(ctx.email.fromName ?? '').replace(/[^a-z\s'-]/g, '').trim() === fv && GIVEN_NAMES.has(fv.split(/\s+/)[0] ?? '')) {
    const acts = [ctx.email.subject ?? '', ...ctx.fresh.split('\n')].some((l) => {
      const at = fold(l).indexOf(fv);
      return at >= 0 && l.trim().length > value.trim().length + 3 && !/:/.test(l.slice(0, at));
    });
    if (acts && !(ctx.email.candidateName && fold(ctx.email.candidateName).includes(fv))) return true;
  }
  return false;
}

export const VALUE_FIELDS = ['company', 'role', 'contactName', 'location'] as const;
export type ValueField = (typeof VALUE_FIELDS)[number];

export const VALUE_BITS = 14;
const MASK = (1 << VALUE_BITS) - 1;

export interface ValueContext {
  email: EmailInput;
  fresh: string;
  signature: string;
  lang: string;
  /** The other fields' values (a company equal to the contact is suspect). */
  others: Partial<Record<ValueField, string>>;
}

export interface ValueFeatures {
  idx: Int32Array;
  val: Float32Array;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const squash = (s: string): string => fold(s).replace(/[^a-z0-9]/g, '');
const TOKENS = /[\p{L}\p{N}]+/gu;

/** Features of one value; every key is hashed (the vector is per field, so keys need no field prefix). */
export function valueFeatures(field: ValueField, value: string, ctx: ValueContext): ValueFeatures {
  const keys = new Map<string, number>();
  const on = (k: string, v = 1): void => void keys.set(k, v);
  const v = value.trim();
  const toks = fold(v).match(TOKENS) ?? [];
  on('bias');
  on(`words:${Math.min(toks.length, 6)}`);
  on(`len:${v.length < 4 ? 'xs' : v.length < 12 ? 's' : v.length < 30 ? 'm' : 'l'}`);
  if (/\d/.test(v)) on('digit');
  if (v === v.toUpperCase() && /\p{L}/u.test(v)) on('allCaps');
  if (v === v.toLowerCase()) on('lower');
  const caps = v.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length / Math.max(1, v.split(/\s+/).length);
  on(`caps:${caps === 1 ? 'all' : caps >= 0.5 ? 'most' : caps > 0 ? 'some' : 'none'}`);
  for (const t of toks) on(`w:${t}`);
  if (toks[0]) on(`first:${toks[0]}`);
  if (toks.length > 1) on(`last:${toks[toks.length - 1]}`);
  const subject = ctx.email.subject ?? '';
  const from = ctx.email.fromName ?? '';
  const fv = fold(v);
  if (fold(subject).includes(fv)) on('inSubject');
  if (fold(from).includes(fv)) on('inFrom');
  if (fold(from).trim() === fv) on('isFrom');
  const text = `${subject}\n${ctx.fresh}\n${ctx.signature}`;
  const ft = fold(text);
  const first = ft.indexOf(fv);
  if (first < 0) on('notInText');
  else {
    if (ft.indexOf(fv, first + fv.length) >= 0) on('twice');
    const before = ft.slice(Math.max(0, first - 30), first).match(TOKENS) ?? [];
    for (const b of before.slice(-2)) on(`prev:${b}`);
    const after = ft.slice(first + fv.length, first + fv.length + 30).match(TOKENS) ?? [];
    if (after[0]) on(`next:${after[0]}`);
    const tail = fold(ctx.fresh.split('\n').slice(-6).join('\n') + ctx.signature);
    if (tail.includes(fv)) on('inTail');
    const headEnd = fold(ctx.fresh.split('\n').slice(0, 2).join('\n'));
    if (headEnd.includes(fv)) on('inGreeting');
  }
  const host = domainOf(ctx.email.fromEmail ?? '');
  const sld = squash(host.split('.').slice(-2, -1)[0] ?? '');
  if (sld && squash(v) === sld) on('isDomain');
  if (sld && sld.length >= 4 && squash(v).includes(sld)) on('hasDomain');
  if (!/\s/.test(v) && sld && squash(v) === sld && first < 0) on('domainOnly');
  // Where the value sits: on a sign-off line or just below one, above a job title, shaped like a person's name.
  const lines = `${ctx.fresh}\n${ctx.signature}`.split('\n').map((l) => l.trim());
  const at = lines.findIndex((l) => fold(l).includes(fv));
  if (at >= 0) {
    const near = lines.slice(Math.max(0, at - 2), at + 1).filter((l) => l !== '');
    if (near.some((l) => { const m = SIGNOFF.exec(l); return !!m && m.index <= 2; })) on('afterSignoff');
    const next = lines.slice(at + 1).find((l) => l !== '') ?? '';
    if (TITLE.test(next) || TITLE.test(lines[at] ?? '')) on('titleNear');
    if ((lines[at] ?? '').length <= v.length + 3) on('ownLine');
    on(`lineFromEnd:${Math.min(lines.length - 1 - at, 8)}`);
  }
  if (ORG_WORD.test(v)) on('orgWord');
  if (/^(?:\p{Lu}[\p{Ll}'’-]+)(?: (?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)){1,2}$/u.test(v)) on('personShape');
  if (ctx.email.candidateName && fold(ctx.email.candidateName).includes(fv)) on('isCandidate');
  if (toks[0] && GIVEN_NAMES.has(toks[0])) on('givenName');
  if (toks.some((t) => GIVEN_NAMES.has(t))) on('hasGivenName');
  if (fold(from).trim() === fv && first < 0) on('fromOnly');
  for (const [k, o] of Object.entries(ctx.others)) if (k !== field && o && fold(o) === fv) on(`same:${k}`);
  if (strongStructure(field, v, ctx)) on('strong');
  on(`lang:${ctx.lang}`);
  const entries = [...keys].map(([k, x]) => [fnv(k) & MASK, x] as const).sort((a, b) => a[0] - b[0]);
  const idx: number[] = [];
  const val: number[] = [];
  for (const [i, x] of entries) {
    if (idx[idx.length - 1] === i) val[val.length - 1] = (val[val.length - 1] ?? 0) + x;
    else {
      idx.push(i);
      val.push(x);
    }
  }
  return { idx: Int32Array.from(idx), val: Float32Array.from(val) };
}

export interface ValueModel {
  vectors: Partial<Record<ValueField, Map<number, number>>>;
  thresholds: Partial<Record<ValueField, number>>;
}

const STRONG = fnv('strong') & MASK;
/** The value sits in a strong structure (see strongStructure). */
export function isStrong(x: ValueFeatures): boolean {
  return x.idx.includes(STRONG);
}

export function valueProbability(w: Map<number, number>, x: ValueFeatures): number {
  let z = 0;
  for (let k = 0; k < x.idx.length; k++) z += (w.get(x.idx[k] ?? -1) ?? 0) * (x.val[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
