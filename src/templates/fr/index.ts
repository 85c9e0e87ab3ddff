import type { LetterLanguage } from '../letters/phrases';
import { letterPack } from '../letters/pack';
import { parenTime } from '../letters/say';
import { delayApology, greeting, roleRef, signOff } from './common';
import { decline } from './decline';
import { reasons } from './reasons';
import { reschedule } from './reschedule';
import { withdraw } from './withdraw';

export const frLetters: LetterLanguage = {
  code: 'fr',
  greeting,
  signOff,
  subjects: {
    decline: 'Votre invitation à un entretien',
    reschedule: 'Demande de report de l’entretien',
    withdraw: 'Annulation de l’entretien prévu',
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
export const fr = letterPack(frLetters);
