// How the invitation addresses the candidate (Sie or du, vous or tu, "Dear Ms Morgan" or
// "Hi Sam"), and the signer's gender and title when the email itself shows them ("Frau
// Hoffmann", "Mme Martin", "(she/her)"). The reply then answers in the same register and greets
// the signer as they present themselves. Pure; never guesses a gender from a first name.
import type { Address, ContactGender, Register } from '../shared/types';
import { ADDRESS_VOCABULARY, escapeRe, type AddressVocabulary } from './address-vocabulary';

/** register: '' when the email does not tell (no pronoun, a neutral greeting); contactGender only from a title or pronouns beside the signer's name. */
export type AddressInfo = Address;

const MAX_SCAN = 4000;
const GREETING_WEIGHT = 2;
const PRONOUN_CAP = 6;
// A pronoun says more than a greeting: "Hallo Sam, … Ihre Bewerbung" is still Sie.
const PRONOUN_WEIGHT = 2;

function count(re: RegExp, text: string): number {
  return Math.min(PRONOUN_CAP, Array.from(text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))).length);
}

function anyOf(parts: readonly string[], flags: string): RegExp | null {
  return parts.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, flags) : null;
}

/** The first non-empty lines, where a greeting stands (often under a title line repeating the subject). */
function openingLines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(0, 3);
}

export function detectRegister(fresh: string, lang: string): Register | '' {
  const v: AddressVocabulary | undefined = ADDRESS_VOCABULARY[lang];
  if (!v) return '';
  const text = fresh.slice(0, MAX_SCAN);
  let formal = 0;
  let informal = 0;
  const fg = anyOf(v.formalGreetings, 'iu');
  const ig = anyOf(v.informalGreetings, 'iu');
  const isF = (l: string): boolean => fg !== null && new RegExp(`^(?:${fg.source})`, 'iu').test(l);
  const isI = (l: string): boolean => ig !== null && new RegExp(`^(?:${ig.source})`, 'iu').test(l);
  const first = openingLines(text).find((l) => isF(l) || isI(l)) ?? '';
  const isFormalGreeting = first !== '' && isF(first);
  const isInformalGreeting = first !== '' && !isFormalGreeting && isI(first);
  if (isFormalGreeting) formal += GREETING_WEIGHT;
  else if (isInformalGreeting) informal += GREETING_WEIGHT;
  // Pronouns are written with their case ("Sie" is formal, "sie" is "they"): case-sensitive.
  const fp = anyOf(v.formal, 'u');
  const ip = anyOf(v.informal, 'u');
  // A greeting line is not counted twice; a first line that is no greeting ("Ihr Termin …") is read like the rest.
  const rest = isFormalGreeting || isInformalGreeting ? text.slice(text.indexOf(first) + first.length) : text;
  if (fp) formal += PRONOUN_WEIGHT * count(fp, rest);
  if (ip) informal += PRONOUN_WEIGHT * count(ip, rest);
  if (formal === informal) return '';
  return formal > informal ? 'formal' : 'informal';
}

function surnameOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter((p) => /^\p{L}[\p{L}'’-]*$/u.test(p));
  return parts.length >= 1 ? (parts[parts.length - 1] ?? '') : '';
}

/** The signer's gender and title, from a title right before their family name, or pronouns in their signature. */
export function detectContact(text: string, contactName: string): Pick<AddressInfo, 'contactGender' | 'contactTitle'> {
  const none = { contactGender: '' as ContactGender, contactTitle: '' };
  const all = Object.values(ADDRESS_VOCABULARY);
  const female = all.flatMap((v) => v.femaleTitles);
  const male = all.flatMap((v) => v.maleTitles);
  const academic = ['Dr\\.?', 'Prof\\.?', 'Prof\\.? Dr\\.?', 'Dott\\.(?:ssa)?', 'Dra\\.?'];
  // A title the extraction kept in the name itself ("Frau Katrin Hoffmann") already says it.
  const lead = new RegExp(`^(?:(${female.join('|')})|(${male.join('|')})|(${academic.join('|')}))\\s+`, 'u');
  let rest = contactName.trim();
  let named: ContactGender = '';
  let namedTitle = '';
  for (let m = lead.exec(rest); m; m = lead.exec(rest)) {
    if (m[1]) named ||= 'female';
    else if (m[2]) named ||= 'male';
    else namedTitle ||= m[3] ?? '';
    rest = rest.slice(m[0].length);
  }
  contactName = rest;
  const surname = surnameOf(contactName);
  if (surname.length < 2) return none;
  if (named || namedTitle) return { contactGender: named, contactTitle: namedTitle.replace(/^(Dr|Prof)$/, '$1.') };
  const name = escapeRe(surname);
  const given = contactName.trim().split(/\s+/).slice(0, -1).map(escapeRe).join('\\s+');
  const tail = `(?:(${academic.join('|')})\\s+)?(?:${given ? `${given}\\s+` : ''})?${name}(?![\\p{L}])`;
  const scan = text.slice(0, MAX_SCAN * 2);
  const f = new RegExp(`(?<![\\p{L}])(?:${female.join('|')})\\s+${tail}`, 'u').exec(scan);
  const m = new RegExp(`(?<![\\p{L}])(?:${male.join('|')})\\s+${tail}`, 'u').exec(scan);
  const t = new RegExp(`(?<![\\p{L}])(${academic.join('|')})\\s+(?:${given ? `${given}\\s+` : ''})?${name}(?![\\p{L}])`, 'u').exec(scan);
  let contactGender: ContactGender = '';
  if (f && !m) contactGender = 'female';
  else if (m && !f) contactGender = 'male';
  else if (!f && !m) {
    // Pronouns the signer gives beside their name ("Jane Doe (she/her)").
    const line = scan.split('\n').find((l) => l.includes(surname)) ?? '';
    if (/\b(?:she\/her|sie\/ihr|elle)\b/i.test(line)) contactGender = 'female';
    else if (/\b(?:he\/him|er\/ihm|il\/lui)\b/i.test(line)) contactGender = 'male';
  }
  const title = (f?.[1] ?? m?.[1] ?? t?.[1] ?? '').replace(/\s+/g, ' ');
  return { contactGender, contactTitle: title ? title.replace(/^(Dr|Prof)$/, '$1.') : '' };
}

export function detectAddress(fresh: string, signature: string, lang: string, contactName: string): AddressInfo {
  return { register: detectRegister(fresh, lang), ...detectContact(`${fresh}\n${signature}`, contactName) };
}
