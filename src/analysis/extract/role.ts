// The role applied for: "for the … role" phrases, each language's role patterns, then the
// subject line. Pure, part of the reading core.
import { LEXICONS } from '../lexicon';
import { collapseSpaces, re } from '../util';
import { PLACEHOLDER, dropPlaceholders, type ExtractContext } from './context';
import { normName } from './names';

const ROLE_BAD = /^(?:the|a|an|our|your|this)$|\b(?:interview|call|chat|time|slot|application|next|round|stage|step|you|your|this|that|above|meeting|conversation|process|schedul\w*|position|role|week|day|opportunity|entretien|gespräch|entrevista|gesprek)\b/i;

function cleanRole(s: string): string {
  let r = dropPlaceholders(s)
    .replace(/\s*\((?:[mfwdxhMFWDXH]\s*\/\s*){1,3}[mfwdxhMFWDXH]\)\s*/g, ' ')
    .replace(/\s*\((?:all genders|m\/w\/d|f\/m\/x|h\/f|h\/m)\)/gi, ' ')
    .replace(/^(?:the|our|a|an|open|de|d'|la|le|el|het|o|a)\s+/i, '')
    .replace(/^(?:post|position|role|job) (?:of|as)\s+(?:an?\s+)?/i, '')
    .replace(/\s+(?:position|role|opening|vacancy|job|stelle|poste|puesto|functie|vaga)$/i, '')
    .replace(/^["“„'«]+|["”“'»]+$/g, '');
  r = r.replace(ROLE_CUT, '').replace(/\s+(?:position|role|post|opening|vacancy|job|stelle|poste|puesto|functie|vaga)$/i, '');
  r = collapseSpaces(r);
  return r;
}

const ROLE_CUT = new RegExp(
  `\\s(?:y|e|a|et|und|and|a lieu|le|la|el|am|um|van|op|om|dia|para|pour|for|prevista|previsto|marcad[ao]|agendad[ao]|amanhã|mañana|demain|morgen|tomorrow|on|at|que|qui|die|der|dat|which|who|ist|est|es|é|is|was|has|have|with|mit|avec|con|com|met|this|next|today|heute|hoy|hoje|vandaag|aujourd'hui|(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes|maandag|dinsdag|woensdag|donderdag|vrijdag|segunda|terça|quarta|quinta|sexta)(?![\\p{L}]).*$`,
  'iu',
);

function validRole(r: string, companyName: string): boolean {
  if (r.length < 2 || r.length > 60) return false;
  if (ROLE_BAD.test(r)) return false;
  if (r.split(/\s+/).length > 7) return false;
  if (companyName && normName(r) === normName(companyName)) return false;
  return /[\p{L}]/u.test(r);
}

const ROLE_EN_EXTRA = [
  /^[ \t]*(?:post|position|role|job title|vacancy|stelle|poste|puesto|vacante|vacature|functie|vaga|cargo)[ \t]*:[ \t]*([^\n(]{2,60})/gimu,
  /\bapplying (?:to be|as|for(?: the)?) (?:an? )?((?:(?! at | with | in )[^,.;:!\n()]){2,60}?)(?= at | with |[,.;:!\n(]| role| position|$)/giu,
  /\b((?:[\p{Lu}][\p{L}\/&.-]*)(?: (?:[\p{Lu}][\p{L}\/&.-]*|of|and|&|de|für)){0,5}) (?:role|position|vacancy|opening) (?:at|with|bei)\b/gu,
  /(?:for|about|regarding|re:?) (?:the|our|your|a|an) (?:open )?((?:(?! for | the | our | to | with | of the | in the )[^,.;:\n()]){2,60}?) (?:position|role|opening|vacancy|job)\b/giu,
];

export function role(ctx: ExtractContext, companyName: string): string {
  const texts = [ctx.fresh.replace(PLACEHOLDER, '\n')];
  for (const t of texts) {
    for (const r of ROLE_EN_EXTRA) {
      for (const m of t.matchAll(r)) {
        const c = cleanRole(m[1] ?? '');
        if (validRole(c, companyName)) return c;
      }
    }
    for (const lex of LEXICONS.filter((l) => l.lang === 'en' || l.lang === ctx.lang)) {
      for (const src of lex.role) {
        for (const m of t.matchAll(re(`(?<![\\p{L}])(?:${src})`, 'giu'))) {
          const c = cleanRole((m[1] ?? '').split(/ (?:for|at|with|bei|chez|en|bij|na|no) /)[0] ?? '');
          if (validRole(c, companyName)) return c;
        }
      }
    }
  }
  // Subject: "Interview invitation – Product Designer", "Einladung: Werkstudent Marketing".
  const subj = dropPlaceholders((ctx.email.subject ?? '').replace(/^(?:(?:re|aw|fw|fwd|wg|tr|rv|enc)\s*:\s*)+/i, ''));
  const parts = subj.split(/\s+[–—|-]\s+|:\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length >= 2) {
    for (const p of parts) {
      const c = cleanRole(
        p
          .replace(/\s+(?:at|@|bei|chez|en|bij|na)\s+.*$/i, '')
          .replace(/^(?:for|as|als|pour|para|voor)\s+(?:the\s+|a\s+|an\s+)?/i, '')
          // "Backend Engineer interview at Northwind": the role stands before the word.
          .replace(/\s+(?:(?:phone|video|technical|final|first|second|onsite|on-site)\s+)?(?:interview|screening|screen)$/i, ''),
      );
      if (/interview|invitation|einladung|entretien|entrevista|gesprek|gespräch|application|bewerbung|candidature|candidatura|sollicitatie|next steps|availability|schedul|reminder|confirm|termin|convite|uitnodiging|rappel|recordatorio|lembrete/i.test(c)) continue;
      if (companyName && normName(c) === normName(companyName)) continue;
      if (validRole(c, companyName) && /^[\p{Lu}]/u.test(c)) return c;
    }
  }
  const subjFor = /(?:for|als|pour|para|voor)\s+(?:the\s+|a\s+|an\s+|le poste de\s+|la vaga de\s+)?([\p{Lu}][^,;:()\n]{2,50}?)(?:\s+(?:position|role|at|@|bei|chez|en|bij|na)\b|$)/u.exec(subj);
  if (subjFor?.[1]) {
    const c = cleanRole(subjFor[1]);
    if (validRole(c, companyName)) return c;
  }
  return '';
}
