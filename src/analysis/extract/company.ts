// The company: from the sender's display name, a phrase that spells the sender's domain,
// a "… Talent Team" line, a legal name, "at …" in the text, or the domain itself.
// Pure, part of the reading core.
import { LEXICONS } from '../lexicon';
import { domainOf, FREEMAIL, isAtsDomain } from '../ats';
import { re } from '../util';
import { PLACEHOLDER, dropPlaceholders, type ExtractContext } from './context';
import { ROBOT, looksLikeName, normName } from './names';

const LEGAL = /\b([\p{Lu}][\p{L}\p{N}&'’.-]*(?:[ \t][\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*){0,3})[ \t](GmbH|AG|SE|KG|Ltd\.?|Limited|Inc\.?|LLC|plc|B\.V\.|BV|N\.V\.|NV|SAS|SARL|S\.A\.|SA|S\.L\.|SL|Lda\.?|Ltda\.?|S\.p\.A\.)(?![\p{L}])/u;
const ORG_SENDER = /^(?:the\s+)?(.+?)\s+(?:Talent(?: Acquisition)?|Recruiting|Recruitment|Careers|Hiring|HR|People(?: Team| Ops)?|Jobs|Karriere|Recrutement|Reclutamiento|Recrutamento|Werving(?: & Selectie)?|Personalabteilung|Graduate Recruitment|Graduate Recruiting|Campus Recruiting|Early Careers|Talent Team|Hiring Team|Recruiting Team)(?: Team)?$/i;
const COMPANY_STOP = new Set(
  'I We You Our The This That Your It Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Zoom Teams Google Meet Microsoft LinkedIn Calendly Reception Greenhouse Lever Workday Workable Ashby Interview Please Hi Hello Dear Thanks Best Regards CET GMT UTC Room Floor Building Suite Kind Looking Team Sie Ihnen Wir Uns Vous Nous Usted Nosotros Je Ons Você Nós Noon Lunch Home Step'.split(
    ' ',
  ),
);

function plausibleCompany(s: string, exclude: string[]): boolean {
  const t = s.trim();
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
          // "Pinebrook" for pinebrook.edu, written "Pinebrook Academy": keep the organisation word.
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

const ORG_WORD = /^(?:Group|Groupe|Grupo|Academy|School|College|Bank|Banco|Labs?|Tech|Technologies|Hospital|Health|Partners|Studio|Software|Systems|Foods|Insurance|Consulting|Logistics|Logistik|Retail|Capital|Media|Games|Hotels|Holdings|Solutions|Services|Analytics|Energy|Robotics|Pharma|Trust|Council)$/;

function titleCaseDomain(host: string): string {
  const parts = host.split('.');
  const sld = /\.(?:co|com|org|net|ac|gov)\.[a-z]{2}$/.test(host) ? parts[parts.length - 3] : parts[parts.length - 2];
  if (!sld) return '';
  return sld.split(/[-_]/).map((w) => (w.length <= 3 && parts.length > 0 && w === sld ? w.charAt(0).toUpperCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}

export function company(ctx: ExtractContext, exclude: string[]): string {
  const from = dropPlaceholders(ctx.email.fromName ?? '');
  // "Acme Talent Team", "Acme Recruiting"
  const org = ORG_SENDER.exec(from.replace(/\s*\(.*\)$/, ''));
  if (org?.[1] && plausibleCompany(org[1], exclude)) return org[1].replace(/^the\s+/i, '').trim();
  // "Jane from Acme", "Acme via Greenhouse"
  const via = /^(.+?)\s+(?:via|through)\s+\S+$/i.exec(from);
  if (via?.[1] && !(looksLikeName(via[1]) && /\s/.test(via[1].trim())) && plausibleCompany(via[1], exclude)) return via[1].trim();
  const at = /\s(?:from|at|@|bei|chez|van|da)\s+([\p{Lu}][\p{L}\p{N}&'’. -]{1,40})$/u.exec(from);
  if (at?.[1] && plausibleCompany(at[1], exclude)) return at[1].trim();
  const par = /\(([^)]{2,40})\)$/.exec(from);
  if (par?.[1] && !/via|greenhouse|lever|workday/i.test(par[1]) && plausibleCompany(par[1], exclude)) return par[1].trim();

  const text = `${ctx.fresh}\n${ctx.signature}`;
  const body = text.replace(PLACEHOLDER, ' ');
  // Robot senders ("Meridian Bank <donotreply@…>") carry the company as their display name.
  const local = (ctx.email.fromEmail ?? '').split('@')[0] ?? '';
  if (from && ROBOT.test(local) && !ROBOT.test(from) && !/\s(?:via|from|at)\s/i.test(from) && plausibleCompany(from, exclude)) return from;
  // A phrase in the email that spells the sender's domain: "Pixel Harbor" for pixelharbor.dev.
  const host = domainOf(ctx.email.fromEmail ?? '');
  if (host && !FREEMAIL.has(host) && !isAtsDomain(host)) {
    const phrase = domainPhrase(host, `${from}\n${body}`);
    if (phrase && plausibleCompany(phrase, [])) return phrase;
  }
  // "Acme Talent Team" / "the Acme Recruiting Team" in the body or signature.
  const team = /(?:^|[\s,|])(?:the[ \t]+)?([\p{Lu}][\p{L}\p{N}&'’.-]*(?:[ \t][\p{Lu}][\p{L}\p{N}&'’.-]*){0,3})[ \t]+(?:Talent(?: Acquisition)?|Recruiting|Recruitment|Hiring|People|Careers|HR|Recrutement|Reclutamiento|Recrutamento|Karriere)(?:\s(?:Team|Ops))?\b/gu;
  for (const m of body.matchAll(team)) {
    const c = m[1] ?? '';
    const cleaned = c.replace(/^(?:The|Das|Le|La|El|Het|O|A)\s+/, '');
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
