import type { Ctx } from '../model';
import type { Vars } from '../sanitize';
import { firstName } from '../sanitize';

// "Sie" in every tone: German job correspondence stays formal even when it is friendly.
export function greeting(c: Ctx): string {
  const name = c.v.contactName;
  if (c.tone === 'warm') return name ? `Hallo ${firstName(name)},` : 'Hallo,';
  if (c.tone === 'formal') return name ? `Guten Tag ${name},` : 'Sehr geehrte Damen und Herren,';
  return name ? `Guten Tag ${name},` : 'Guten Tag,';
}

// German letters put no comma after the closing formula.
export const signOff = {
  warm: ['Herzliche Grüße', 'Viele Grüße'],
  formal: ['Mit freundlichen Grüßen', 'Freundliche Grüße'],
  brief: ['Beste Grüße', 'Viele Grüße'],
} as const;

/** After "Hallo Jane," the letter continues in lower case; our first words are never nouns. */
export function afterGreeting(p: string): string {
  return p.charAt(0).toLocaleLowerCase('de') + p.slice(1);
}

/** Accusative, for use after "für": "die Stelle als Senior Analyst bei Acme". */
export function roleRef(v: Vars): string {
  if (v.role && v.company) return `die Stelle als ${v.role} bei ${v.company}`;
  if (v.role) return `die Stelle als ${v.role}`;
  if (v.company) return `die ausgeschriebene Stelle bei ${v.company}`;
  return 'die ausgeschriebene Stelle';
}

export function teamRef(v: Vars): string {
  return v.company ? `dem ganzen Team von ${v.company}` : 'Ihrem ganzen Team';
}

export function delayApology(c: Ctx): string {
  return c.pick('de.late', [
    'Bitte entschuldigen Sie, dass ich mich erst jetzt melde.',
    'Bitte verzeihen Sie meine späte Antwort.',
  ]);
}
