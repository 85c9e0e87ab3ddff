import type { Ctx } from '../model';
import type { Said, Variants } from '../letters/phrases';
import { informalName } from '../names';
import type { Vars } from '../sanitize';

/** "de Vries" → "De Vries": the particle takes a capital when no first name comes before it. */
function bare(surname: string): string {
  return surname.charAt(0).toLocaleUpperCase('nl') + surname.slice(1);
}

// Formal register (u): "Geachte mevrouw De Vries," when the email showed the title, the
// gender-neutral "Geachte Anna de Vries," otherwise; informal (je): "Beste Anna,".
export function greeting(c: Ctx): string {
  const k = c.contact;
  if (c.register === 'informal') {
    if (!k.full) return 'Hallo,';
    return c.tone === 'brief' ? `Hallo ${informalName(k)},` : `Beste ${informalName(k)},`;
  }
  if (k.gender && k.surname) {
    const title = k.gender === 'female' ? 'mevrouw' : c.tone === 'formal' ? 'heer' : 'meneer';
    return `${c.tone === 'formal' ? 'Geachte' : 'Beste'} ${title} ${bare(k.surname)},`;
  }
  if (k.surname && k.given) return `${c.tone === 'formal' ? 'Geachte' : 'Beste'} ${k.full},`;
  return c.tone === 'formal' ? 'Geachte heer, mevrouw,' : 'Goedendag,';
}

const SIGN_OFF: Record<Ctx['register'], Record<Ctx['tone'], Variants>> = {
  formal: {
    warm: ['Hartelijke groet,', 'Met vriendelijke groet,', 'Met hartelijke groet,'],
    formal: ['Met vriendelijke groet,', 'Met vriendelijke groeten,', 'Hoogachtend,'],
    brief: ['Met vriendelijke groet,', 'Vriendelijke groet,', 'Met groet,'],
  },
  informal: {
    warm: ['Hartelijke groet,', 'Veel groeten,', 'Warme groet,'],
    formal: ['Met vriendelijke groet,', 'Vriendelijke groet,', 'Met hartelijke groet,'],
    brief: ['Groet,', 'Vriendelijke groet,', 'Groeten,'],
  },
};

export function signOff(c: Ctx): Variants {
  return SIGN_OFF[c.register][c.tone];
}

/** After "voor": "de functie van Senior Analyst bij Acme" / "de functie". */
export function roleRef(v: Vars): string {
  if (v.role && v.company) return `de functie van ${v.role} bij ${v.company}`;
  if (v.role) return `de functie van ${v.role}`;
  if (v.company) return `de vacature bij ${v.company}`;
  return 'de functie';
}

export const delayApology: Said = {
  polite: ['Excuses voor mijn late reactie.', 'Neemt u mij niet kwalijk dat ik pas nu reageer.', 'Het spijt me dat mijn reactie wat vertraging heeft opgelopen.'],
  familiar: ['Excuses voor mijn late reactie.', 'Sorry dat ik pas nu reageer.', 'Het spijt me dat ik niet eerder heb gereageerd.'],
};
