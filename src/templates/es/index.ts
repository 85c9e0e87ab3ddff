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

export const esLetters: LetterLanguage = {
  code: 'es',
  greeting,
  signOff,
  subjects: {
    decline: 'Invitación a una entrevista',
    reschedule: 'Solicitud para reprogramar la entrevista',
    withdraw: 'Cancelación de la entrevista prevista',
    accept: 'Confirmación de la entrevista',
    call_points: 'Puntos para mi llamada',
    follow_up: 'Seguir en contacto',
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

export const es = letterPack(esLetters);
