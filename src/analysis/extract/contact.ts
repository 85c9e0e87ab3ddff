// The person to greet: the signer of the new text, else a person-like sender; never a
// robot, never the candidate. Pure, part of the reading core.
import { allWords, alt } from '../lexicon';
import { atsOfSender } from '../ats';
import { wordsRe } from '../util';
import { dropPlaceholders, type ExtractContext, SIGNOFF, signoffLine } from './context';
import { ROBOT, isCandidate, looksLikeName, namePart } from './names';

const GREETING = new RegExp(`^\\s*(?:${alt(allWords('greetings'))})\\s+(?:(?:${alt(allWords('titles'))})\\.?\\s+)?([^,\\n!:]{1,60})`, 'iu');

export function greetingName(fresh: string): string {
  const first = fresh.split('\n').find((l) => l.trim() !== '') ?? '';
  const m = GREETING.exec(first);
  return m?.[1] ? dropPlaceholders(m[1]) : '';
}

const TITLE_WORDS = new RegExp(alt(allWords('jobTitles')), 'i');
const TITLE_STEMS = new RegExp(alt(allWords('titleStems')), 'i');
const INTRODUCTION = new RegExp(`\\b(?:${alt(allWords('introductions'))})\\s+([\\p{Lu}][\\p{L}'’-]+(?: [\\p{Lu}][\\p{L}'’-]+){0,2})`, 'u');
/** "Jane Doe via Greenhouse", "Jane bei Acme", "Marie de Acme": the person is what comes before. */
const SENDER_TAIL = new RegExp(`\\s+(?:${alt([...allWords('senderVia'), ...allWords('senderAt'), ...allWords('nameOf')])})\\s+.*$`, 'i');

function signerName(fresh: string, signature: string, exclude: string[]): string {
  const ls = fresh.split('\n').map((l) => l.trim());
  const tail = ls.slice(Math.max(0, ls.length - 20));
  for (let i = tail.length - 1; i >= 0; i--) {
    const line = tail[i] ?? '';
    const m = SIGNOFF.exec(line);
    // A thanks-only line ("Dziękujemy,", "Vielen Dank!") signs off too, with nothing after it.
    const thanks = !m && signoffLine(line);
    if (!thanks && (!m || m.index > 2)) continue;
    const rest = m ? line.slice(m.index + m[0].length).replace(/^[\s,!.:;-]+/, '') : '';
    const options: string[] = [];
    if (rest) options.push(namePart(rest));
    for (let j = i + 1; j < Math.min(tail.length, i + 4); j++) {
      const l = tail[j] ?? '';
      if (l === '') continue;
      options.push(namePart(l));
      break;
    }
    for (const o of options) {
      if (!looksLikeName(o) || isCandidate(o, exclude)) continue;
      // "Best, Jane" followed by a fuller "Jane Doe" block: take the full name.
      if (!/\s/.test(o)) {
        for (let j = i + 1; j < Math.min(tail.length, i + 6); j++) {
          const full = namePart(tail[j] ?? '');
          if (full.startsWith(`${o} `) && looksLikeName(full)) return full;
        }
        const sigFull = namePart((signature.split('\n').find((l) => l.trim() !== '') ?? '').trim());
        if (sigFull.startsWith(`${o} `) && looksLikeName(sigFull)) return sigFull;
      }
      return o;
    }
  }
  // "Jane Doe | Talent Partner" style line near the end or in the signature.
  const pool = [...tail.slice(-8), ...signature.split('\n').slice(0, 4)];
  for (const l of pool) {
    if (!/\s(?:\||–|—|-|,)\s?\S/.test(l)) continue;
    if (!TITLE_STEMS.test(l)) continue;
    const n = namePart(l);
    if (looksLikeName(n) && !isCandidate(n, exclude)) return n;
  }
  // "Jane Doe" on its own line, followed by "Recruiter, Acme".
  for (let i = tail.length - 2; i >= 0; i--) {
    const n = namePart(tail[i] ?? '');
    if (n !== (tail[i] ?? '').trim() || !looksLikeName(n) || !/\s/.test(n) || isCandidate(n, exclude)) continue;
    if (TITLE_WORDS.test(tail[i + 1] ?? '')) return n;
  }
  // A bare name line right at the end (signature without sign-off).
  const sigFirst = (signature.split('\n')[0] ?? '').trim();
  if (sigFirst && looksLikeName(namePart(sigFirst)) && !isCandidate(namePart(sigFirst), exclude)) return namePart(sigFirst);
  // Introductions: "My name is Jane Doe", "I'm Jane, a recruiter".
  const intro = INTRODUCTION.exec(fresh.slice(0, 800));
  if (intro?.[1] && looksLikeName(intro[1]) && !isCandidate(intro[1], exclude)) return intro[1];
  return '';
}

function cleanSenderName(name: string): string {
  let n = dropPlaceholders(name.replace(/^["']|["']$/g, ''));
  n = n.replace(SENDER_TAIL, '').replace(/\s*[(|].*$/, '').trim();
  if (/,/.test(n)) {
    const [last, first] = n.split(',').map((x) => x.trim());
    if (last && first && looksLikeName(`${first} ${last}`)) n = `${first} ${last}`;
  }
  return n;
}

export function contactName(ctx: ExtractContext): string {
  const exclude = [ctx.email.candidateName ?? '', greetingName(ctx.fresh)].filter(Boolean);
  const signer = signerName(ctx.fresh, ctx.signature, exclude);
  if (signer) return signer;
  const sender = cleanSenderName(ctx.email.fromName ?? '');
  const local = (ctx.email.fromEmail ?? '').split('@')[0] ?? '';
  if (sender && looksLikeName(sender) && !ROBOT.test(local) && !atsOfSender(ctx.email.fromEmail ?? '') && !isCandidate(sender, exclude)) return sender;
  if (sender && looksLikeName(sender) && atsOfSender(ctx.email.fromEmail ?? '') && !ROBOT.test(local) && /\s/.test(sender) && !isCandidate(sender, exclude)) return sender;
  return '';
}
