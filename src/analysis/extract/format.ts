// Phone, video or on-site: strong phrases, each language's words, meeting links and a
// street address, weighed. Pure, part of the reading core.
import type { InterviewFormat } from '../../shared/types';
import { LEXICONS, allWords, alt } from '../lexicon';
import type { LinkInfo } from '../ats';
import { wordsRe } from '../util';
import { ADDRESS_RES } from './location';

const FORMAT_RES = {
  video: wordsRe(LEXICONS.flatMap((l) => l.video)),
  phone: wordsRe(LEXICONS.flatMap((l) => l.phone)),
  onsite: wordsRe(LEXICONS.flatMap((l) => l.onsite)),
};
const STRONG_FORMAT: Array<[InterviewFormat, RegExp]> = [
  ['video', new RegExp(alt(allWords('strongVideo')), 'iu')],
  ['phone', new RegExp(alt(allWords('strongPhone')), 'iu')],
  ['onsite', new RegExp(alt(allWords('strongOnsite')), 'iu')],
];

function countMatches(r: RegExp, text: string): number {
  const g = new RegExp(r.source, r.flags.includes('g') ? r.flags : `${r.flags}g`);
  let n = 0;
  for (const _ of text.matchAll(g)) if (++n >= 10) break;
  return n;
}

export function interviewFormat(fresh: string, links: LinkInfo[], subject: string): InterviewFormat {
  const text = `${subject}\n${fresh}`;
  const score: Record<'video' | 'phone' | 'onsite', number> = { video: 0, phone: 0, onsite: 0 };
  for (const [f, r] of STRONG_FORMAT) if (f) score[f as 'video' | 'phone' | 'onsite'] += 3 * Math.min(countMatches(r, text), 2);
  score.video += countMatches(FORMAT_RES.video, text);
  score.phone += countMatches(FORMAT_RES.phone, text);
  score.onsite += countMatches(FORMAT_RES.onsite, text);
  if (links.some((l) => l.tool.startsWith('meeting:'))) score.video += 3;
  if (ADDRESS_RES.some((r) => r.test(fresh))) score.onsite += 3;
  const best = (Object.entries(score) as Array<['video' | 'phone' | 'onsite', number]>).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : '';
}
