import type { Intent } from '../../shared/types';
import type { IntentTemplate, LanguagePack } from '../model';
import { acceptLetter } from './accept';
import { callPointsLetter } from './call-points';
import { declineLetter } from './decline';
import { followUpLetter } from './follow-up';
import type { CoreLetterLanguage, LetterLanguage } from './phrases';
import { rescheduleLetter } from './reschedule';
import { subjectTail } from './say';
import { withdrawLetter } from './withdraw';

/** A language's phrases turned into the pack the renderer uses: every intent, from the same letters. */
export function letterPack(lang: LetterLanguage): LanguagePack {
  const intents: Record<Intent, IntentTemplate> = {
    decline: declineLetter(lang),
    reschedule: rescheduleLetter(lang),
    withdraw: withdrawLetter(lang),
    accept: acceptLetter(lang),
    call_points: callPointsLetter(lang),
    follow_up: followUpLetter(lang),
  };
  return {
    code: lang.code,
    greeting: lang.greeting,
    signOff: (c) => c.pick(`${lang.code}.signoff`, lang.signOff(c)),
    subject: (c) => `${lang.subjects[c.intent]}${subjectTail(c.v)}`,
    ...(lang.afterGreeting ? { afterGreeting: lang.afterGreeting } : {}),
    intents,
  };
}

/** The pack of a language with the main letters only: the renderer falls back to English for the rest. */
export function corePack(lang: CoreLetterLanguage): LanguagePack {
  return {
    code: lang.code,
    greeting: lang.greeting,
    signOff: (c) => c.pick(`${lang.code}.signoff`, lang.signOff(c)),
    subject: (c) => `${lang.subjects[c.intent as keyof CoreLetterLanguage['subjects']] ?? lang.subjects.decline}${subjectTail(c.v)}`,
    ...(lang.afterGreeting ? { afterGreeting: lang.afterGreeting } : {}),
    intents: { decline: declineLetter(lang), reschedule: rescheduleLetter(lang), withdraw: withdrawLetter(lang) },
  };
}
