import type { Lexicon } from './types';
import { en } from './en';
import { de } from './de';
import { fr } from './fr';
import { es } from './es';
import { nl } from './nl';
import { pt } from './pt';
import { it } from './it';
import { pl } from './pl';

export type { Lexicon } from './types';
export const LEXICONS: readonly Lexicon[] = [en, de, fr, es, nl, pt, it, pl];
export const byLang = (lang: string): Lexicon => LEXICONS.find((l) => l.lang === lang) ?? en;
