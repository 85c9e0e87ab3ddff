import { type SupportedLanguage } from '../languages';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// A full stop after these is not the end of a sentence.
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'e.g', 'i.e', 'etc', 'vs', 'approx', 'no', 'z.b', 'bzw', 'ca', 'usw',
  'sr', 'sra', 'mme', 'm', 'p.ej', 'jr', 'inc', 'ltd', 'co',
]);

function isTerminator(ch: string): boolean {
  return ch === '.' || ch === '!' || ch === '?' || ch === '…';
}

function pushTrimmed(out: Sentence[], body: string, start: number, end: number): void {
  while (start < end && /\s/.test(body.charAt(start))) start++;
  while (end > start && /\s/.test(body.charAt(end - 1))) end--;
  if (end > start) out.push({ text: body.slice(start, end), start, end });
}

/** Sentences with their offsets; a line break always ends one (greetings, list items, sign-offs). */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const n = body.length;
  for (let i = 0; i < n; i++) {
    const ch = body.charAt(i);
    if (ch === '\n') {
      pushTrimmed(out, body, start, i);
      start = i + 1;
      continue;
    }
    if (!isTerminator(ch)) continue;
    let j = i + 1;
    while (j < n && (isTerminator(body.charAt(j)) || /["'”’»)\]]/.test(body.charAt(j)))) j++;
    if (j < n && !/\s/.test(body.charAt(j))) {
      i = j - 1;
      continue;
    }
    if (ch === '.') {
      const before = /([\p{L}.]+)$/u.exec(body.slice(Math.max(start, i - 12), i));
      const word = before?.[1]?.toLowerCase();
      if (word !== undefined && (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before?.[1] ?? ''))) {
        i = j - 1;
        continue;
      }
    }
    pushTrimmed(out, body, start, j);
    start = j;
    i = j - 1;
  }
  pushTrimmed(out, body, start, n);
  return out;
}

export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.@/:-]*/gu)) count++;
  return count;
}

const STOPWORDS: Record<SupportedLanguage, ReadonlySet<string>> = {
  en: new Set('the and you to for with i your of is will my be this that have not would'.split(' ')),
  de: new Set('und ich sie die der nicht für mit ihnen zu das ihre den ein eine bin habe ist'.split(' ')),
  fr: new Set('je vous et le les pour pas une votre ne est des mon ma suis nous avec'.split(' ')),
  es: new Set('y el que para por su usted no me una los las mi muy con del lo'.split(' ')),
};

/** Cheap guess when the caller does not say: counts common function words. */
export function guessLanguage(body: string): SupportedLanguage {
  const sample = body.slice(0, 4000).toLowerCase();
  const scores: Record<SupportedLanguage, number> = { en: 0, de: 0, fr: 0, es: 0 };
  for (const m of sample.matchAll(/\p{L}+/gu)) {
    for (const lang of ['en', 'de', 'fr', 'es'] as const) if (STOPWORDS[lang].has(m[0])) scores[lang]++;
  }
  let best: SupportedLanguage = 'en';
  for (const lang of ['de', 'fr', 'es'] as const) if (scores[lang] > scores[best]) best = lang;
  return best;
}

/** Matches a whole word or phrase in any script: \b only knows ASCII letters. */
export function words(source: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);
}

/** Same, but the last word may carry any ending ("absag" → "absagen", "abzusagen" is written out). */
export function stems(source: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})`, flags);
}
