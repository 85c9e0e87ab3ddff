// Is this a person's name, and is it the candidate's own? Shared by the contact and the
// company extractors. Pure, part of the reading core.
import { dropPlaceholders } from './context';

export const ROBOT = /\b(?:no-?reply|do-?not-?reply|noreply|notifications?|mailer|team|recruit\w*|talent|careers?|jobs?|hiring|hr|people|human resources|personal\w*|karriere|bewerbermanagement|recrutement|rh|recursos humanos|reclutamiento|werving|vacatures|recrutamento|admin|support|info|system|calendar|scheduling|scheduler|bot|greenhouse|lever|workday|workable|ashby|smartrecruiters|icims|jobvite|teamtailor|recruitee|personio|bamboohr|calendly|goodtime|via)\b/i;
const NAME_WORD = "(?:[\\p{Lu}][\\p{Ll}]*(?:['’-][\\p{Lu}]?[\\p{Ll}]+)+|[\\p{Lu}][\\p{Ll}]+\\.?|[\\p{Lu}]\\.)";
const NAME_RE = new RegExp(`^(${NAME_WORD}(?:[ -](?:(?:van|von|de|da|der|den|del|di|dos|das|le|la|ten|ter)\\s)*${NAME_WORD}){0,3})$`, 'u');

const NOT_NAMES = new Set(
  'Thanks Thank Best Regards Cheers Kind Warm Sincerely Team Recruiting Talent Hiring Careers Monday Tuesday Wednesday Thursday Friday Saturday Sunday Zoom Teams Google Meet Calendly Interview Interviews The Our Your Please Looking Hello Hi Dear Viele Grüße Mit Freundlichen Beste Cordialement Saludos Atentamente Groeten Atenciosamente Abraços Obrigado Obrigada Gracias Merci Danke Bedankt Phone Mobile Tel Email Office Address Date Time Location Subject Re Fwd Note Sent Reminder Partner Manager Director Recruiter Lead Head Coordinator Specialist Senior Junior Engineer Consultant Advisor Officer Assistant Founder Producer Editor Executive Principal Associate Chief President Owner Ops Operations Marketing Sales Engineering Finance Department Service Services Group Company Studio Office Support People Personalabteilung Recursos Humanos Recrutamento Abraços Saludos Un Ihr Ihre Dein Equipe Equipo Team'.split(
    ' ',
  ),
);

export function looksLikeName(s: string): boolean {
  const t = s.trim();
  if (t.length < 2 || t.length > 50) return false;
  if (!NAME_RE.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.some((w) => NOT_NAMES.has(w.replace(/[.,]$/, '')))) return false;
  if (ROBOT.test(t)) return false;
  return true;
}

export function normName(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z ]/g, '').trim();
}

export function isCandidate(name: string, candidates: string[]): boolean {
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
export function namePart(line: string): string {
  const t = dropPlaceholders(line).replace(/^[\s*_~-]+|[\s*_~]+$/g, '');
  const cut = t.split(/\s*(?:\||,|–|—|\s-\s|\(|·|•|\/)\s*/)[0] ?? '';
  return cut.trim();
}
