// Phone, video or on-site: what the email says about *this* interview. Strong phrases, each
// language's words, meeting links and a street address, weighed sentence by sentence; the
// closing and signature (a phone number under the name), a sentence about an earlier contact
// ("thanks for your time on the phone last Friday") and an offer of help ("questions? call
// me") say nothing about the interview's format. Pure, part of the reading core.
import type { InterviewFormat } from '../../shared/types';
import { LEXICONS, allWords, alt } from '../lexicon';
import type { LinkInfo } from '../ats';
import { wordsRe } from '../util';
import { ADDRESS_RES } from './location';
import { signoffLine } from './context';

type Format = 'video' | 'phone' | 'onsite';

const FORMAT_RES: Record<Format, RegExp> = {
  video: wordsRe(LEXICONS.flatMap((l) => l.video)),
  phone: wordsRe(LEXICONS.flatMap((l) => l.phone)),
  onsite: wordsRe(LEXICONS.flatMap((l) => l.onsite)),
};
const STRONG_FORMAT: Record<Format, RegExp> = {
  video: new RegExp(alt(allWords('strongVideo')), 'iu'),
  phone: new RegExp(alt(allWords('strongPhone')), 'iu'),
  onsite: new RegExp(alt(allWords('strongOnsite')), 'iu'),
};
const PAST = wordsRe(allWords('pastMentions'));
const CONTACT_OFFER = wordsRe(allWords('contactOffers'));
/** "Location: 14 Liberation Road" / "📍 Location" above its value: a labelled place. */
const PLACE_LABEL = new RegExp(`^[^\\p{L}\\d]*(?:${alt(allWords('addressLabels'))})(?:\\s*:\\s*(.*)|\\s+(\\S.*\\d.*)|\\s*$)`, 'iu');
/** "Interview mode: Phone", "Mode\nVideo", "Modalità: online": the format named by a detail card. */
const FORMAT_LABEL = new RegExp(`^[^\\p{L}\\d]*(?:${alt(allWords('formatLabels'))})`, 'iu');

function countMatches(r: RegExp, text: string): number {
  const g = new RegExp(r.source, r.flags.includes('g') ? r.flags : `${r.flags}g`);
  let n = 0;
  for (const _ of text.matchAll(g)) if (++n >= 10) break;
  return n;
}

/** The text before the closing: from the last sign-off line in the second half on, the signature follows. */
export function beforeClosing(fresh: string): string {
  const lines = fresh.split('\n');
  for (let i = lines.length - 1; i >= Math.floor(lines.length / 2); i--) {
    if (signoffLine(lines[i] ?? '')) return lines.slice(0, i).join('\n');
  }
  return fresh;
}

/** Sentences (and lines) of the text. */
const sentences = (text: string): string[] => text.split(/\n+|(?<=[.!?])\s+(?=\p{Lu})/u).filter((s) => s.trim());

/** A labelled place whose value (on its line or the next) is not a meeting tool or a link. */
function labelledPlace(lines: string[]): boolean {
  for (let i = 0; i < lines.length; i++) {
    const m = PLACE_LABEL.exec((lines[i] ?? '').trim());
    if (!m) continue;
    const value = (m[1] || m[2] || (lines.slice(i + 1).find((l) => l.trim()) ?? '')).trim();
    if (value.length >= 3 && !/https?:|www\./i.test(value) && !FORMAT_RES.video.test(value) && !STRONG_FORMAT.video.test(value) && !FORMAT_RES.phone.test(value)) return true;
  }
  return false;
}

/** The format a labelled line names (value on the line or the next), if any. */
function labelledFormat(lines: string[]): Format | '' {
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    const m = FORMAT_LABEL.exec(line);
    if (!m) continue;
    // The value after a colon, on the next line, or run together with the label ("ModeVideo"): never "Modern …", "Types of …".
    const rest = line.slice(m[0].length);
    const next = lines.slice(i + 1).find((l) => l.trim()) ?? '';
    const value = (/^\s*:/.test(rest) ? rest.replace(/^\s*:\s*/, '') || next : !rest.trim() ? next : /^\p{Lu}/u.test(rest) ? rest : '').trim().slice(0, 60);
    if (!value) continue;
    // A card's bare value ("Phone", "Video", "Teléfono") is read as "<value> interview" / "interview <value>".
    for (const f of ['video', 'phone', 'onsite'] as const) {
      if ([value, `${value} interview`, `interview ${value}`].some((v) => STRONG_FORMAT[f].test(v)) || FORMAT_RES[f].test(value)) return f;
    }
  }
  return '';
}

export function interviewFormat(fresh: string, links: LinkInfo[], subject: string): InterviewFormat {
  const body = beforeClosing(fresh);
  const score: Record<Format, number> = { video: 0, phone: 0, onsite: 0 };
  for (const s of [subject, ...sentences(body)]) {
    if (PAST.test(s) || CONTACT_OFFER.test(s)) continue;
    for (const f of ['video', 'phone', 'onsite'] as const) {
      score[f] += 3 * Math.min(countMatches(STRONG_FORMAT[f], s), 2) + countMatches(FORMAT_RES[f], s);
    }
  }
  if (links.some((l) => l.tool.startsWith('meeting:'))) score.video += 3;
  const labelled = labelledFormat(body.split('\n'));
  if (labelled) score[labelled] += 6;
  if (ADDRESS_RES.some((r) => r.test(body)) || labelledPlace(body.split('\n'))) score.onsite += 3;
  const best = (Object.entries(score) as Array<[Format, number]>).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : '';
}
