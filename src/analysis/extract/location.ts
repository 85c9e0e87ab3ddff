// Where the interview is: a street address in the text, an office line, else the meeting
// link. Pure, part of the reading core.
import type { LinkInfo } from '../ats';
import { dropPlaceholders } from './context';

export const ADDRESS_RES: RegExp[] = [
  /\b\d{1,5}[a-z]?\s+(?:[\p{Lu}][\p{L}.'-]*\s){1,4}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Way|Square|Place|Drive|Dr\.?|Court|Row|Wharf|Parkway)\b/u,
  /\b[\p{Lu}][\p{L}-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|damm|ring|ufer)\s+\d{1,4}[a-z]?\b/u,
  /\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|place|quai|allée)\s+[\p{L}' -]{2,40}/iu,
  /\b(?:Calle|C\/|Avenida|Avda\.|Paseo|Plaza|Carrer|Rua|Av\.|Praça|Travessa|Alameda)\s+[\p{L} .'-]{2,40},?\s*(?:n\.?º\s*)?\d{1,4}/u,
  /\b[\p{Lu}][\p{L}-]*(?:straat|gracht|weg|laan|plein|kade|singel|dijk)\s+\d{1,4}[a-z]?\b/u,
];

export function location(fresh: string, links: LinkInfo[]): string {
  const meeting = links.find((l) => l.tool.startsWith('meeting:'));
  for (const line of fresh.split('\n')) {
    if (ADDRESS_RES.some((r) => r.test(line))) return dropPlaceholders(line.replace(/^\s*(?:address|adresse|dirección|adres|endereço|location|ort|lieu|lugar|locatie|local)\s*:\s*/i, '')).slice(0, 160);
  }
  const office = /(?:office|offices|address|located|headquarters|head office|adresse|dirección|adres|endereço|sede|siège|kantoor|büro)(?:\s+is)?(?:\s+at)?\s*:?\s*(\d{1,4}[a-z]?\s+[\p{Lu}][^\n]{2,100})/iu.exec(fresh);
  if (office?.[1]) return dropPlaceholders(office[1].replace(/\s+(?:and|to|for|at \d|on)\s.*$/i, '').replace(/[.;]\s.*$/, '').replace(/[.]$/, '')).slice(0, 160);
  return meeting ? meeting.url : '';
}
