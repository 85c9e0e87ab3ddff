import type { Ctx } from '../model';
import type { Said, Variants } from '../letters/phrases';
import { informalName } from '../names';
import type { Vars } from '../sanitize';

/** "Frau Dr. Hoffmann" / "Herr Lee", or "" when the email did not show the contact's gender. */
function salutationName(c: Ctx): string {
  const { gender, title, surname } = c.contact;
  if (!gender || !surname) return '';
  return `${gender === 'female' ? 'Frau' : 'Herr'} ${title ? `${title} ` : ''}${surname}`;
}

// Formal register (Sie): "Sehr geehrte Frau Hoffmann," where the gender is known, the neutral
// "Guten Tag Katrin Hoffmann," where it is not, never the first name. Informal (du): the first name.
export function greeting(c: Ctx): string {
  const k = c.contact;
  if (c.register === 'informal') {
    if (k.full === '') return 'Hallo,';
    const name = informalName(k);
    if (c.tone === 'warm' && k.gender) return `${k.gender === 'female' ? 'Liebe' : 'Lieber'} ${name},`;
    return `Hallo ${name},`;
  }
  const sal = salutationName(c);
  if (sal) {
    if (c.tone === 'formal') return `${k.gender === 'female' ? 'Sehr geehrte' : 'Sehr geehrter'} ${sal},`;
    if (c.tone === 'warm') return `${k.gender === 'female' ? 'Liebe' : 'Lieber'} ${sal},`;
    return `Guten Tag ${sal},`;
  }
  if (k.surname && k.given) return `Guten Tag ${k.full},`;
  return c.tone === 'formal' ? 'Sehr geehrte Damen und Herren,' : 'Guten Tag,';
}

// German letters put no comma after the closing formula.
const SIGN_OFF: Record<Ctx['register'], Record<Ctx['tone'], Variants>> = {
  formal: {
    warm: ['Herzliche Grüße', 'Viele Grüße', 'Mit herzlichen Grüßen'],
    formal: ['Mit freundlichen Grüßen', 'Freundliche Grüße', 'Mit besten Grüßen'],
    brief: ['Beste Grüße', 'Viele Grüße', 'Freundliche Grüße'],
  },
  informal: {
    warm: ['Liebe Grüße', 'Herzliche Grüße', 'Viele liebe Grüße'],
    formal: ['Viele Grüße', 'Beste Grüße', 'Schöne Grüße'],
    brief: ['Viele Grüße', 'Beste Grüße', 'Grüße'],
  },
};

export function signOff(c: Ctx): Variants {
  return SIGN_OFF[c.register][c.tone];
}

/** After "Sehr geehrte Frau Hoffmann," the letter continues in lower case, except for "Sie", "Ihr…" and nouns. */
export function afterGreeting(p: string): string {
  if (/^(?:Sie|Ihr\p{L}*|Ihnen)\b/u.test(p)) return p;
  return p.charAt(0).toLocaleLowerCase('de') + p.slice(1);
}

/** Accusative, for use after "für": "die Stelle als Senior Analyst bei Acme". */
export function roleRef(v: Vars): string {
  if (v.role && v.company) return `die Stelle als ${v.role} bei ${v.company}`;
  if (v.role) return `die Stelle als ${v.role}`;
  if (v.company) return `die ausgeschriebene Stelle bei ${v.company}`;
  return 'die ausgeschriebene Stelle';
}

/** Dative, after "Ihnen und": "dem ganzen Team von Acme" / "Ihrem ganzen Team". */
export function teamRef(v: Vars, polite: boolean): string {
  if (v.company) return `dem ganzen Team von ${v.company}`;
  return polite ? 'Ihrem ganzen Team' : 'deinem ganzen Team';
}

export const delayApology: Said = {
  polite: ['Bitte entschuldigen Sie, dass ich mich erst jetzt melde.', 'Bitte verzeihen Sie meine späte Antwort.', 'Entschuldigen Sie bitte, dass ich nicht früher geantwortet habe.'],
  familiar: ['Entschuldige bitte, dass ich mich erst jetzt melde.', 'Entschuldige bitte meine späte Antwort.', 'Entschuldige bitte, dass ich nicht früher geantwortet habe.'],
};
