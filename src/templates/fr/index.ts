import type { LanguagePack } from '../model';
import { en } from '../en';

export const fr: LanguagePack = { ...en, code: 'fr', intents: {} };
