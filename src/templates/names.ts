// A contact's name taken apart for greetings. Gender comes only from what the email showed
// (a title such as "Frau", "Mme", "Sra.", "Ms", or the caller's contactGender), never from a
// first name: "Sehr geehrte Frau Hoffmann" to a man is worse than "Guten Tag Katrin Hoffmann".
import type { ContactGender } from '../shared/types';
import type { Vars } from './sanitize';

export interface Contact {
  /** The name as given (cleaned), "" when unknown. */
  full: string;
  /** First name, "" when it cannot be told apart ("Hoffmann", "Frau Hoffmann"). */
  given: string;
  /** Family name, "" when it cannot be told apart ("Katrin"). */
  surname: string;
  /** Academic title as written ("Dr.", "Prof. Dr."), "" when none. */
  title: string;
  gender: ContactGender;
}

const FEMALE = /^(?:frau|fr\.|ms\.?|mrs\.?|miss|mme\.?|madame|mlle\.?|mademoiselle|sra\.?|srta\.?|señora|senora|señorita|doña|sig\.ra|signora|mevr\.?|mevrouw|dona)$/i;
const MALE = /^(?:herr|hr\.|mr\.?|m\.|monsieur|sr\.?|señor|senor|don|sig\.?|signor|dhr\.?|meneer)$/i;
const ACADEMIC = /^(?:dr\.?|prof\.?|dott\.?|dott\.ssa|drs\.?|ir\.?)$/i;
// Particles that belong to the family name ("von der Leyen", "de la Fuente", "van Dijk").
const PARTICLE = /^(?:von|vom|zu|van|der|den|de|del|della|di|da|das|dos|du|des|la|le|ten|ter|y)$/i;

/**
 * `lang` decides a three-word name: Spanish writes two family names ("Lucía García López" →
 * "García López"); elsewhere the middle word is a second given name ("Anna Maria Rossi" → "Rossi").
 */
export function parseContact(v: Pick<Vars, 'contactName' | 'contactGender' | 'contactTitle'>, lang = ''): Contact {
  const full = v.contactName;
  let gender: ContactGender = v.contactGender;
  const titles: string[] = v.contactTitle ? [v.contactTitle] : [];
  let parts = full.split(' ').filter(Boolean);
  let honorific = false;
  // "Hoffmann, Katrin": family name first.
  const comma = /^([^,]+),\s*([^,]+)$/.exec(full);
  if (comma && !/[.]/.test(full)) parts = [...(comma[2] ?? '').split(' '), ...(comma[1] ?? '').split(' ')].filter(Boolean);
  while (parts.length > 1) {
    const head = parts[0] ?? '';
    if (FEMALE.test(head)) gender ||= 'female';
    else if (MALE.test(head)) gender ||= 'male';
    else if (ACADEMIC.test(head)) {
      if (!v.contactTitle) titles.push(head);
    } else break;
    if (!ACADEMIC.test(head)) honorific = true;
    parts = parts.slice(1);
  }
  const plain = parts.every((p) => /^\p{L}[\p{L}'’-]*$/u.test(p)) && parts.length <= 4;
  if (!plain || parts.length === 0) return { full, given: '', surname: '', title: titles.join(' '), gender };
  if (parts.length === 1) {
    // One word after "Frau" is a family name; one word alone could be either.
    return { full, given: '', surname: honorific || titles.length ? (parts[0] ?? '') : '', title: titles.join(' '), gender };
  }
  // The first word is the given name; the family name starts at a particle ("Anna Maria von
  // Berg" → "von Berg"), else it is the last word, or everything after the first in Spanish.
  const particle = parts.findIndex((p, i) => i > 0 && PARTICLE.test(p));
  const cut = particle > 0 ? particle : lang === 'es' ? 1 : parts.length - 1;
  return { full, given: parts[0] ?? '', surname: parts.slice(cut).join(' '), title: titles.join(' '), gender };
}

/** The first name for an informal greeting, or the name as given when there is none to tell apart. */
export function informalName(c: Contact): string {
  return c.given || c.full;
}
