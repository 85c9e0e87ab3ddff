// Where the interview is: a street address in the text, an office line, else the meeting
// link. Pure, part of the reading core.
import type { LinkInfo } from '../ats';
import { EN, LEXICONS, allWords, alt } from '../lexicon';
import { dropPlaceholders } from './context';

export const ADDRESS_RES: readonly RegExp[] = LEXICONS.flatMap((l) => l.streets ?? []);
const ADDRESS_LABEL = new RegExp(`^\\s*(?:${alt(allWords('addressLabels'))})\\s*:\\s*`, 'i');
/** "Our office is at 12 Harbour Street": the office words, then English-only "is" / "at". */
const OFFICE = new RegExp(
  `(?:${alt(allWords('officeWords'))})${(EN.officeJoins ?? []).map((w) => `(?:\\s+${w})?`).join('')}\\s*:?\\s*(\\d{1,4}[a-z]?\\s+[\\p{Lu}][^\\n]{2,100})`,
  'iu',
);
/** English-only today: where an office address in running text ends ("… and parking …"). */
const ADDRESS_END = new RegExp(`\\s+(?:${alt(EN.addressEnds ?? [])})\\s.*$`, 'i');

export function location(fresh: string, links: LinkInfo[]): string {
  const meeting = links.find((l) => l.tool.startsWith('meeting:'));
  for (const line of fresh.split('\n')) {
    if (ADDRESS_RES.some((r) => r.test(line))) return dropPlaceholders(line.replace(ADDRESS_LABEL, '')).slice(0, 160);
  }
  const office = OFFICE.exec(fresh);
  if (office?.[1]) return dropPlaceholders(office[1].replace(ADDRESS_END, '').replace(/[.;]\s.*$/, '').replace(/[.]$/, '')).slice(0, 160);
  return meeting ? meeting.url : '';
}
