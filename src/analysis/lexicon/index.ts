// The detection languages: one lexicon file each, listed once here. A new language is one
// file like ./en.ts plus its entry in LEXICONS.
import type { Lexicon } from './types';
import { en } from './en';
import { de } from './de';
import { fr } from './fr';
import { es } from './es';
import { nl } from './nl';
import { pt } from './pt';
import { it } from './it';
import { pl } from './pl';

export type { DateParser, Lexicon } from './types';
export const LEXICONS: readonly Lexicon[] = [en, de, fr, es, nl, pt, it, pl];

/** The English lexicon, for the few patterns that only English mail has ever needed. */
export const EN: Lexicon = en;

type ListField = { [K in keyof Lexicon]-?: Lexicon[K] extends string[] | undefined ? K : never }[keyof Lexicon];

/** Every language's entries of a field, in LEXICONS order, each once. */
export function allWords(field: ListField): string[] {
  return [...new Set(LEXICONS.flatMap((l) => l[field] ?? []))];
}

/** `words` as one alternation: "a|b|c". */
export const alt = (words: readonly string[]): string => words.join('|');
