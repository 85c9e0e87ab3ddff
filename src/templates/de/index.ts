import type { Ctx, LanguagePack } from '../model';
import { afterGreeting, greeting, signOff, subjectTail } from './common';
import { decline } from './decline';
import { reschedule } from './reschedule';
import { withdraw } from './withdraw';

function subject(c: Ctx): string {
  const tail = subjectTail(c.v);
  if (c.intent === 'reschedule') return `Bitte um einen neuen Gesprächstermin${tail}`;
  if (c.intent === 'withdraw') return `Absage des vereinbarten Gesprächs${tail}`;
  return `Ihre Einladung zum Vorstellungsgespräch${tail}`;
}

// Accept, talking points and follow-up fall back to English for now.
export const de: LanguagePack = {
  code: 'de',
  greeting,
  signOff,
  subject,
  afterGreeting,
  intents: { decline, reschedule, withdraw },
};
