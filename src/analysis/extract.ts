// Field extraction: company, role, contact, format, links, times, location.
import type { EmailInput, ExtractedFields, InterviewFormat } from '../shared/types';
import { LEXICONS } from './lexicon';
import { atsOfSender, domainOf, findUrls, FREEMAIL, isAtsDomain, type LinkInfo } from './ats';
import { extractTimes } from './times';
import { re, wordsRe, collapseSpaces } from './util';

export interface ExtractContext {
  email: EmailInput;
  fresh: string;
  signature: string;
  lang: string;
  links?: LinkInfo[];
}

const PLACEHOLDER = /\[[^\]\n]{1,40}\]|\{\{[^}\n]{1,40}\}\}|\{[A-Za-z_ ]{1,30}\}|<<[^>\n]{1,40}>>|%[A-Z_]{2,30}%|\$\{[^}\n]{1,30}\}/g;
export function dropPlaceholders(s: string): string {
  return collapseSpaces(s.replace(PLACEHOLDER, ' ')).replace(/^[,;:\s-]+|[,;:\s-]+$/g, '');
}
export const hasPlaceholder = (s: string): boolean => new RegExp(PLACEHOLDER.source).test(s);

// ---------- names ----------

const ROBOT = /\b(?:no-?reply|do-?not-?reply|noreply|notifications?|mailer|team|recruit\w*|talent|careers?|jobs?|hiring|hr|people|human resources|personal\w*|karriere|bewerbermanagement|recrutement|rh|recursos humanos|reclutamiento|werving|vacatures|recrutamento|admin|support|info|system|calendar|scheduling|scheduler|bot|greenhouse|lever|workday|workable|ashby|smartrecruiters|icims|jobvite|teamtailor|recruitee|personio|bamboohr|calendly|goodtime|via)\b/i;
const GREETING = /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon)|hallo|liebe[rs]?|sehr geehrte[rs]?|guten tag|moin|bonjour|bonsoir|cher|chère|hola|estimad[oa]|buenos días|beste|hoi|geachte|olá|ola|oi|caro|cara|prezad[oa])\s+(?:(?:mr|mrs|ms|dr|herr|frau|m\.|mme|sr|sra|dhr|mevr)\.?\s+)?([^,\n!:]{1,60})/iu;

export function greetingName(fresh: string): string {
  const first = fresh.split('\n').find((l) => l.trim() !== '') ?? '';
  const m = GREETING.exec(first);
  return m?.[1] ? dropPlaceholders(m[1]) : '';
}

const NAME_WORD = "(?:[\\p{Lu}][\\p{Ll}]*(?:['’-][\\p{Lu}]?[\\p{Ll}]+)+|[\\p{Lu}][\\p{Ll}]+\\.?|[\\p{Lu}]\\.)";
const NAME_RE = new RegExp(`^(${NAME_WORD}(?:[ -](?:(?:van|von|de|da|der|den|del|di|dos|das|le|la|ten|ter)\\s)*${NAME_WORD}){0,3})$`, 'u');

const NOT_NAMES = new Set(
  'Thanks Thank Best Regards Cheers Kind Warm Sincerely Team Recruiting Talent Hiring Careers Monday Tuesday Wednesday Thursday Friday Saturday Sunday Zoom Teams Google Meet Calendly Interview Interviews The Our Your Please Looking Hello Hi Dear Viele Grüße Mit Freundlichen Beste Cordialement Saludos Atentamente Groeten Atenciosamente Abraços Obrigado Obrigada Gracias Merci Danke Bedankt Phone Mobile Tel Email Office Address Date Time Location Subject Re Fwd Note Sent Reminder Partner Manager Director Recruiter Lead Head Coordinator Specialist Senior Junior Engineer Consultant Advisor Officer Assistant Founder Producer Editor Executive Principal Associate Chief President Owner Ops Operations Marketing Sales Engineering Finance Department Service Services Group Company Studio Office Support People Personalabteilung Recursos Humanos Recrutamento Abraços Saludos Un Ihr Ihre Dein Equipe Equipo Team'.split(
    ' ',
  ),
);

function looksLikeName(s: string): boolean {
  const t = s.trim();
  if (t.length < 2 || t.length > 50) return false;
  if (!NAME_RE.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.some((w) => NOT_NAMES.has(w.replace(/[.,]$/, '')))) return false;
  if (ROBOT.test(t)) return false;
  return true;
}

function normName(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z ]/g, '').trim();
}

function isCandidate(name: string, candidates: string[]): boolean {
  const n = normName(name);
  if (!n) return false;
  return candidates.some((c) => {
    const cn = normName(c);
    if (!cn) return false;
    if (cn === n) return true;
    const first = cn.split(' ')[0] ?? '';
    return n === first || n.split(' ')[0] === first && n.split(' ').length === 1;
  });
}

/** Cut "Jane Doe | Talent Partner", "Jane Doe, Recruiter", "Jane Doe - Acme" down to the name. */
function namePart(line: string): string {
  const t = dropPlaceholders(line).replace(/^[\s*_~-]+|[\s*_~]+$/g, '');
  const cut = t.split(/\s*(?:\||,|–|—|\s-\s|\(|·|•|\/)\s*/)[0] ?? '';
  return cut.trim();
}

const TITLE_WORDS = /recruit|talent|hiring|\bhr\b|people|partner|manager|director|\blead\b|head of|coordinator|sourcer|engineer|founder|ceo|cto|personal|recrut|reclut|werving|\brh\b|consultant|advisor|adviseur|officer|specialist|executive|referent/i;
const SIGNOFFS = wordsRe(LEXICONS.flatMap((l) => l.signoff));

export function signerName(fresh: string, signature: string, exclude: string[]): string {
  const ls = fresh.split('\n').map((l) => l.trim());
  const tail = ls.slice(Math.max(0, ls.length - 20));
  for (let i = tail.length - 1; i >= 0; i--) {
    const line = tail[i] ?? '';
    const m = SIGNOFFS.exec(line);
    if (!m || m.index > 2) continue;
    const rest = line.slice(m.index + m[0].length).replace(/^[\s,!.:;-]+/, '');
    const options: string[] = [];
    if (rest) options.push(namePart(rest));
    for (let j = i + 1; j < Math.min(tail.length, i + 4); j++) {
      const l = tail[j] ?? '';
      if (l === '') continue;
      options.push(namePart(l));
      break;
    }
    for (const o of options) {
      if (!looksLikeName(o) || isCandidate(o, exclude)) continue;
      // "Best, Marcus" followed by a fuller "Marcus Bell" block: take the full name.
      if (!/\s/.test(o)) {
        for (let j = i + 1; j < Math.min(tail.length, i + 6); j++) {
          const full = namePart(tail[j] ?? '');
          if (full.startsWith(`${o} `) && looksLikeName(full)) return full;
        }
        const sigFull = namePart((signature.split('\n').find((l) => l.trim() !== '') ?? '').trim());
        if (sigFull.startsWith(`${o} `) && looksLikeName(sigFull)) return sigFull;
      }
      return o;
    }
  }
  // "Jane Doe | Talent Partner" style line near the end or in the signature.
  const pool = [...tail.slice(-8), ...signature.split('\n').slice(0, 4)];
  for (const l of pool) {
    if (!/\s(?:\||–|—|-|,)\s?\S/.test(l)) continue;
    if (!/recruit|talent|hiring|hr\b|people|partner|manager|director|lead|head|coordinator|sourcer|engineer|founder|ceo|cto|personal|recrut|reclut|werving|recrutamento|rh\b/i.test(l)) continue;
    const n = namePart(l);
    if (looksLikeName(n) && !isCandidate(n, exclude)) return n;
  }
  // "Noah Kim" on its own line, followed by "Recruiter, Amperon".
  for (let i = tail.length - 2; i >= 0; i--) {
    const n = namePart(tail[i] ?? '');
    if (n !== (tail[i] ?? '').trim() || !looksLikeName(n) || !/\s/.test(n) || isCandidate(n, exclude)) continue;
    if (TITLE_WORDS.test(tail[i + 1] ?? '')) return n;
  }
  // A bare name line right at the end (signature without sign-off).
  const sigFirst = (signature.split('\n')[0] ?? '').trim();
  if (sigFirst && looksLikeName(namePart(sigFirst)) && !isCandidate(namePart(sigFirst), exclude)) return namePart(sigFirst);
  // Introductions: "My name is Jane Doe", "I'm Jane, a recruiter".
  const intro = /\b(?:my name is|i am|i'm|ich bin|mein name ist|je suis|je m'appelle|me llamo|soy|mi nombre es|ik ben|mijn naam is|meu nome é|eu sou|sou)\s+([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){0,2})/u.exec(fresh.slice(0, 800));
  if (intro?.[1] && looksLikeName(intro[1]) && !isCandidate(intro[1], exclude)) return intro[1];
  return '';
}

function cleanSenderName(name: string): string {
  let n = dropPlaceholders(name.replace(/^["']|["']$/g, ''));
  n = n.replace(/\s+(?:via|from|at|@|bei|chez|de|van|da)\s+.*$/i, '').replace(/\s*[(|].*$/, '').trim();
  if (/,/.test(n)) {
    const [last, first] = n.split(',').map((x) => x.trim());
    if (last && first && looksLikeName(`${first} ${last}`)) n = `${first} ${last}`;
  }
  return n;
}

export function contactName(ctx: ExtractContext): string {
  const exclude = [ctx.email.candidateName ?? '', greetingName(ctx.fresh)].filter(Boolean);
  const signer = signerName(ctx.fresh, ctx.signature, exclude);
  if (signer) return signer;
  const sender = cleanSenderName(ctx.email.fromName ?? '');
  const local = (ctx.email.fromEmail ?? '').split('@')[0] ?? '';
  if (sender && looksLikeName(sender) && !ROBOT.test(local) && !atsOfSender(ctx.email.fromEmail ?? '') && !isCandidate(sender, exclude)) return sender;
  if (sender && looksLikeName(sender) && atsOfSender(ctx.email.fromEmail ?? '') && !ROBOT.test(local) && /\s/.test(sender) && !isCandidate(sender, exclude)) return sender;
  return '';
}

// ---------- company ----------

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

// ---------- role ----------

const ROLE_BAD = /^(?:the|a|an|our|your|this)$|\b(?:interview|call|chat|time|slot|application|next|round|stage|step|you|your|this|that|above|meeting|conversation|process|schedul\w*|position|role|week|day|opportunity|entretien|gespräch|entrevista|gesprek)\b/i;

function cleanRole(s: string): string {
  let r = dropPlaceholders(s)
    .replace(/\s*\((?:[mfwdxhMFWDXH]\s*\/\s*){1,3}[mfwdxhMFWDXH]\)\s*/g, ' ')
    .replace(/\s*\((?:all genders|m\/w\/d|f\/m\/x|h\/f|h\/m)\)/gi, ' ')
    .replace(/^(?:the|our|a|an|open|de|d'|la|le|el|het|o|a)\s+/i, '')
    .replace(/^(?:post|position|role|job) (?:of|as)\s+(?:an?\s+)?/i, '')
    .replace(/\s+(?:position|role|opening|vacancy|job|stelle|poste|puesto|functie|vaga)$/i, '')
    .replace(/^["“„'«]+|["”“'»]+$/g, '');
  r = r.replace(ROLE_CUT, '').replace(/\s+(?:position|role|post|opening|vacancy|job|stelle|poste|puesto|functie|vaga)$/i, '');
  r = collapseSpaces(r);
  return r;
}

const ROLE_CUT = new RegExp(
  `\\s(?:y|e|a|et|und|and|a lieu|le|la|el|am|um|van|op|om|dia|para|pour|for|prevista|previsto|marcad[ao]|agendad[ao]|amanhã|mañana|demain|morgen|tomorrow|on|at|que|qui|die|der|dat|which|who|ist|est|es|é|is|was|has|have|with|mit|avec|con|com|met|this|next|today|heute|hoy|hoje|vandaag|aujourd'hui|(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes|maandag|dinsdag|woensdag|donderdag|vrijdag|segunda|terça|quarta|quinta|sexta)(?![\\p{L}]).*$`,
  'iu',
);

function validRole(r: string, companyName: string): boolean {
  if (r.length < 2 || r.length > 60) return false;
  if (ROLE_BAD.test(r)) return false;
  if (r.split(/\s+/).length > 7) return false;
  if (companyName && normName(r) === normName(companyName)) return false;
  return /[\p{L}]/u.test(r);
}

const ROLE_EN_EXTRA = [
  /^[ \t]*(?:post|position|role|job title|vacancy|stelle|poste|puesto|vacante|vacature|functie|vaga|cargo)[ \t]*:[ \t]*([^\n(]{2,60})/gimu,
  /\bapplying (?:to be|as|for(?: the)?) (?:an? )?((?:(?! at | with | in )[^,.;:!\n()]){2,60}?)(?= at | with |[,.;:!\n(]| role| position|$)/giu,
  /\b((?:[\p{Lu}][\p{L}\/&.-]*)(?: (?:[\p{Lu}][\p{L}\/&.-]*|of|and|&|de|für)){0,5}) (?:role|position|vacancy|opening) (?:at|with|bei)\b/gu,
  /(?:for|about|regarding|re:?) (?:the|our|your|a|an) (?:open )?((?:(?! for | the | our | to | with | of the | in the )[^,.;:\n()]){2,60}?) (?:position|role|opening|vacancy|job)\b/giu,
];

export function role(ctx: ExtractContext, companyName: string): string {
  const texts = [ctx.fresh.replace(PLACEHOLDER, '\n')];
  for (const t of texts) {
    for (const r of ROLE_EN_EXTRA) {
      for (const m of t.matchAll(r)) {
        const c = cleanRole(m[1] ?? '');
        if (validRole(c, companyName)) return c;
      }
    }
    for (const lex of LEXICONS.filter((l) => l.lang === 'en' || l.lang === ctx.lang)) {
      for (const src of lex.role) {
        for (const m of t.matchAll(re(`(?<![\\p{L}])(?:${src})`, 'giu'))) {
          const c = cleanRole((m[1] ?? '').split(/ (?:for|at|with|bei|chez|en|bij|na|no) /)[0] ?? '');
          if (validRole(c, companyName)) return c;
        }
      }
    }
  }
  // Subject: "Interview invitation – Product Designer", "Einladung: Werkstudent Marketing".
  const subj = dropPlaceholders((ctx.email.subject ?? '').replace(/^(?:(?:re|aw|fw|fwd|wg|tr|rv|enc)\s*:\s*)+/i, ''));
  const parts = subj.split(/\s+[–—|-]\s+|:\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length >= 2) {
    for (const p of parts) {
      const c = cleanRole(
        p
          .replace(/\s+(?:at|@|bei|chez|en|bij|na)\s+.*$/i, '')
          .replace(/^(?:for|as|als|pour|para|voor)\s+(?:the\s+|a\s+|an\s+)?/i, '')
          // "Backend Engineer interview at Northwind": the role stands before the word.
          .replace(/\s+(?:(?:phone|video|technical|final|first|second|onsite|on-site)\s+)?(?:interview|screening|screen)$/i, ''),
      );
      if (/interview|invitation|einladung|entretien|entrevista|gesprek|gespräch|application|bewerbung|candidature|candidatura|sollicitatie|next steps|availability|schedul|reminder|confirm|termin|convite|uitnodiging|rappel|recordatorio|lembrete/i.test(c)) continue;
      if (companyName && normName(c) === normName(companyName)) continue;
      if (validRole(c, companyName) && /^[\p{Lu}]/u.test(c)) return c;
    }
  }
  const subjFor = /(?:for|als|pour|para|voor)\s+(?:the\s+|a\s+|an\s+|le poste de\s+|la vaga de\s+)?([\p{Lu}][^,;:()\n]{2,50}?)(?:\s+(?:position|role|at|@|bei|chez|en|bij|na)\b|$)/u.exec(subj);
  if (subjFor?.[1]) {
    const c = cleanRole(subjFor[1]);
    if (validRole(c, companyName)) return c;
  }
  return '';
}

// ---------- format, links, location ----------

const FORMAT_RES = {
  video: wordsRe(LEXICONS.flatMap((l) => l.video)),
  phone: wordsRe(LEXICONS.flatMap((l) => l.phone)),
  onsite: wordsRe(LEXICONS.flatMap((l) => l.onsite)),
};
const STRONG_FORMAT: Array<[InterviewFormat, RegExp]> = [
  ['video', /\b(?:video|virtual|zoom|teams|online|remote|google meet|webex)[- ](?:interview|call|meeting|chat|gespräch|interviews?)|video(?:interview|gespräch|gesprek|llamada|chamada|conferência)|visio(?:conférence)?|(?:entretien|entrevista|gesprek|gespräch) (?:en |por |via |per )?(?:vidéo|video|visio|online|zoom|teams|ligne)/iu],
  ['phone', /\b(?:phone|telephone|telefon|téléphonique|telefónica|telefonische?|telefônica|telefone)[- ]?(?:interview|screen|call|gespräch|interviews?)?\b|\b(?:entretien|entrevista|gesprek|gespräch|interview) (?:par |por |per )?(?:téléphone|teléfono|telefoon|telefone|telefon)|telefoninterview|telefonisch|belafspraak|ligação|we(?:'ll| will) call you|call you on/iu],
  ['onsite', /\b(?:on-?site|in[- ]person)\b|same location|come in for|ask (?:reception )?for (?:me|us)|report to (?:the )?(?:main )?reception|held (?:in|at) (?:the|our)|vor ort|dans nos locaux|en présentiel|presencial|op (?:ons )?kantoor|in unserem büro|em nosso escritório|no nosso escritório|at our (?:office|offices|headquarters)|nuestras oficinas/iu],
];

function countMatches(r: RegExp, text: string): number {
  const g = new RegExp(r.source, r.flags.includes('g') ? r.flags : `${r.flags}g`);
  let n = 0;
  for (const _ of text.matchAll(g)) if (++n >= 10) break;
  return n;
}

export function interviewFormat(fresh: string, links: LinkInfo[], subject: string): InterviewFormat {
  const text = `${subject}\n${fresh}`;
  const score: Record<'video' | 'phone' | 'onsite', number> = { video: 0, phone: 0, onsite: 0 };
  for (const [f, r] of STRONG_FORMAT) if (f) score[f as 'video' | 'phone' | 'onsite'] += 3 * Math.min(countMatches(r, text), 2);
  score.video += countMatches(FORMAT_RES.video, text);
  score.phone += countMatches(FORMAT_RES.phone, text);
  score.onsite += countMatches(FORMAT_RES.onsite, text);
  if (links.some((l) => l.tool.startsWith('meeting:'))) score.video += 3;
  if (ADDRESS_RES.some((r) => r.test(fresh))) score.onsite += 3;
  const best = (Object.entries(score) as Array<['video' | 'phone' | 'onsite', number]>).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : '';
}

const ADDRESS_RES: RegExp[] = [
  /\b\d{1,5}[a-z]?\s+(?:[\p{Lu}][\p{L}.'-]*\s){1,4}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Way|Square|Place|Drive|Dr\.?|Court|Row|Wharf|Parkway)\b/u,
  /\b[\p{Lu}][\p{L}-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|damm|ring|ufer)\s+\d{1,4}[a-z]?\b/u,
  /\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|place|quai|allée)\s+[\p{L}' -]{2,40}/iu,
  /\b(?:Calle|C\/|Avenida|Avda\.|Paseo|Plaza|Carrer|Rua|Av\.|Praça|Travessa|Alameda)\s+[\p{L} .'-]{2,40},?\s*(?:n\.?º\s*)?\d{1,4}/u,
  /\b[\p{Lu}][\p{L}-]*(?:straat|gracht|weg|laan|plein|kade|singel|dijk)\s+\d{1,4}[a-z]?\b/u,
];

export function location(fresh: string, links: LinkInfo[]): string {
  const meeting = links.find((l) => l.tool.startsWith('meeting:'));
  for (const line of fresh.split('\n')) {
    if (ADDRESS_RES.some((r) => r.test(line))) return dropPlaceholders(line.replace(/^\s*(?:address|adresse|dirección|adres|endereço|location|ort|lieu|lugar|locatie|local)\s*:\s*/i, '')).slice(0, 160);
  }
  const office = /(?:office|offices|address|located|headquarters|head office|adresse|dirección|adres|endereço|sede|siège|kantoor|büro)(?:\s+is)?(?:\s+at)?\s*:?\s*(\d{1,4}[a-z]?\s+[\p{Lu}][^\n]{2,100})/iu.exec(fresh);
  if (office?.[1]) return dropPlaceholders(office[1].replace(/\s+(?:and|to|for|at \d|on)\s.*$/i, '').replace(/[.;]\s.*$/, '').replace(/[.]$/, '')).slice(0, 160);
  return meeting ? meeting.url : '';
}

// A name, company or role never holds markup, template syntax or a script URL: such a
// candidate is an attack or a broken template, and would end up in the user's reply.
const NOT_PLAIN = /[<>{}]|%=|\$\{|javascript:|data:text\/html/i;
function plainValue(s: string): string {
  const v = dropPlaceholders(s).replace(/\s+javascript$/i, '');
  return NOT_PLAIN.test(v) ? '' : v;
}

export function extractFields(ctx: ExtractContext): ExtractedFields & { timeTexts: string[] } {
  const links = ctx.links ?? findUrls(ctx.fresh);
  const contact = contactName(ctx);
  const exclude = [ctx.email.candidateName ?? '', greetingName(ctx.fresh), contact].filter(Boolean);
  const comp = company(ctx, exclude);
  const r = role(ctx, comp);
  const t = extractTimes(ctx.fresh, ctx.email.receivedAt ?? '', ctx.lang);
  const sched = links.find((l) => l.tool.startsWith('scheduler:'));
  return {
    company: plainValue(comp),
    role: plainValue(r),
    contactName: plainValue(contact),
    proposedTimes: t.times,
    timezone: t.timezone,
    format: interviewFormat(ctx.fresh, links, ctx.email.subject ?? ''),
    schedulingLink: sched ? sched.url : '',
    location: location(ctx.fresh, links),
    timeTexts: t.texts,
  };
}
