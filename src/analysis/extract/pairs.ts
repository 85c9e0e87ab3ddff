// "the Data Engineer position at Acme", "die Stelle als Buchhalter bei Acme", "le poste de
// comptable chez Acme", "el puesto de técnico en Acme": the role and the company named
// together, in the eight detection languages. Pure, part of the reading core.
import { personLike, roleLike } from '../fields/shape';

/** A word with its first letter in either case ("[Ff]or"): the role and company captures stay case-sensitive. */
const ci = (w: string): string => w.replace(/^(\p{L})/u, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
const any = (ws: string[]): string => ws.map(ci).join('|');

/** One to six words, no sentence punctuation, maybe in quotes. */
const W = `[^\\s,.;:!?()"“”„«»<>|]`;
const ROLE = `[„"“«]?([\\p{L}\\p{N}]${W}*(?:[ \\t]${W}+){0,5}?)[”"“»]?`;
/** Capitalised words, with the small words organisation names hold ("Hack for LA", "Casa do Parafuso", "Calder & Finch"). */
const CW = `\\p{Lu}[\\p{L}\\p{N}&'’-]*(?:\\.[\\p{L}\\p{N}]+)*`;
const COMPANY = `(${CW}(?:[ \\t](?:&|and|for|of|de|do|da|du|des|del|di|y|e|van|der|${CW})){0,5})`;

interface PairPattern {
  re: RegExp;
  /** The company preposition also introduces a place ("en Madrid", "w Krakowie"): the company needs corroboration. */
  placePrep: boolean;
}

const pattern = (before: string, mid: string, placePrep = false): PairPattern => ({
  re: new RegExp(`(?<![\\p{L}])(?:${before})[ \\t]+${ROLE}[ \\t]+(?:${mid})[ \\t]+${COMPANY}`, 'gu'),
  placePrep,
});

const PATTERNS: PairPattern[] = [
  // English: "for the X position at Y", "the position of X at Y"
  pattern(`(?:${any(['for', 'of', 'as', 'about'])})[ \\t]+(?:${any(['the', 'our', 'a', 'an'])})`, `(?:position|role|job|vacancy|opening|post)(?:[ \\t]+opening)?[ \\t]+(?:at|with|here at)`),
  pattern(`(?:${any(['position', 'role', 'post'])})[ \\t]+(?:of|as)(?:[ \\t]+an?)?`, 'at|with'),
  // German: "Stelle als X bei Y", "als X bei Y"
  pattern(`(?:${any(['Stelle', 'Position', 'Bewerbung', 'Tätigkeit'])})[ \\t]+(?:als|zum|zur)|(?:${any(['als'])})`, 'bei(?:[ \\t]+(?:der|dem|den))?'),
  // French: "poste de X chez Y", "poste d'X au sein de Y"
  pattern(`(?:${any(['poste', 'emploi', 'offre', 'candidature'])})(?:[ \\t]+(?:de|d['’]))?|(?:${any(['poste'])})[ \\t]+d['’]`, `chez|au[ \\t]+sein[ \\t]+(?:de|d['’])(?:[ \\t]+(?:la|l['’]))?`),
  // Spanish: "puesto de X en Y"
  pattern(`(?:${any(['puesto', 'vacante', 'cargo', 'posición'])})[ \\t]+de`, 'en', true),
  // Italian: "posizione di X presso Y"
  pattern(`(?:${any(['posizione', 'ruolo', 'posto', 'candidatura'])})[ \\t]+(?:di|da|come)|(?:${any(['come'])})`, 'presso'),
  pattern(`(?:${any(['posizione', 'ruolo'])})[ \\t]+(?:di|da)`, 'in', true),
  // Dutch: "functie van X bij Y", "als X bij Y"
  pattern(`(?:${any(['functie', 'vacature', 'rol', 'positie'])})[ \\t]+(?:van|als|voor)|(?:${any(['als'])})`, 'bij'),
  // Portuguese: "vaga de X na Y"
  pattern(`(?:${any(['vaga', 'cargo', 'posição', 'função'])})[ \\t]+de`, 'na|no|da|do|em|junto[ \\t]+(?:à|ao)', true),
  // Polish: "stanowisko X w firmie Y"
  pattern(`(?:${any(['stanowisko', 'stanowiska', 'stanowisku'])})`, 'w(?:[ \\t]+(?:firmie|spółce))?', true),
];

const SMALL_END = /(?:[ \t](?:&|and|for|of|de|do|da|du|des|del|di|y|e|van|der))+$/u;
const fold = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]/g, '');

export interface Pair {
  role: string;
  company: string;
}

/** The first role-and-company phrase whose role reads like a job title and whose company is no person; after a
 *  preposition that also introduces a place, the company must be named again or spell the sender's domain. */
let last: { key: string; pair: Pair | undefined } | undefined;
/** The role extractor, the company extractor and the confidence gate ask about the same text: answered once. */
export function rolePair(text: string, senderHost = ''): Pair | undefined {
  const key = `${senderHost}\u0000${text.slice(0, 6000)}`;
  if (last?.key === key) return last.pair;
  const pair = findPair(text.slice(0, 6000), senderHost);
  last = { key, pair };
  return pair;
}

function findPair(t: string, senderHost: string): Pair | undefined {
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(t); m; m = p.re.exec(t)) {
      // A refused candidate may overlap the right one: look again from the next character.
      p.re.lastIndex = m.index + 1;
      // "one of the team for the X position at Y": the shortest role ending at the same company wins.
      for (let n = p.re.exec(t); n && n.index < m.index + m[0].length; n = p.re.exec(t)) {
        if (n.index + n[0].length === m.index + m[0].length) m = n;
        p.re.lastIndex = n.index + 1;
      }
      p.re.lastIndex = m.index + 1;
      const role = (m[1] ?? '').trim();
      const company = (m[2] ?? '').replace(SMALL_END, '').replace(/[.'’-]+$/u, '').trim();
      if (!roleLike(role) || !company || personLike(company) || company.split(/\s+/).length > 6) continue;
      const fc = fold(company);
      const host = fold(senderHost.split('.').slice(-3).join(''));
      const elsewhere = t.split(company).length > 2 || (fc.length >= 4 && host.includes(fc));
      if (p.placePrep && !elsewhere) continue;
      return { role, company };
    }
  }
  return undefined;
}
