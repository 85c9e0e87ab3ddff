import type { Ctx, LanguagePack } from '../model';
import { greeting, signOff, subjectTail } from './common';
import { decline } from './decline';
import { reschedule } from './reschedule';
import { withdraw } from './withdraw';

function subject(c: Ctx): string {
  const tail = subjectTail(c.v);
  if (c.intent === 'reschedule') return `Solicitud para reprogramar la entrevista${tail}`;
  if (c.intent === 'withdraw') return `Cancelación de la entrevista prevista${tail}`;
  return `Su invitación a una entrevista${tail}`;
}

// Accept, talking points and follow-up fall back to English for now.
export const es: LanguagePack = {
  code: 'es',
  greeting,
  signOff,
  subject,
  intents: { decline, reschedule, withdraw },
};
