// Where the on-site interview is, read only from a structure that holds a place: a labelled
// line ("Location: …", "Ort …", "📍 Location" above its value), a street address (street and
// number) or an office phrase ("our office is at 12 …"). Never a URL, a meeting tool, a phone
// number or a sentence. Pure, part of the reading core.
import type { LinkInfo } from '../ats';
import { EN, LEXICONS, allWords, alt } from '../lexicon';
import { wordsRe } from '../util';
import { dropPlaceholders, signoffLine } from './context';

export const ADDRESS_RES: readonly RegExp[] = LEXICONS.flatMap((l) => l.streets ?? []);
const ADDRESS_LABEL = new RegExp(`^\\s*(?:${alt(allWords('addressLabels'))})\\s*:\\s*`, 'i');
/** A place label at the start of a line (after a bullet or an emoji, "**" of markdown). */
const PLACE_LABEL = new RegExp(`^[^\\p{L}\\d]*(?:(?:${alt(allWords('interview'))})\\s+|(?:online )?link\\s*/\\s*)?(?:${alt(allWords('addressLabels'))})(?![\\p{L}])[*\\s]*`, 'iu');
/** "Our office is at 12 Harbour Street": the office words, then English-only "is" / "at". */
const OFFICE = new RegExp(
  `(?:${alt(allWords('officeWords'))})${(EN.officeJoins ?? []).map((w) => `(?:\\s+${w})?`).join('')}\\s*:?\\s*(\\d{1,4}[a-z]?\\s+[\\p{Lu}][^\\n]{2,100})`,
  'iu',
);
/** English-only today: where an office address in running text ends ("… and parking …"). */
const ADDRESS_END = new RegExp(`\\s+(?:${alt(EN.addressEnds ?? [])})\\s.*$`, 'i');
/** A value that names no place: a meeting tool, remote work, a phone call. */
const NOT_PLACE = wordsRe([...LEXICONS.flatMap((l) => l.video), ...LEXICONS.flatMap((l) => l.phone), 'link', 'lien', 'enlace', 'url', 'https?', 'www',
  // Remote or undecided, in any language: no place to write into a reply.
  'online', 'remote(?:ly)?', 'virtual(?:ly)?', 'phone', 'call', 'tb[acd]', 'to be (?:confirmed|announced|determined|decided)', 'n/a', 'see (?:below|above)', 'hybrid',
  'skype', 'whereby', 'jitsi', 'webex', 'gotomeeting', 'hangouts?', 'bluejeans', 'ringcentral', 'whatsapp', 'slack', 'discord', 'chime', 'meet']);
/** The index of the first sign-off line (lines.length when there is none): below it an address is the company's, not the interview's. */
export function footerStart(lines: readonly string[]): number {
  const i = lines.findIndex(signoffLine);
  return i < 0 ? lines.length : i;
}
/** "Previous time: 3 March 10:00", "Original interview:": a block about the slot a reschedule moves away from (a line with a date or a heading). */
const PREVIOUS = new RegExp(`(?:${allWords('previousSlotWords').map((w) => `(?<![\\p{L}])${w}`).join('|')})(?![\\p{L}])`, 'iu');
const previousSlot = (l: string): boolean => PREVIOUS.test(l) && (/\d/.test(l) || /:\s*$/.test(l));
/** Words that make a line about this interview's place: an address label, an office word, the interview itself. */
const PLACE_CONTEXT = wordsRe([...allWords('addressLabels'), ...allWords('officeWords'), ...allWords('interview')]);

/** "** Second Chance Paws, 220 Mill Road **", "Greenway Market, 455 N Halsted St" → the place itself. */
const clean = (v: string): string => dropPlaceholders(v.replace(/\*\*|__/g, ' ')).replace(/[\s·•|–-]+$/u, '').slice(0, 160);
/** A sentence after a place: a full stop or a semicolon after a word or a house number, then a capitalised word. */
const SENTENCE_AFTER = /(?<=\p{L}{4}|\d\w*)[.;]\s+\p{Lu}\p{Ll}.*$|;.*$/u;
/** The value without its final full stop. */
const unstop = (v: string): string => v.replace(/\s*\.$/, '');

/** Reads like a place, not like a sentence: no sentence ending without a digit ("Please arrive at the HR Office."), starts with a capital or a digit. */
function placeLike(v: string): boolean {
  if (v.length < 3 || NOT_PLACE.test(v)) return false;
  if (!/^[\p{Lu}\d]/u.test(v)) return false;
  if (/[.!?]$/.test(v) && !/\d/.test(v) && v.split(/\s+/).length >= 3) return false;
  // Running text, not an address: "Du erhältst eine E-Mail mit einem Bestätigungslink" (an address has few lower-case words).
  const words = v.split(/\s+/);
  const lower = words.filter((w) => /^\p{Ll}{2,}/u.test(w)).length;
  if (!/\d/.test(v) ? lower >= 3 : lower >= 5 && lower / words.length > 0.5) return false;
  return true;
}

/** A contact block or legal footer: a phone number, an e-mail address, a web address, a copyright or an unsubscribe line. */
const CONTACT_LINE = /(?:\+?\d[\d ()./-]{7,}\d)|[\w.+-]+@[\w-]+\.|https?:\/\/|www\.|©|\(c\)\s*\d{4}|all rights reserved|unsubscribe|registered (?:office|in)|company (?:no|number)|handelsregister|amtsgericht|\bsiret\b|\bnip\b|\bkvk\b|\bcin\b|p\.?\s?iva|vat (?:no|number)/i;
/** An address in a contact block (two of the four lines around it are contact lines, or its own line is one) is the company's, not this interview's. */
export function inContactBlock(lines: readonly string[], i: number): boolean {
  if (CONTACT_LINE.test((lines[i] ?? '').replace(/\b\d{1,4}[a-z]?\s+\p{Lu}.*$/u, ''))) return true;
  const near = [lines[i - 2], lines[i - 1], lines[i + 1], lines[i + 2]].filter((l): l is string => !!l && l.trim() !== '');
  return near.filter((l) => CONTACT_LINE.test(l)).length >= 2;
}
/** Labels of a postal address ("Address:", "Adresse:"), unlike "Location:" or "Ort:": in a contact block they give the company's. */
const POSTAL_LABEL = /^[^\p{L}\d]*(?:address|adresse|anschrift|indirizzo|dirección|direccion|adres|endereço|endereco)\b/iu;

/** A bare label's value: the next line, and, when that names a building or a firm without a number ("Acme GmbH"),
 *  the address lines right below it ("Hafenstraße 12" / "47119 Duisburg") up to a blank or a labelled line. */
function blockBelow(lines: readonly string[], i: number): string {
  let j = i + 1;
  while (j < lines.length && (lines[j] ?? '').trim() === '') j++;
  const first = (lines[j] ?? '').trim();
  if (!first || /\d/.test(first)) return first;
  const more: string[] = [];
  for (let k = j + 1; k < Math.min(lines.length, j + 4); k++) {
    const l = (lines[k] ?? '').trim();
    if (!l || l.length > 60 || /:/.test(l) || !/\d/.test(l) || CONTACT_LINE.test(l.replace(/\b\d{1,4}[a-z]?\s+\p{Lu}.*$/u, '').replace(/^\d{4,5}\s+\p{Lu}.*$/u, ''))) break;
    more.push(l);
  }
  return [first, ...more].join(', ');
}

/** The value of a labelled place line: after "Label:" on the line, the next line below a bare label, or after a
 *  label without a colon when the rest has a digit (a calendar card's "Ort Sparkasse, Am Markt 3, 27283 Verden"). */
export function labelledPlace(lines: string[], end = footerStart(lines)): string {
  for (let i = 0; i < end; i++) {
    const line = (lines[i] ?? '').trim();
    const m = PLACE_LABEL.exec(line);
    if (!m) continue;
    const rest = line.slice(m[0].length);
    const inline = /^:/.test(rest) ? rest.replace(/^:[*\s]*/, '') : rest;
    const value = inline ? (/^:/.test(rest) || /\d/.test(rest) ? inline : '') : blockBelow(lines, i);
    // The place ends where a sentence starts ("Acme House, 12 Mill Lane. Please arrive ten minutes early.").
    const v = clean(value.replace(SENTENCE_AFTER, ''));
    // The place of the slot being moved away from ("Previous time: … Location: …") is not this interview's.
    if (lines.slice(Math.max(0, i - 3), i + 1).some(previousSlot)) continue;
    if (POSTAL_LABEL.test(line) && inContactBlock(lines, i)) continue;
    if (placeLike(v)) return unstop(v);
  }
  return '';
}

/** The address inside a longer line: from the street match (or its house number) to the end of the address. */
function addressSpan(line: string, r: RegExp): string {
  const m = r.exec(line);
  if (!m) return '';
  const before = line.slice(0, m.index);
  // Text before the street that is not part of the address ("The interview is at …") is dropped; a name
  // of a building or an organisation before a comma is kept ("Fernbrook Care, 14 Mill Lane").
  const words = before.split(/\s+/).filter(Boolean);
  const lower = words.some((w) => /^\p{Ll}{2,}$/u.test(w));
  // After running text, the address starts at its clause ("… our Hamburg office, Am Sandtorkai 12") or at the street itself.
  const clause = Math.max(before.lastIndexOf(','), before.lastIndexOf('('), before.lastIndexOf(':'));
  const start = !lower ? 0 : clause >= 0 && !/\p{Ll}{2,}/u.test(before.slice(clause + 1).replace(/\b(?:am|an|im|in|auf|der|dem|den)\b/giu, '')) ? clause + 1 : m.index;
  // The address ends where a sentence does ("… Leeds LS2 7DJ. Please bring …"), not at "Av. " or "St. ".
  const span = line.slice(start);
  return (span.includes('(') ? span : span.replace(/\).*$/u, '')).replace(ADDRESS_END, '').replace(SENTENCE_AFTER, '').trim();
}

export function location(fresh: string, _links: LinkInfo[]): string {
  const lines = fresh.split('\n');
  const end = footerStart(lines);
  const labelled = labelledPlace(lines, end);
  if (labelled) return labelled;
  // A street address without a label only above the sign-off, and only where its line or the few lines
  // above it speak of the place or the interview ("À l'adresse suivante :", "the interview is at …").
  for (let i = 0; i < end; i++) {
    const line = lines[i] ?? '';
    const r = ADDRESS_RES.find((x) => x.test(line));
    if (!r) continue;
    const near = lines.slice(Math.max(0, i - 4), i + 1);
    if (!near.some((l) => PLACE_CONTEXT.test(l)) || near.some(previousSlot) || inContactBlock(lines, i)) continue;
    return unstop(clean(addressSpan(line.replace(ADDRESS_LABEL, ''), r)));
  }
  const head = lines.slice(0, end).join('\n');
  const office = OFFICE.exec(head);
  if (office?.[1] && !inContactBlock(lines, head.slice(0, office.index).split('\n').length - 1)) return clean(office[1].replace(ADDRESS_END, '').replace(/[.;]\s.*$/, '').replace(/[.]$/, ''));
  return '';
}
