// The role in an interview's title: "Interview: Data Engineer", "Second interview - Payroll
// Specialist", "Vorstellungsgespräch Projektleiter Vertrieb", "Colloquio conoscitivo – Addetta
// paghe", "Rozmowa kwalifikacyjna - Analityk" (calendar events, booking pages, subjects). Kept only
// when it reads like a job title. Pure, part of the reading core.
import { allWords, alt } from '../lexicon';
import { roleLike } from '../fields/shape';

/** Words that qualify the interview and belong to no role ("conoscitivo", "di selezione", "técnica"). */
const QUALIFIERS = [
  'conoscitivo', 'di selezione', 'tecnico', 'finale', 'individuale', 'telefonico', 'di gruppo', 'online', 'video', 'final', 'technical',
  'phone', 'telefónica', 'técnica', 'de selección', 'personal', 'telefonique', 'technique', 'de recrutement', "d'embauche", 'telefonisch',
  'persönliches', 'técnica', 'de emprego', 'telefônica', 'kwalifikacyjna', 'rekrutacyjna', 'telefoniczna', 'techniczna',
];
const NOUN = `(?:${alt(allWords('interview'))})(?:[ \\t]+(?:${alt(QUALIFIERS)}))*`;
/** Between the interview and the role: a colon or a dash, "for (the)", "für (die)", "pour (le)", … or a space. */
const SEP = `([ \\t]*[:–—-][ \\t]*|[ \\t]+(?:for|für|pour|per|voor|para|dla|na stanowisko|als|como|come|comme)(?:[ \\t]+(?:the|a|an|die|den|le|la|l'|el|il|de|o|a))?[ \\t]+|[ \\t]+)`;
/** The role runs to the end of the title: a quote, a sentence mark, a new line, a spaced dash. */
const ROLE = `([^\\n"“”„«»:;,.!?()|]{2,70}?)(?=[ \\t]*(?:["“”„«»:;,.!?()|\\n]|[ \\t][–—-][ \\t]|$))`;
const TITLE = new RegExp(`(?<![\\p{L}])${NOUN}${SEP}${ROLE}`, 'giu');
/** Where the title's role ends inside running text ("… Junior Data Engineer meeting", "… with Jane Doe"). */
const CUT = /\s+(?:meeting|event|with|met|mit|avec|con|com|z|at|bei|chez|presso|bij|on|am|le|el|il|created|has|hat|ha|is|wurde|werd|została|foi|fue|eingeladen|position|role|job|vacancy|opening|stelle|poste|puesto|posizione|functie|vaga|stanowisko|interview|en|em|na|no|w|op|van|om|alle|às|prevista|previsto|prévu|prévue|geplant|gepland|programad[ao]|agendad[ao]|zaplanowan\w*|fissat[oa]|tomorrow|today|mañana|amanhã|domani|demain|morgen|jutro|oggi|hoy|hoje|heute|vandaag|verzetten|verschieben|reprogramar|riprogrammare|reschedule|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![\p{L}]).*$/iu;

/** "Posición de Analista", "Poste de Développeuse": the job noun before the title is no part of it. */
const LEAD = /^(?:position|role|post|job|stelle|poste|puesto|posición|posicion|posizione|ruolo|functie|vacature|vaga|cargo|stanowisko)(?:\s+(?:of|as|als|de|d'|di|van))?\s+/iu;

const STAGE = /^(?:(?:the|a|an|with)\s+)?(?:hiring manager|recruiter|recruiting|hr|team lead|the team|panel|founder|ceo|cto)$/i;

/** The first role an interview title names, or "". */
let last: { key: string; role: string } | undefined;
export function titleRole(texts: string[]): string {
  const key = texts.join('\u0000');
  if (last?.key !== key) last = { key, role: findTitle(texts) };
  return last.role;
}

function findTitle(texts: string[]): string {
  for (const t of texts) {
    TITLE.lastIndex = 0;
    for (let m = TITLE.exec(t); m; m = TITLE.exec(t)) {
      TITLE.lastIndex = m.index + 1;
      // After a bare space the role must start with a capital ("Vorstellungsgespräch Projektleiter Vertrieb").
      if (/^[ \t]+$/.test(m[1] ?? '') && !/^\p{Lu}/u.test(m[2] ?? '')) continue;
      const r = (m[2] ?? '').replace(CUT, '').replace(LEAD, '').replace(/[\s'’-]+$/u, '').trim();
      // "Interview: Hiring Manager", "Interview – Recruiter": who interviews, not the job.
      if (r && roleLike(r) && !STAGE.test(r)) return r;
    }
  }
  return '';
}
