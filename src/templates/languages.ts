import { REPLY_LANGUAGES, type ReplyLanguage } from '../shared/ids';

// The list is the shared one (src/shared/ids.ts), under the core's own names.
export const SUPPORTED_LANGUAGES = REPLY_LANGUAGES;
export type SupportedLanguage = ReplyLanguage;

/** "de-AT", "FR", " es_MX " → the supported base language; anything else → 'en'. */
export function pickLanguage(lang: string): SupportedLanguage {
  const base = String(lang ?? '')
    .trim()
    .toLowerCase()
    .split(/[-_]/)[0];
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(base ?? '') ? (base as SupportedLanguage) : 'en';
}
