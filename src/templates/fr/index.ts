import type { Ctx, LanguagePack } from '../model';
import { greeting, signOff, subjectTail } from './common';
import { decline } from './decline';
import { reschedule } from './reschedule';
import { withdraw } from './withdraw';

function subject(c: Ctx): string {
  const tail = subjectTail(c.v);
  if (c.intent === 'reschedule') return `Demande de report de l’entretien${tail}`;
  if (c.intent === 'withdraw') return `Annulation de l’entretien prévu${tail}`;
  return `Votre invitation à un entretien${tail}`;
}

// Accept, talking points and follow-up fall back to English for now.
export const fr: LanguagePack = {
  code: 'fr',
  greeting,
  signOff,
  subject,
  intents: { decline, reschedule, withdraw },
};
