import type { Ctx } from '../model';
import type { Said, Variants } from '../letters/phrases';
import { informalName } from '../names';
import type { Vars } from '../sanitize';

// Brazilian Portuguese. Business mail uses "você" (verbs in the third person) in both
// registers, so the register shows in the greeting and the sign-off, not in a pronoun: formal
// "Prezada Sra. Silva," when the email showed the title, "Bom dia, Ana Silva," otherwise;
// informal "Olá, Ana,". No "obrigado/obrigada", no adjective about the candidate: their gender is
// unknown, so "agradeço" carries the thanks.
export function greeting(c: Ctx): string {
  const k = c.contact;
  if (c.register === 'informal') return k.full ? `Olá, ${informalName(k)},` : 'Olá,';
  if (k.gender && k.surname) {
    const title = k.gender === 'female' ? 'Sra.' : 'Sr.';
    if (c.tone === 'brief') return `Bom dia, ${title} ${k.surname},`;
    return `${k.gender === 'female' ? 'Prezada' : 'Prezado'} ${title} ${k.surname},`;
  }
  if (k.surname && k.given) return `Bom dia, ${k.full},`;
  return c.tone === 'formal' ? 'Prezados,' : 'Bom dia,';
}

const SIGN_OFF: Record<Ctx['register'], Record<Ctx['tone'], Variants>> = {
  formal: {
    warm: ['Cordialmente,', 'Saudações cordiais,', 'Um cordial abraço,'],
    formal: ['Atenciosamente,', 'Cordialmente,', 'Respeitosamente,'],
    brief: ['Atenciosamente,', 'Cordialmente,', 'Saudações,'],
  },
  informal: {
    warm: ['Abraços,', 'Um abraço,', 'Um grande abraço,'],
    formal: ['Cordialmente,', 'Abraços,', 'Saudações,'],
    brief: ['Abraços,', 'Até mais,', 'Um abraço,'],
  },
};

export function signOff(c: Ctx): Variants {
  return SIGN_OFF[c.register][c.tone];
}

/** After "para": "a vaga de Senior Analyst na empresa Acme" / "a vaga". */
export function roleRef(v: Vars): string {
  // "na empresa Acme": the company's own gender ("no Grupo X", "na Natura") is unknown.
  if (v.role && v.company) return `a vaga de ${v.role} na empresa ${v.company}`;
  if (v.role) return `a vaga de ${v.role}`;
  if (v.company) return `a vaga na empresa ${v.company}`;
  return 'a vaga';
}

export const delayApology: Said = ['Peço desculpas pela demora em responder.', 'Desculpe a resposta tardia.', 'Lamento a demora na minha resposta.'];
