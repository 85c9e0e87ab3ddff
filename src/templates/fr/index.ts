import type { LetterLanguage } from '../letters/phrases';
import { letterPack } from '../letters/pack';
import { parenTime } from '../letters/say';
import { accept } from './accept';
import { callPoints } from './call-points';
import { delayApology, greeting, roleRef, signOff } from './common';
import { decline } from './decline';
import { followUp } from './follow-up';
import { offeredReasons, reasons, remoteLogistics } from './reasons';
import { reschedule } from './reschedule';
import { withdraw } from './withdraw';

export const frLetters: LetterLanguage = {
  code: 'fr',
  greeting,
  signOff,
  subjects: {
    decline: 'Invitation à un entretien',
    reschedule: 'Demande de report de l’entretien',
    withdraw: 'Annulation de l’entretien prévu',
    accept: 'Confirmation de l’entretien',
    call_points: 'Points pour mon appel',
    follow_up: 'Rester en contact',
  },
  roleRef,
  timeNote: parenTime,
  delayApology,
  reasons,
  remoteLogistics,
  offeredReasons,
  decline,
  withdraw,
  reschedule,
  accept,
  callPoints,
  followUp,
};

export const fr = letterPack(frLetters);
