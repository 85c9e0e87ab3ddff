// The lexicon categories the learned verdict reads as features (features.ts): each is every
// language's entries of one lexicon field, matched on lower-cased text.
import { LEXICONS, allWords, alt } from './lexicon';
import { wordsSource } from './util';

/** The keyword categories the verdict weighs (string lists of a lexicon). */
export type Cat =
  | 'interview' | 'invite' | 'availability' | 'nextStep' | 'reschedule' | 'confirmation' | 'reminder' | 'softNegative' | 'rejection' | 'offer'
  | 'received' | 'alert' | 'newsletter' | 'media' | 'research' | 'admissions' | 'internal' | 'reference' | 'onboarding' | 'outreach'
  | 'thanksAfter' | 'ownMail' | 'phone' | 'video' | 'onsite' | 'meeting' | 'hiringSide' | 'cancellation' | 'assessment';

export const CATS: Cat[] = [
  'interview', 'invite', 'availability', 'nextStep', 'reschedule', 'confirmation', 'reminder', 'softNegative', 'rejection', 'offer',
  'received', 'alert', 'newsletter', 'media', 'research', 'admissions', 'internal', 'reference', 'onboarding', 'outreach',
  'thanksAfter', 'ownMail', 'phone', 'video', 'onsite', 'meeting', 'hiringSide', 'cancellation', 'assessment',
];

// Keyword sets are lowercase; texts are lowercased once, so the (much faster) case-sensitive engine runs.
const RES = Object.fromEntries(
  // Compiled once, global, with the flags the lower-cased text needs (an empty list compiles to a global never-match too).
  CATS.map((c) => [c, new RegExp(wordsSource(LEXICONS.flatMap((l) => l[c] ?? [])), 'gu')]),
) as Record<Cat, RegExp>;

const lowerCache = new Map<string, string>();
function lower(text: string): string {
  let l = lowerCache.get(text);
  if (l === undefined) {
    l = text.toLowerCase();
    if (lowerCache.size > 8) lowerCache.clear();
    lowerCache.set(text, l);
  }
  return l;
}

/** Distinct matches of a category in text (at most 5). */
export function hits(cat: Cat, text: string): string[] {
  const out = new Set<string>();
  const r = RES[cat];
  r.lastIndex = 0;
  for (const m of lower(text).matchAll(r)) {
    out.add(m[0].toLowerCase());
    if (out.size >= 5) break;
  }
  return [...out];
}

const CONDITIONAL = new RegExp(`(?:^|(?<=[.!?\\n]))[ \\t]*(?:${alt(allWords('conditionals'))})\\b[^.!?\\n]*`, 'giu');

/** Drop conditional sentences ("If you need to reschedule, …") that describe no actual change. */
export function withoutConditionals(text: string): string {
  return text.replace(CONDITIONAL, ' ');
}
