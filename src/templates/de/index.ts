import type { LetterLanguage } from '../letters/phrases';
import { letterPack } from '../letters/pack';
import { parenTime } from '../letters/say';
import { accept } from './accept';
import { callPoints } from './call-points';
import { afterGreeting, delayApology, greeting, roleRef, signOff } from './common';
import { decline } from './decline';
import { followUp } from './follow-up';
import { offeredReasons, reasons, remoteLogistics } from './reasons';
import { reschedule } from './reschedule';
import { withdraw } from './withdraw';

export const deLetters: LetterLanguage = {
  code: 'de',
  greeting,
  signOff,
  afterGreeting,
  subjects: {
    decline: 'Einladung zum Vorstellungsgespräch',
    reschedule: 'Bitte um einen neuen Gesprächstermin',
    withdraw: 'Absage des vereinbarten Gesprächs',
    accept: 'Bestätigung des Gesprächstermins',
    call_points: 'Stichpunkte für mein Telefonat',
    follow_up: 'In Kontakt bleiben',
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

export const de = letterPack(deLetters);
