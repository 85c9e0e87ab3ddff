// The role applied for: "for the … role" phrases, each language's role patterns, then the
// subject line. Pure, part of the reading core.
import { EN, LEXICONS, allWords, alt } from '../lexicon';
import { collapseSpaces, re } from '../util';
import { PLACEHOLDER, dropPlaceholders, type ExtractContext } from './context';
import { normName } from './names';
import { rolePair } from './pairs';
import { titleRole } from './title';
import { roleLike } from '../fields/shape';
import { domainOf } from '../ats';

const words = (field: Parameters<typeof allWords>[0]): string => alt(allWords(field));

const ROLE_BAD = new RegExp(`^(?:${words('notRoleAlone')})$|\\b(?:${words('notRoles')})\\b`, 'i');
const GENDER = new RegExp(`\\s*\\((?:${words('genderMarks')})\\)`, 'gi');
const ROLE_START = new RegExp(`^(?:${alt([...allWords('articles'), ...allWords('roleStarts')])})\\s+`, 'i');
const ROLE_PREFIX = new RegExp(`^(?:${words('rolePrefixes')})`, 'i');
const ROLE_NOUN_END = new RegExp(`\\s+(?:${words('roleNouns')})$`, 'i');
/** Everything from the first word that ends a role phrase ("and", "on Monday", "mit"). */
const ROLE_CUT = new RegExp(`\\s(?:${words('roleEnds')})(?![\\p{L}]).*$`, 'iu');

function cleanRole(s: string): string {
  let r = dropPlaceholders(s)
    .replace(/\s*\((?:[mfwdxhMFWDXH]\s*\/\s*){1,3}[mfwdxhMFWDXH]\)\s*/g, ' ')
    .replace(GENDER, ' ')
    .replace(ROLE_START, '')
    .replace(ROLE_PREFIX, '')
    .replace(ROLE_NOUN_END, '')
    .replace(/^["“„'«]+|["”“'»]+$/g, '');
  r = r.replace(ROLE_CUT, '').replace(ROLE_NOUN_END, '');
  // A quote left at either end once the tail is cut ("Site Reliability Engineer\"").
  r = collapseSpaces(r).replace(/^["“„'«]+|["”“'»]+$/g, '').trim();
  return r;
}

/** A title's role is already cut to its end: only template marks, gender marks and quotes go. */
function lightClean(s: string): string {
  return collapseSpaces(dropPlaceholders(s).replace(/\s*\((?:[mfwdxhMFWDXH]\s*\/\s*){1,3}[mfwdxhMFWDXH]\)\s*/g, ' ').replace(GENDER, ' ')).replace(/^["“„'«]+|["”“'»]+$/g, '').trim();
}

function validRole(r: string, companyName: string): boolean {
  if (r.length < 2 || r.length > 60) return false;
  if (ROLE_BAD.test(r)) return false;
  if (r.split(/\s+/).length > 7) return false;
  if (companyName && normName(r) === normName(companyName)) return false;
  return /[\p{L}]/u.test(r);
}

const LABELLED = new RegExp(`^[ \\t]*(?:${words('roleLabels')})[ \\t]*:[ \\t]*([^\\n(]{2,60})`, 'gimu');
/** "Backend Engineer (Go)": a short bracket right after the role is part of it, unless it is a gender mark or holds a digit. */
function withQualifier(r: string, ctx: ExtractContext): string {
  const esc = r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`${esc}[ \\t]*\\(([\\p{L}+#. -]{1,20})\\)`, 'u').exec(`${ctx.email.subject ?? ''}\n${ctx.fresh}`);
  const q = m?.[1]?.trim() ?? '';
  if (!q || q.split(/\s+/).length > 3 || /\//.test(q) || new RegExp(GENDER.source, 'i').test(`(${q})`) || /^(?:[mfwdxh]|all genders)$/i.test(q)) return r;
  return `${r} (${q})`;
}

/** "Position: …" labels, then each language's whole-phrase patterns ("applying for the … role"). */
const ROLE_PHRASES: readonly RegExp[] = [
  new RegExp(`^[ \\t]*(?:${words('roleLabels')})[ \\t]*:[ \\t]*([^\\n(]{2,60})`, 'gimu'),
  ...LEXICONS.flatMap((l) => l.rolePhrases ?? []),
];
const CAPTURE_CUT = new RegExp(` (?:${words('rolePrepositions')}) `);
const SUBJECT_MARKS = new RegExp(`^(?:(?:${alt([...allWords('replyPrefixes'), ...allWords('forwardPrefixes')])})\\s*:\\s*)+`, 'i');
const SUBJECT_AT = new RegExp(`\\s+(?:${words('subjectAt')})\\s+.*$`, 'i');
const SUBJECT_LEAD = new RegExp(`^(?:${words('subjectLeadIns')})\\s+(?:${alt((EN.subjectRoleArticles ?? []).map((a) => `${a}\\s+`))})?`, 'i');
const SUBJECT_TAIL = new RegExp(`\\s+(?:${words('subjectInterviewTails')})$`, 'i');
const SUBJECT_TOPIC = new RegExp(words('subjectNotRole'), 'i');
const SUBJECT_FOR = new RegExp(
  `(?:${words('subjectFor')})\\s+(?:${alt(allWords('subjectRoleArticles').map((a) => `${a}\\s+`))})?([\\p{Lu}][^,;:()\\n]{2,50}?)(?:\\s+(?:${alt([...allWords('subjectRoleEnds'), ...allWords('subjectAt')])})\\b|$)`,
  'u',
);

/** The match stopped inside a URL or a domain ("Data Analyst evil.top/jd" read up to the dot): its last word
 *  belongs to the link, so the phrase is no role. */
function inDottedToken(t: string, m: RegExpMatchArray): boolean {
  const end = (m.index ?? 0) + m[0].length;
  return /\p{L}$/u.test(m[0]) && /^(?:\.\p{L}|[@/][\p{L}\d])/u.test(t.slice(end, end + 2));
}

export function role(ctx: ExtractContext, companyName: string): string {
  // "Role: Mobile Engineer (Flutter)": a labelled line first.
  for (const m of ctx.fresh.replace(PLACEHOLDER, '\n').matchAll(LABELLED)) {
    const c = cleanRole(m[1] ?? '');
    if (validRole(c, companyName)) return withQualifier(c, ctx);
  }
  // "the X position at Y" in any language: the role named with its company.
  const pair = rolePair(`${ctx.email.subject ?? ''}\n${ctx.fresh}`.replace(PLACEHOLDER, '\n'), domainOf(ctx.email.fromEmail ?? ''));
  const paired = pair ? cleanRole(pair.role) : '';
  if (paired && validRole(paired, companyName)) return withQualifier(paired, ctx);
  // "Interview: Data Engineer", "Vorstellungsgespräch Projektleiter Vertrieb": an interview's title.
  const titled = lightClean(titleRole([dropPlaceholders(ctx.email.subject ?? ''), ctx.fresh.replace(PLACEHOLDER, '\n')]));
  if (titled && validRole(titled, companyName)) return withQualifier(titled, ctx);
  const texts = [ctx.fresh.replace(PLACEHOLDER, '\n')];
  for (const t of texts) {
    for (const r of ROLE_PHRASES) {
      for (const m of t.matchAll(r)) {
        if (inDottedToken(t, m)) continue;
        const c = cleanRole(m[1] ?? '');
        // A labelled line ("Position: …") may hold any title; a phrase's capture must read like one.
        if (validRole(c, companyName) && (r === ROLE_PHRASES[0] || roleLike(c))) return c;
      }
    }
    for (const lex of LEXICONS.filter((l) => l.lang === 'en' || l.lang === ctx.lang)) {
      for (const src of lex.role) {
        for (const m of t.matchAll(re(`(?<![\\p{L}])(?:${src})`, 'giu'))) {
          if (inDottedToken(t, m)) continue;
          const c = cleanRole((m[1] ?? '').split(CAPTURE_CUT)[0] ?? '');
          if (validRole(c, companyName) && roleLike(c)) return c;
        }
      }
    }
  }
  // Subject: "Interview invitation – Product Designer", "Einladung: Werkstudent Marketing".
  const subj = dropPlaceholders((ctx.email.subject ?? '').replace(SUBJECT_MARKS, ''));
  const parts = subj.split(/\s+[–—|-]\s+|:\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length >= 2) {
    for (const p of parts) {
      const c = cleanRole(
        p
          .replace(SUBJECT_AT, '')
          .replace(SUBJECT_LEAD, '')
          // "Backend Engineer interview at Acme": the role stands before the word.
          .replace(SUBJECT_TAIL, ''),
      );
      if (SUBJECT_TOPIC.test(c)) continue;
      if (companyName && normName(c) === normName(companyName)) continue;
      if (validRole(c, companyName) && /^[\p{Lu}]/u.test(c) && roleLike(c)) return c;
    }
  }
  const subjFor = SUBJECT_FOR.exec(subj);
  if (subjFor?.[1]) {
    const c = cleanRole(subjFor[1]);
    if (validRole(c, companyName) && roleLike(c)) return c;
  }
  return '';
}
