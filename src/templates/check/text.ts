import { type SupportedLanguage } from '../languages';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// A full stop after these is not the end of a sentence.
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'e.g', 'i.e', 'etc', 'vs', 'approx', 'no', 'z.b', 'bzw', 'ca', 'usw',
  'sr', 'sra', 'srta', 'dra', 'mme', 'm', 'p.ej', 'jr', 'inc', 'ltd', 'co', 'sig', 'sig.ra', 'dott', 'dott.ssa',
  'mevr', 'dhr', 'hr', 'fr',
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

/** The languages the checker can tell apart; 'und' is any other (or too little text to tell). */
export type CheckLanguage = SupportedLanguage | 'it' | 'nl' | 'pt' | 'und';
type Known = Exclude<CheckLanguage, 'und'>;

const STOPWORDS: Record<Known, ReadonlySet<string>> = {
  en: new Set('the and you to for with i your of is will my be this that have not would am are it we our'.split(' ')),
  de: new Set('und ich sie die der nicht für mit ihnen zu das ihre den ein eine bin habe ist ihr mich mir auf auch dass wir es dem du dich dir dein deine'.split(' ')),
  fr: new Set('je vous et le les pour pas une votre ne est des mon ma suis nous avec à que qui ce cette tu te ton ta au aux'.split(' ')),
  es: new Set('y el que para por su usted no me una los las mi muy con del lo le he es tu te contigo al'.split(' ')),
  it: new Set('il di che non per sono una mi con ho gli della lei vorrei sua grazie anche ma essere molto'.split(' ')),
  nl: new Set('het een en ik u niet voor met van is dat uw mijn ben op je jij graag wij zijn'.split(' ')),
  pt: new Set('o os que não para com uma meu minha por você é do da em obrigado obrigada seu sua ao muito na nos está gostaria também esse essa nesse nessa isso agradeço estou'.split(' ')),
};
const KNOWN = Object.keys(STOPWORDS) as Known[];

// Letters only some languages use settle close calls.
const MARKS: readonly [Known, RegExp][] = [
  ['de', /[äöüß]/g],
  ['fr', /[èêàçù]|\b(?:vous|nous)\b/g],
  ['es', /[ñ¿¡]|ción\b/g],
  ['pt', /[ãõ]|ção\b|ções\b|\bnão\b/g],
  ['it', /\b(?:gli|della|sono)\b|zione\b/g],
  ['nl', /\bij\w|\w+ij\b|\bhet\b/g],
];

/**
 * The language a draft is written in, from its own words: the rules must read the draft, not the
 * invitation (an English draft to a German invitation is English). `hint` settles a tie or a text
 * too short to tell; a draft in a language we do not know is 'und', and language rules stay silent.
 */
export function guessLanguage(body: string, hint: string = ''): CheckLanguage {
  const sample = body.slice(0, 4000).toLowerCase();
  const scores = new Map<Known, number>(KNOWN.map((l) => [l, 0]));
  for (const m of sample.matchAll(/\p{L}+/gu)) {
    for (const lang of KNOWN) if (STOPWORDS[lang].has(m[0])) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
  for (const [lang, re] of MARKS) scores.set(lang, (scores.get(lang) ?? 0) + Math.min(sample.match(re)?.length ?? 0, 5) * 0.5);
  const best = Math.max(...scores.values());
  const tied = KNOWN.filter((l) => scores.get(l) === best);
  const h = KNOWN.find((l) => l === hint.toLowerCase().split(/[-_]/)[0]);
  const n = sample.split(/\s+/).filter(Boolean).length;
  // (Almost) no function word of any language we know in a real text: another language.
  if (best === 0 || (best < 2 && n >= 12)) return h && n < 4 ? h : 'und';
  if (best < 2) return h && tied.includes(h) ? h : tied.includes('en') ? 'en' : (tied[0] ?? 'und');
  if (h && tied.includes(h)) return h;
  return tied.length === 1 ? (tied[0] as Known) : tied.includes('en') ? 'en' : (tied[0] as Known);
}

/** Matches a whole word or phrase in any script: \b only knows ASCII letters. */
export function words(source: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);
}

/** Same, but the last word may carry any ending ("absag" → "absagen", "abzusagen" is written out). */
export function stems(source: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})`, flags);
}
