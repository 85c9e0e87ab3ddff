import type { Ctx } from '../model';
import type { Said, Variants } from '../letters/phrases';
import { informalName } from '../names';
import type { Vars } from '../sanitize';

// Formal register (Lei, with the courtesy capitals of Italian business letters: "La ringrazio",
// "il Suo team"); informal (tu). "Gentile" fits either gender, so a formal greeting needs no guess:
// "Gentile Sig.ra Rossi," when the email showed the title, "Gentile Anna Rossi," otherwise.
// No adjectives about the candidate ("lieto/a"): their gender is unknown.
export function greeting(c: Ctx): string {
  const k = c.contact;
  if (c.register === 'informal') {
    if (!k.full) return c.tone === 'formal' ? 'Buongiorno,' : 'Ciao,';
    return c.tone === 'formal' ? `Gentile ${informalName(k)},` : `Ciao ${informalName(k)},`;
  }
  if (k.gender && k.surname) {
    const title = k.gender === 'female' ? 'Sig.ra' : 'Sig.';
    return c.tone === 'brief' ? `Buongiorno ${title} ${k.surname},` : `Gentile ${title} ${k.surname},`;
  }
  if (k.surname && k.given) return `Gentile ${k.full},`;
  return c.tone === 'formal' ? 'Gentili Signore e Signori,' : 'Buongiorno,';
}

const SIGN_OFF: Record<Ctx['register'], Record<Ctx['tone'], Variants>> = {
  formal: {
    warm: ['Un cordiale saluto,', 'Cordiali saluti,', 'Con i migliori saluti,'],
    formal: ['Cordiali saluti,', 'Distinti saluti,', 'Con i migliori saluti,'],
    brief: ['Cordiali saluti,', 'Saluti,', 'Un cordiale saluto,'],
  },
  informal: {
    warm: ['Un caro saluto,', 'A presto,', 'Un saluto cordiale,'],
    formal: ['Un saluto,', 'Cordiali saluti,', 'Un cordiale saluto,'],
    brief: ['Un saluto,', 'Saluti,', 'Buona giornata,'],
  },
};

export function signOff(c: Ctx): Variants {
  return SIGN_OFF[c.register][c.tone];
}

/** After "per": "la posizione di Senior Analyst presso Acme" / "la posizione". */
export function roleRef(v: Vars): string {
  if (v.role && v.company) return `la posizione di ${v.role} presso ${v.company}`;
  if (v.role) return `la posizione di ${v.role}`;
  if (v.company) return `la posizione aperta presso ${v.company}`;
  return 'la posizione';
}

export const delayApology: Said = {
  polite: ['Mi scusi per il ritardo con cui rispondo.', 'Le chiedo scusa per la risposta tardiva.', 'Mi scusi se rispondo solo ora.'],
  familiar: ['Scusami per il ritardo con cui rispondo.', 'Ti chiedo scusa per la risposta tardiva.', 'Scusami se rispondo solo ora.'],
};
