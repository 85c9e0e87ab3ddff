// The email's language: stop words counted, letters only some languages use weighed in.
// Both come from the lexicons. Pure, part of the reading core.
import { LEXICONS } from './lexicon';

const SETS = LEXICONS.map((l) => ({ lang: l.lang, words: new Set(l.stopwords) }));

/** ISO 639-1 code of the most likely language among the lexicons' languages ("en" by default). */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 4000).toLowerCase();
  const tokens = sample.match(/[\p{L}'’-]+/gu) ?? [];
  const counts = new Map<string, number>();
  for (const t of tokens) {
    for (const s of SETS) if (s.words.has(t)) counts.set(s.lang, (counts.get(s.lang) ?? 0) + 1);
  }
  // Characters that only some languages use settle close calls.
  const bonus = (lang: string, re: RegExp, w: number): void => {
    const m = sample.match(re);
    if (m) counts.set(lang, (counts.get(lang) ?? 0) + Math.min(m.length, 5) * w);
  };
  for (const l of LEXICONS) for (const { pattern, weight } of l.letters ?? []) bonus(l.lang, pattern, weight);
  let best = 'en';
  let bestN = 0;
  for (const [lang, n] of counts) {
    if (n > bestN || (n === bestN && lang === 'en')) {
      best = lang;
      bestN = n;
    }
  }
  return best;
}
