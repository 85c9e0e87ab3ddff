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

export const signOff = {
  warm: ['Bien à vous,', 'Très cordialement,'],
  formal: ['Cordialement,', 'Bien cordialement,'],
  brief: ['Cordialement,', 'Bien à vous,'],
} as const;

/** For use after "pour": "le poste d'Analyste chez Acme" / "ce poste". */
export function roleRef(v: Vars): string {
  const de = v.role && /^[aeiouyàâäéèêëîïôöùûüœæ]/i.test(v.role) ? `d'${v.role}` : `de ${v.role}`;
  if (v.role && v.company) return `le poste ${de} chez ${v.company}`;
  if (v.role) return `le poste ${de}`;
  if (v.company) return `le poste à pourvoir chez ${v.company}`;
  return 'ce poste';
}

export function delayApology(c: Ctx): string {
  return c.pick('fr.late', ['Veuillez excuser ma réponse tardive.', 'Je vous prie de m’excuser pour ce retard de réponse.']);
}

/** French puts a no-break space before "?". */
export const Q = '\u00a0?';
