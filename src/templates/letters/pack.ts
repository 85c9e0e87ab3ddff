import type { Intent } from '../../shared/types';
import type { IntentTemplate, LanguagePack } from '../model';
import { declineLetter } from './decline';
import type { LetterLanguage } from './phrases';
import { rescheduleLetter } from './reschedule';
import { subjectTail } from './say';
import { withdrawLetter } from './withdraw';

/** A language's phrases turned into the pack the renderer uses; `extra` adds language-specific intents. */
export function letterPack(lang: LetterLanguage, extra: Partial<Record<Intent, IntentTemplate>> = {}): LanguagePack {
  return {
    code: lang.code,
    greeting: lang.greeting,
    signOff: (c) => c.pick(`${lang.code}.signoff`, lang.signOff[c.tone]),
    subject: (c) => `${lang.subjects[c.intent] ?? lang.subjects.decline}${subjectTail(c.v)}`,
    ...(lang.afterGreeting ? { afterGreeting: lang.afterGreeting } : {}),
    intents: {
      decline: declineLetter(lang),
      reschedule: rescheduleLetter(lang),
      withdraw: withdrawLetter(lang),
      ...extra,
    },
  };
}
