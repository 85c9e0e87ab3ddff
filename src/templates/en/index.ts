import type { LetterLanguage } from '../letters/phrases';
import { letterPack } from '../letters/pack';
import { accept } from './accept';
import { callPoints } from './call-points';
import { delayApology, greeting, roleRef, scheduledFor, signOff } from './common';
import { decline } from './decline';
import { followUp } from './follow-up';
import { offeredReasons, reasons, remoteLogistics } from './reasons';
import { reschedule } from './reschedule';
import { withdraw } from './withdraw';

export const enLetters: LetterLanguage = {
  code: 'en',
  greeting,
  signOff,
  subjects: {
    decline: 'Your interview invitation',
    reschedule: 'Request to reschedule our interview',
    withdraw: 'Withdrawing from the interview',
    accept: 'Interview confirmation',
    call_points: 'Talking points for my call',
    follow_up: 'Staying in touch',
  },
  roleRef,
  timeNote: scheduledFor,
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

export const en = letterPack(enLetters);
