import type { Ctx } from '../model';
import type { Vars } from '../sanitize';
import { firstName } from '../sanitize';

// "vous" in every tone. Sentences avoid adjectives about the candidate ("ravi(e)",
// "désolé(e)"): we do not know their gender, so verbs carry the feeling instead.
export function greeting(c: Ctx): string {
  const name = c.v.contactName;
  if (c.tone === 'warm') return name ? `Bonjour ${firstName(name)},` : 'Bonjour,';
  if (c.tone === 'formal') return name ? `Bonjour ${name},` : 'Madame, Monsieur,';
  return name ? `Bonjour ${name},` : 'Bonjour,';
}

export function signOff(c: Ctx): string {
  const words = {
    warm: ['Bien à vous,', 'Très cordialement,'],
    formal: ['Cordialement,', 'Bien cordialement,'],
    brief: ['Cordialement,', 'Bien à vous,'],
  } as const;
  return c.pick('fr.signoff', words[c.tone]);
}

/** For use after "pour": "le poste d'Analyste chez Acme" / "ce poste". */
export function roleRef(v: Vars): string {
  const de = v.role && /^[aeiouyàâäéèêëîïôöùûüœæ]/i.test(v.role) ? `d'${v.role}` : `de ${v.role}`;
  if (v.role && v.company) return `le poste ${de} chez ${v.company}`;
  if (v.role) return `le poste ${de}`;
  if (v.company) return `le poste à pourvoir chez ${v.company}`;
  return 'ce poste';
}

/** " (mardi 14 mai, 10 h)": the time as the email gave it, whatever its shape. */
export function timeNote(v: Vars): string {
  return v.interviewTime ? ` (${v.interviewTime})` : '';
}

export function delayApology(c: Ctx): string {
  return c.pick('fr.late', ['Veuillez excuser ma réponse tardive.', 'Je vous prie de m’excuser pour ce retard de réponse.']);
}

export function subjectTail(v: Vars): string {
  if (v.role && v.company) return ` – ${v.role}, ${v.company}`;
  if (v.role || v.company) return ` – ${v.role || v.company}`;
  return '';
}

/** French puts a no-break space before "?". */
export const Q = '\u00a0?';
