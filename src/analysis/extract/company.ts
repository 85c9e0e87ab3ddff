// The company: from the sender's display name, a phrase that spells the sender's domain,
// a "… Talent Team" line, a legal name, "at …" in the text, or the domain itself.
// Pure, part of the reading core.
import { EN, LEXICONS, allWords, alt } from '../lexicon';
import { domainOf, FREEMAIL, isAtsDomain } from '../ats';
import { re } from '../util';
import { PLACEHOLDER, dropPlaceholders, type ExtractContext } from './context';
import { ROBOT, looksLikeName, normName } from './names';
import { GIVEN_NAMES } from '../given-names';
import { rolePair } from './pairs';
import { personLike } from '../fields/shape';

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
/** English-only today: "the" before a company ("the Acme Recruiting Team"). */
const THE = alt(EN.articles ?? []);
const TEAM = alt(allWords('teamSuffixes'));

const LEGAL = new RegExp(`\\b([\\p{Lu}][\\p{L}\\p{N}&'’.-]*(?:[ \\t][\\p{Lu}\\p{N}][\\p{L}\\p{N}&'’.-]*){0,3})[ \\t](${alt(allWords('legalForms'))})(?![\\p{L}])`, 'u');
const ORG_SENDER = new RegExp(`^(?:(?:${THE})\\s+)?(.+?)\\s+(?:${alt(allWords('recruitingSenders'))})(?: (?:${TEAM}))?$`, 'i');
const LEADING_THE = new RegExp(`^(?:${THE})\\s+`, 'i');
const SENDER_VIA = new RegExp(`^(.+?)\\s+(?:${alt(allWords('senderVia'))})\\s+\\S+$`, 'i');
const SENDER_AT = new RegExp(`\\s(?:${alt(allWords('senderAt'))})\\s+([\\p{Lu}][\\p{L}\\p{N}&'’. -]{1,40})$`, 'u');
/** "(via Greenhouse)" after a sender's name names the tool, not the company. */
const TOOL_IN_PARENS = new RegExp(alt([...allWords('senderVia'), 'greenhouse', 'lever', 'workday']), 'i');
/** English-only today: a robot sender's display name with "via", "from" or "at" in it is not the company. */
const JOINED = new RegExp(`\\s(?:${alt([...(EN.senderVia ?? []), ...(EN.senderAt ?? [])])})\\s`, 'i');
const TEAM_IN_TEXT = new RegExp(
  `(?:^|[\\s,|])(?:(?:${THE})[ \\t]+)?([\\p{Lu}][\\p{L}\\p{N}&'’.-]*(?:[ \\t][\\p{Lu}][\\p{L}\\p{N}&'’.-]*){0,3})[ \\t]+(?:${alt(allWords('recruitingTeams'))})(?:\\s(?:${TEAM}))?\\b`,
  'gu',
);
const ARTICLE = new RegExp(`^(?:${alt(allWords('articles').map(cap))})\\s+`);
const COMPANY_STOP = new Set(allWords('notCompanies'));

/** "Sandhya Pandey": a known given name and a surname is a person (the signer, the sender), not the company. */
function personName(t: string): boolean {
  const w = t.split(/\s+/);
  return w.length === 2 && w.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x)) && GIVEN_NAMES.has(normName(w[0] ?? '')) && !ORG_WORD.test(w[1] ?? '');
}

function plausibleCompany(s: string, exclude: string[]): boolean {
  const t = s.trim();
  // "Anouk de Vries", "Paolo De Luca": a person with name particles is no company either.
  if (personName(t) || personLike(t)) return false;
  if (t.length < 2 || t.length > 50) return false;
  const first = t.split(/\s+/)[0] ?? '';
  if (COMPANY_STOP.has(first)) return false;
  if (/\d{1,2}[:.]\d{2}/.test(t)) return false;
  if (exclude.some((e) => e && normName(e) === normName(t))) return false;
  if (ROBOT.test(t) && !/\s/.test(t)) return false;
  return true;
}

const squash = (s: string): string =>
  s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/&/g, 'and').replace(/[^a-z0-9]/g, '');

function registrable(host: string): string {
  const parts = host.split('.');
  return (/\.(?:co|com|org|net|ac|gov)\.[a-z]{2}$/.test(host) ? parts[parts.length - 3] : parts[parts.length - 2]) ?? '';
}

/** Capitalised phrase (1–4 words) whose letters spell the domain's name, with or without a suffix like "hq". */
function domainPhrase(host: string, text: string): string {
  const sld = squash(registrable(host));
  if (sld.length < 3) return '';
  const stripped = sld.replace(/(?:hq|app|inc|careers|jobs|mail|team|io|global|online)$/, '');
  const words = [...text.slice(0, 10000).matchAll(/[\p{Lu}][\p{L}\p{N}'’.-]*|&/gu)];
  for (const target of stripped !== sld && stripped.length >= 3 ? [sld, stripped] : [sld]) {
    for (let i = 0; i < words.length; i++) {
      let acc = '';
      let accAnd = '';
      let phrase = '';
      for (let j = i; j < Math.min(words.length, i + 5); j++) {
        const w = words[j];
        const prev = words[j - 1];
        if (!w) break;
        if (j > i && prev && w.index !== undefined && prev.index !== undefined) {
          const gap = text.slice(prev.index + prev[0].length, w.index);
          if (!/^[ \t]+$/.test(gap)) break;
        }
        acc += w[0] === '&' ? '' : squash(w[0]);
        accAnd += squash(w[0]);
        phrase = phrase ? `${phrase} ${w[0]}` : w[0];
        if (acc.length >= 3 && (acc === target || accAnd === target)) {
          // "Acme" for acme.edu, written "Acme Academy": keep the organisation word.
          const next = words[j + 1];
          const gap = next?.index !== undefined && w.index !== undefined ? text.slice(w.index + w[0].length, next.index) : '';
          if (next && /^[ \t]+$/.test(gap) && ORG_WORD.test(next[0])) phrase = `${phrase} ${next[0]}`;
          return phrase.replace(/[.,]$/, '');
        }
        if (acc.length > target.length) break;
      }
    }
  }
  return '';
}

const ORG_WORD = new RegExp(`^(?:${alt(allWords('orgWords'))})$`);

/** Organisation words a squashed domain may end with ("cascadeanalytics" → "Cascade Analytics"). */
const ORG_SUFFIXES = allWords('orgWords').map((w) => w.replace(/[^\p{L}]/gu, '').toLowerCase()).filter((w) => w.length >= 4);

/** The sender's domain as a company name, only when it can be written properly: "acme-robotics" → "Acme Robotics",
 *  "cascadeanalytics" → "Cascade Analytics", "acme" → "Acme"; a long squashed name ("cascadeengineering") gives "". */
function titleCaseDomain(host: string): string {
  const parts = host.split('.');
  const sld = /\.(?:co|com|org|net|ac|gov)\.[a-z]{2}$/.test(host) ? parts[parts.length - 3] : parts[parts.length - 2];
  if (!sld) return '';
  const words = sld.split(/[-_]/).filter(Boolean).flatMap((w) => {
    const suffix = ORG_SUFFIXES.find((o) => w.endsWith(o) && w.length - o.length >= 3);
    return suffix ? [w.slice(0, -suffix.length), suffix] : [w];
  });
  if (words.length === 1 && (words[0] ?? '').length >= 10) return '';
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

export function company(ctx: ExtractContext, exclude: string[]): string {
  const from = dropPlaceholders(ctx.email.fromName ?? '');
  // "Acme Talent Team", "Acme Recruiting"
  const org = ORG_SENDER.exec(from.replace(/\s*\(.*\)$/, ''));
  if (org?.[1] && plausibleCompany(org[1], exclude)) return org[1].replace(LEADING_THE, '').trim();
  // "Jane from Acme", "Acme via Greenhouse"
  const via = SENDER_VIA.exec(from);
  if (via?.[1] && !(looksLikeName(via[1]) && /\s/.test(via[1].trim())) && plausibleCompany(via[1], exclude)) return via[1].trim();
  const at = SENDER_AT.exec(from);
  if (at?.[1] && plausibleCompany(at[1], exclude)) return at[1].trim();
  const par = /\(([^)]{2,40})\)$/.exec(from);
  if (par?.[1] && !TOOL_IN_PARENS.test(par[1]) && plausibleCompany(par[1], exclude)) return par[1].trim();

  const text = `${ctx.fresh}\n${ctx.signature}`;
  const body = text.replace(PLACEHOLDER, ' ');
  // "the X position at Y", "als X bei Y": the company named with the role.
  const host0 = domainOf(ctx.email.fromEmail ?? '');
  const pair = rolePair(`${ctx.email.subject ?? ''}\n${ctx.fresh}`.replace(PLACEHOLDER, '\n'), host0)?.company ?? '';
  if (pair && plausibleCompany(pair, exclude)) return pair;
  // Robot senders ("Acme Bank <donotreply@…>") carry the company as their display name.
  const local = (ctx.email.fromEmail ?? '').split('@')[0] ?? '';
  if (from && ROBOT.test(local) && !ROBOT.test(from) && !JOINED.test(from) && plausibleCompany(from, exclude)) return from;
  // A phrase in the email that spells the sender's domain: "Acme Widgets" for acmewidgets.example.
  const host = domainOf(ctx.email.fromEmail ?? '');
  if (host && !FREEMAIL.has(host) && !isAtsDomain(host)) {
    const phrase = domainPhrase(host, `${from}\n${body}`);
    if (phrase && plausibleCompany(phrase, [])) return phrase;
  }
  // "Acme Talent Team" / "the Acme Recruiting Team" in the body or signature.
  for (const m of body.matchAll(TEAM_IN_TEXT)) {
    const c = m[1] ?? '';
    const cleaned = c.replace(ARTICLE, '');
    if (plausibleCompany(cleaned, exclude)) return cleaned;
  }
  // Legal names in the signature or body: "Acme GmbH".
  const legal = LEGAL.exec(ctx.signature) ?? LEGAL.exec(body);
  if (legal?.[1] && plausibleCompany(legal[1], exclude)) return `${legal[1]} ${legal[2]}`.trim();
  // "at Acme", "bei Acme", "chez Acme"…
  for (const lex of LEXICONS.filter((l) => l.lang === 'en' || l.lang === ctx.lang)) {
    for (const src of lex.company) {
      const r = re(`(?<![\\p{L}])(?:${src})`, 'gu');
      for (const m of body.matchAll(r)) {
        const c = (m[1] ?? '').trim();
        if (plausibleCompany(c, exclude) && !exclude.some((e) => e && normName(c).includes(normName(e)))) return c;
      }
    }
  }
  // Sender domain, unless it is an ATS or a freemail provider.
  if (host && !FREEMAIL.has(host) && !isAtsDomain(host)) return titleCaseDomain(host);
  return '';
}
