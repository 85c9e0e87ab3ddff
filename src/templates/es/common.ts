import type { Ctx } from '../model';
import type { Said, Variants } from '../letters/phrases';
import { informalName } from '../names';
import type { Vars } from '../sanitize';

// No adjectives about the candidate ("encantado/a", "interesado/a"): their gender is unknown,
// so verbs such as "me encantaría" or "le agradezco" carry the feeling.
// Formal register (usted): "Estimada Sra. García:" when the email showed the contact's title,
// "Buenos días, Lucía García:" when it did not. Informal (tú): the first name.
export function greeting(c: Ctx): string {
  const k = c.contact;
  if (c.register === 'informal') return k.full ? `Hola, ${informalName(k)}:` : 'Hola:';
  if (k.gender && k.surname) {
    const dr = /^dr/i.test(k.title);
    const title = k.gender === 'female' ? (dr ? 'Dra.' : 'Sra.') : dr ? 'Dr.' : 'Sr.';
    if (c.tone === 'brief') return `Buenos días, ${title} ${k.surname}:`;
    return `${k.gender === 'female' ? 'Estimada' : 'Estimado'} ${title} ${k.surname}:`;
  }
  if (k.surname && k.given) return `Buenos días, ${k.full}:`;
  return c.tone === 'formal' ? 'Estimado equipo de selección:' : 'Buenos días:';
}

const SIGN_OFF: Record<Ctx['register'], Record<Ctx['tone'], Variants>> = {
  formal: {
    warm: ['Un cordial saludo,', 'Saludos cordiales,', 'Un afectuoso saludo,'],
    formal: ['Atentamente,', 'Reciba un cordial saludo,', 'Cordialmente,'],
    brief: ['Saludos cordiales,', 'Atentamente,', 'Un cordial saludo,'],
  },
  informal: {
    warm: ['Un saludo,', 'Muchos saludos,', 'Un saludo cordial,'],
    formal: ['Un saludo,', 'Saludos cordiales,', 'Saludos,'],
    brief: ['Saludos,', 'Un saludo,', 'Saludos cordiales,'],
  },
};

export function signOff(c: Ctx): Variants {
  return SIGN_OFF[c.register][c.tone];
}

/** For use after "para": "el puesto de Analista en Acme" / "el puesto". */
export function roleRef(v: Vars): string {
  if (v.role && v.company) return `el puesto de ${v.role} en ${v.company}`;
  if (v.role) return `el puesto de ${v.role}`;
  if (v.company) return `el puesto vacante en ${v.company}`;
  return 'el puesto';
}

/** Object of "admiro": "a Acme" (personal a before a name), or "su empresa" / "tu empresa". */
export function admiredObject(v: Vars, polite: boolean): string {
  return v.company ? `a ${v.company}` : polite ? 'su empresa' : 'tu empresa';
}

export const delayApology: Said = {
  polite: ['Le pido disculpas por la demora en responder.', 'Disculpe la tardanza en mi respuesta.', 'Lamento el retraso en responderle.'],
  familiar: ['Te pido disculpas por la demora en responder.', 'Disculpa la tardanza en mi respuesta.', 'Lamento el retraso en responderte.'],
};
