import type { Ctx } from '../model';
import type { Said, Variants } from '../letters/phrases';
import { informalName } from '../names';
import type { Vars } from '../sanitize';

// Sentences avoid adjectives about the candidate ("ravi(e)", "désolé(e)"): we do not know their
// gender, so verbs carry the feeling instead.
// Formal register (vous): "Madame," in the formal tone and "Bonjour Madame Martin," otherwise when
// the email showed the contact's title; "Bonjour Julie Martin," when it did not. Informal (tu): the first name.
export function greeting(c: Ctx): string {
  const k = c.contact;
  if (c.register === 'informal') return k.full ? `Bonjour ${informalName(k)},` : 'Bonjour,';
  const civ = k.gender === 'female' ? 'Madame' : k.gender === 'male' ? 'Monsieur' : '';
  if (civ && k.surname) return c.tone === 'formal' ? `${civ},` : `Bonjour ${civ} ${k.surname},`;
  if (k.surname && k.given) return `Bonjour ${k.full},`;
  return c.tone === 'formal' ? 'Madame, Monsieur,' : 'Bonjour,';
}

const SIGN_OFF: Record<Ctx['register'], Record<Ctx['tone'], Variants>> = {
  formal: {
    warm: ['Bien à vous,', 'Très cordialement,', 'Avec mes meilleures salutations,'],
    formal: ['Cordialement,', 'Bien cordialement,', 'Sincères salutations,'],
    brief: ['Cordialement,', 'Bien à vous,', 'Bien cordialement,'],
  },
  informal: {
    warm: ['Bien à toi,', 'Belle journée,', 'Amicalement,'],
    formal: ['Cordialement,', 'Bien cordialement,', 'Très cordialement,'],
    brief: ['Bonne journée,', 'Cordialement,', 'Bien à toi,'],
  },
};

export function signOff(c: Ctx): Variants {
  return SIGN_OFF[c.register][c.tone];
}

/** For use after "pour": "le poste d'Analyste chez Acme" / "ce poste". */
export function roleRef(v: Vars): string {
  const de = v.role && /^[aeiouyàâäéèêëîïôöùûüœæ]/i.test(v.role) ? `d’${v.role}` : `de ${v.role}`;
  if (v.role && v.company) return `le poste ${de} chez ${v.company}`;
  if (v.role) return `le poste ${de}`;
  if (v.company) return `le poste à pourvoir chez ${v.company}`;
  return 'ce poste';
}

export const delayApology: Said = {
  polite: ['Veuillez excuser ma réponse tardive.', 'Je vous prie de m’excuser pour ce retard de réponse.', 'Veuillez m’excuser de ne pas vous avoir répondu plus tôt.'],
  familiar: ['Excuse ma réponse tardive.', 'Pardon pour ce retard de réponse.', 'Excuse-moi de ne pas t’avoir répondu plus tôt.'],
};

/** French puts a no-break space before "?", ":" and "!". */
export const Q = '\u00a0?';
export const COLON = '\u00a0:';
export const BANG = '\u00a0!';
