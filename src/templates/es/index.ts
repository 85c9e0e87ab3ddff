import type { LanguagePack } from '../model';
import { en } from '../en';

export const es: LanguagePack = { ...en, code: 'es', intents: {} };
