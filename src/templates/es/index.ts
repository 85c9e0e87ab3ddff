import type { LetterLanguage } from '../letters/phrases';
import { letterPack } from '../letters/pack';
import { parenTime } from '../letters/say';
import { delayApology, greeting, roleRef, signOff } from './common';
import { decline } from './decline';
import { reasons } from './reasons';
import { reschedule } from './reschedule';
import { withdraw } from './withdraw';

export const esLetters: LetterLanguage = {
  code: 'es',
  greeting,
  signOff,
  subjects: {
    decline: 'Su invitación a una entrevista',
    reschedule: 'Solicitud para reprogramar la entrevista',
    withdraw: 'Cancelación de la entrevista prevista',
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
export const es = letterPack(esLetters);
