import type { Ctx, IntentTemplate } from '../model';
import { sentences } from '../model';
import { delayApology, roleRef } from './common';

function thanks(c: Ctx): string {
  const r = roleRef(c.v);
  return {
    warm: c.pick('en.accept.thanks', [
      `Thank you so much for inviting me to interview for ${r}.`,
      `Thanks very much for the invitation to interview for ${r}; I was delighted to receive it.`,
    ]),
    formal: c.pick('en.accept.thanks', [
      `Thank you for inviting me to interview for ${r}.`,
      `I am grateful for the invitation to interview for ${r}.`,
    ]),
    brief: c.pick('en.accept.thanks', [`Thank you for the invitation to interview for ${r}.`, `Many thanks for inviting me to interview for ${r}.`]),
  }[c.tone];
}

function confirm(c: Ctx): string {
  const t = c.v.interviewTime;
  const when = t ? ` on ${t}` : '';
  const at = t ? ` for ${t}` : '';
  return {
    warm: c.pick('en.accept.confirm', [
      `I'm happy to accept and confirm that I'll be there${when}.`,
      `I'd be delighted to attend, and I can confirm the interview${at}.`,
    ]),
    formal: c.pick('en.accept.confirm', [
      `I am pleased to accept and to confirm my attendance${at}.`,
      `I would be glad to attend and confirm the interview${at}.`,
    ]),
    brief: c.pick('en.accept.confirm', [`I confirm the interview${at}.`, `I accept and will attend${when}.`]),
  }[c.tone];
}

// Restates how and where: the detail most often misread in a confirmation.
function formatAndPlace(c: Ctx): string {
  const { format, location } = c.v;
  if (format === 'onsite') return location ? `I will come to ${location} in person.` : 'I will attend in person.';
  if (format === 'video') return location ? `I will join by video using this link or room: ${location}` : 'I will join by video.';
  if (format === 'phone') return location ? `I will be ready for the phone call (${location}).` : 'I will be ready for the phone call.';
  return location ? `I have noted the place: ${location}` : '';
}

function closing(c: Ctx): string {
  return {
    warm: c.pick('en.accept.close', [
      "Please let me know if there's anything I should prepare. I'm looking forward to meeting you!",
      "If there's anything you'd like me to bring or read beforehand, just let me know. See you then!",
    ]),
    formal: c.pick('en.accept.close', [
      'Please let me know if I should prepare anything in advance. I look forward to meeting you.',
      'Should you need any further information from me beforehand, I would be happy to provide it.',
    ]),
    brief: c.pick('en.accept.close', ['I look forward to it.', 'See you then.']),
  }[c.tone];
}

export const accept: IntentTemplate = {
  letter: true,
  paragraphs(c) {
    return [
      sentences(c.v.lateReply && delayApology(c), thanks(c), confirm(c)),
      formatAndPlace(c),
      closing(c),
    ].filter((p) => p !== '');
  },
};
