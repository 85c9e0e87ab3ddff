import type { LanguagePack } from '../model';
import { en } from '../en';

export const de: LanguagePack = { ...en, code: 'de', intents: {} };
