import type { Ctx } from '../model';
import type { Vars } from '../sanitize';
import { firstName } from '../sanitize';

// "usted" in every tone. No adjectives about the candidate ("encantado/a", "interesado/a"):
// their gender is unknown, so verbs such as "me encantaría" or "le agradezco" carry the feeling.
export function greeting(c: Ctx): string {
  const name = c.v.contactName;
  if (c.tone === 'warm') return name ? `Hola, ${firstName(name)}:` : 'Hola:';
  if (c.tone === 'formal') return name ? `Buenos días, ${name}:` : 'Estimado equipo de selección:';
  return name ? `Buenos días, ${name}:` : 'Buenos días:';
}

export const signOff = {
  warm: ['Un cordial saludo,', 'Un saludo afectuoso,'],
  formal: ['Atentamente,', 'Reciba un cordial saludo,'],
  brief: ['Saludos cordiales,', 'Atentamente,'],
} as const;

/** For use after "para": "el puesto de Analista en Acme" / "el puesto". */
export function roleRef(v: Vars): string {
  if (v.role && v.company) return `el puesto de ${v.role} en ${v.company}`;
  if (v.role) return `el puesto de ${v.role}`;
  if (v.company) return `el puesto vacante en ${v.company}`;
  return 'el puesto';
}

/** Object of "admiro": "a Acme" (personal a before a name), or "su empresa". */
export function admiredObject(v: Vars): string {
  return v.company ? `a ${v.company}` : 'su empresa';
}

export function delayApology(c: Ctx): string {
  return c.pick('es.late', ['Le pido disculpas por la demora en responder.', 'Disculpe la tardanza en mi respuesta.']);
}
