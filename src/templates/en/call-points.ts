import type { Ctx, IntentTemplate } from '../model';
import { roleRef } from './common';
import { reasonSentence } from '../letters/say';
import { reasons } from './reasons';

// Talking points for a phone call: lines the candidate can say aloud, no greeting or sign-off.
function heading(c: Ctx): string {
  const who = c.v.contactName || 'the hiring manager';
  const where = c.v.company ? ` (${c.v.company})` : '';
  return c.pick('en.call.heading', [`Points for your call with ${who}${where}:`, `Call with ${who}${where}, points to cover:`]);
}

function points(c: Ctx): string[] {
  const r = roleRef(c.v);
  const formalish = c.tone !== 'warm';
  const lines = [
    c.pick('en.call.thanks', [
      `Thank you for inviting me to interview for ${r}.`,
      `I appreciate you considering me for ${r}.`,
    ]),
    formalish
      ? c.pick('en.call.decision', [
          'I am calling to let you know that I will not be going ahead with the interview.',
          'I have decided to decline the interview, and I wanted to tell you personally.',
        ])
      : c.pick('en.call.decision', [
          "I'm calling to let you know I won't be going ahead with the interview.",
          "I've decided to decline the interview, and I wanted to tell you myself.",
        ]),
    reasonSentence(c, 'en', reasons),
    c.pick('en.call.future', [
      'I would be glad to stay in touch about future roles.',
      'I hope our paths cross again.',
    ]),
    c.pick('en.call.record', [
      'I will confirm this by email today, so you have it in writing.',
      'I will follow up with a short email as a written record.',
    ]),
  ];
  if (c.tone === 'brief') lines.splice(3, 1);
  return lines.filter((l) => l !== '').map((l) => `- ${l}`);
}

export const callPoints: IntentTemplate = {
  letter: false,
  paragraphs(c) {
    return [[heading(c), ...points(c)].join('\n')];
  },
};
