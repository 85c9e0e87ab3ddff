// Is this a person's name, and is it the candidate's own? Shared by the contact and the
// company extractors. Pure, part of the reading core.
import { allWords, alt } from '../lexicon';
import { dropPlaceholders } from './context';

/** Hiring tools whose name stands in a sender's name or address (product names, not words). */
const TOOL_NAMES = ['greenhouse', 'lever', 'workday', 'workable', 'ashby', 'smartrecruiters', 'icims', 'jobvite', 'teamtailor', 'recruitee', 'personio', 'bamboohr', 'calendly', 'goodtime'];

/** A team or a machine, not a person: "no-reply", "Recruiting", "Karriere", "Greenhouse". */
export const ROBOT = new RegExp(`\\b(?:${alt([...allWords('teamSenders'), ...TOOL_NAMES])})\\b`, 'i');
const NAME_WORD = "(?:[\\p{Lu}][\\p{Ll}]*(?:['’-][\\p{Lu}]?[\\p{Ll}]+)+|[\\p{Lu}][\\p{Ll}]+\\.?|[\\p{Lu}]\\.)";
const NAME_RE = new RegExp(`^(${NAME_WORD}(?:[ -](?:(?:${alt(allWords('nameParticles'))})\\s)*${NAME_WORD}){0,3})$`, 'u');

const NOT_NAMES = new Set(allWords('notNames'));

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
