import type { CoreLetterLanguage } from '../letters/phrases';
import { corePack } from '../letters/pack';
import { parenTime } from '../letters/say';
import { delayApology, greeting, roleRef, signOff } from './common';
import { decline } from './decline';
import { offeredReasons, reasons, remoteLogistics } from './reasons';
import { reschedule } from './reschedule';
import { withdraw } from './withdraw';

export const itLetters: CoreLetterLanguage = {
  code: 'it',
  greeting,
  signOff,
  subjects: {
    decline: 'Invito a colloquio',
    reschedule: 'Richiesta di spostare il colloquio',
    withdraw: 'Annullamento del colloquio previsto',
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
};

// The main letters only: accept, call notes and follow-up are English for now.
export const it = corePack(itLetters);
