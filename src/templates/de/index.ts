import type { LetterLanguage } from '../letters/phrases';
import { letterPack } from '../letters/pack';
import { parenTime } from '../letters/say';
import { afterGreeting, delayApology, greeting, roleRef, signOff } from './common';
import { decline } from './decline';
import { reasons } from './reasons';
import { reschedule } from './reschedule';
import { withdraw } from './withdraw';

export const deLetters: LetterLanguage = {
  code: 'de',
  greeting,
  signOff,
  afterGreeting,
  subjects: {
    decline: 'Ihre Einladung zum Vorstellungsgespräch',
    reschedule: 'Bitte um einen neuen Gesprächstermin',
    withdraw: 'Absage des vereinbarten Gesprächs',
  },
  roleRef,
  timeNote: parenTime,
  delayApology,
  reasons,
  decline,
  withdraw,
  reschedule,
};

// Accept, talking points and follow-up fall back to English for now.
export const de = letterPack(deLetters);
