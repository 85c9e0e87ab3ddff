import type { Ctx, LanguagePack } from '../model';
import { accept } from './accept';
import { callPoints } from './call-points';
import { greeting, signOff, subjectTail } from './common';
import { decline } from './decline';
import { followUp } from './follow-up';
import { reschedule } from './reschedule';
import { withdraw } from './withdraw';

function subject(c: Ctx): string {
  const tail = subjectTail(c.v);
  switch (c.intent) {
    case 'decline':
      return `Your interview invitation${tail}`;
    case 'reschedule':
      return `Request to reschedule our interview${tail}`;
    case 'withdraw':
      return `Withdrawing from the interview${tail}`;
    case 'accept':
      return `Interview confirmation${tail}`;
    case 'call_points':
      return `Talking points for my call${tail}`;
    case 'follow_up':
      return `Staying in touch${tail}`;
  }
}

export const en: LanguagePack = {
  code: 'en',
  greeting,
  signOff,
  subject,
  intents: {
    decline,
    reschedule,
    withdraw,
    accept,
    call_points: callPoints,
    follow_up: followUp,
  },
};
